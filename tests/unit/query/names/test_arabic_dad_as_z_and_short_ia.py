"""Persian and Urdu say ض as z, and Arabic writes a South Asian or Persian name of Arabic
origin with it (Raza = رضا, Rizwan = رضوان); a name of one consonant and -ia or -iya is
written with the glide ي before its final alef (Zia = ضياء, زيا; Mia = ميا), which gives it
a second consonant to key by. Not the common words the letters also spell, standing where
no name does (ضياء الشمس, sunlight; مياه, water)."""

from __future__ import annotations

import pytest

from tests.unit.query.test_names import matched


@pytest.mark.parametrize(
    ("term", "language", "text", "form"),
    [
        ("Rizwan", "ar", "وقال محمد رضوان إن الفريق جاهز للمباراة.", "رضوان"),
        ("Raza", "ar", "وأعلن الرئيس الباكستاني رضا تشكيل الحكومة.", "رضا"),
        ("Qazi", "ar", "وقال القائد قاضي حسين أحمد إن الحزب سيقاطع.", "قاضي"),
        ("Zia", "ar", "وقال زيا إن الحزب سيقاطع الانتخابات.", "زيا"),
        ("Zia", "ar", "وقال الرئيس ضياء إن الحزب سيقاطع الانتخابات.", "ضياء"),
        ("Mia", "ar", "وقالت ميا إن الفيلم سيعرض قريبا.", "ميا"),
        ("Riya", "ar", "وفازت ريا بالسباق في دلهي.", "ريا"),
    ],
)
def test_the_name_is_found(term: str, language: str, text: str, form: str) -> None:
    assert matched(term, language, text) == [form]


@pytest.mark.parametrize(
    ("term", "language", "text"),
    [
        ("Zia", "ar", "أعاد ضياء الشمس الدفء إلى المدينة."),  # sunlight
        ("Mia", "ar", "شربت القرية مياه النهر."),  # water
        ("Zaid", "ar", "وقال طيط إن."),  # a Latin z is no t
    ],
)
def test_the_common_word_is_not_the_name(term: str, language: str, text: str) -> None:
    assert matched(term, language, text) == []
