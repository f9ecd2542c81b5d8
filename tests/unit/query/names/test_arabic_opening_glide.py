"""A name's opening vowel before an a said apart from it, or with a y between (Eala, Eyal,
Iyad, Ayala), which Arabic writes with the glide ي between two alefs (إيالا, إيال, إياد,
أيالا): such a name of one other consonant is found so; a word without the glide is not."""

from __future__ import annotations

import pytest

from tests.unit.query.test_names import matched


@pytest.mark.parametrize(
    ("term", "language", "text", "form"),
    [
        ("Eyal", "ar", "وأكد إيال أن الجيش مستعد لكل الاحتمالات.", "إيال"),
        ("Iyad", "ar", "وقال إياد إن الفريق جاهز للمباراة.", "إياد"),
        ("Ayala", "ar", "وقال المدرب أيالا إن الفريق جاهز.", "أيالا"),
        ("Ian", "ar", "وقال إيان إن الحملة ستستمر.", "إيان"),
        ("Eyal", "ar", "وقدم الوزير الشكر لإيال على جهوده.", "لإيال"),
    ],
)
def test_opening_glide_is_found(term: str, language: str, text: str, form: str) -> None:
    assert matched(term, language, text) == [form]


@pytest.mark.parametrize(
    ("term", "language", "text"),
    [
        ("Ayala", "ar", "لم يحضر أحد إلا المدرب."),  # except: no glide
        ("Eyal", "ar", "قال إن الطريق طويل."),
        ("Iyad", "ar", "وقال إن يد الحكومة مغلولة."),
        ("Eala", "ar", "عاد بعد أيام إلى البلاد."),  # days: another consonant
    ],
)
def test_words_without_the_glide_are_not_the_name(term: str, language: str, text: str) -> None:
    assert matched(term, language, text) == []
