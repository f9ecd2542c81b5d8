"""An Indian or Nepali aspirate chh (Chhetri, Chhabra, Lamichhane), which Arabic and Greek
write as a plain ch (تشيتري, Τσέτρι): its h is silent there, as after d or b."""

from __future__ import annotations

import pytest

from tests.unit.query.test_names import matched


@pytest.mark.parametrize(
    ("term", "language", "text", "form"),
    [
        ("Chhetri", "ar", "سجل قائد المنتخب الهندي سونيل تشيتري هدفا.", "تشيتري"),
        ("Chhetri", "ar", "وقدم المدرب الشكر لتشيتري على مسيرته.", "لتشيتري"),
        ("Chhabra", "ar", "وقالت المخرجة تشابرا إن الفيلم جاهز.", "تشابرا"),
        ("Chhetri", "el", "Ο αρχηγός της Ινδίας Σουνίλ Τσέτρι σκόραρε.", "Τσέτρι"),
    ],
)
def test_chh_is_found_as_ch(term: str, language: str, text: str, form: str) -> None:
    assert matched(term, language, text) == [form]


@pytest.mark.parametrize(
    ("term", "language", "text"),
    [
        ("Chhetri", "ar", "وصل إلى شيراز بعد رحلة طويلة."),  # another consonant
        ("Chhabra", "ar", "عاد الوفد إلى شبرا بعد الاجتماع."),  # Shubra, a Cairo district
    ],
)
def test_other_words_are_not_the_name(term: str, language: str, text: str) -> None:
    assert matched(term, language, text) == []
