"""Arabic "according to" (بحسب, حسب) takes its source right after it: a word found for a name
that Arabic writes more often as an ordinary word is the name there when it closes the
phrase (a report or a body takes the article), not where a noun goes on."""

from __future__ import annotations

import pytest

from tests.unit.query.test_names import matched


@pytest.mark.parametrize(
    ("term", "language", "text", "form"),
    [
        ("Philip", "ar", "وبحسب فيليب، فإن المفاوضات ستستمر.", "فيليب"),
        ("Salam", "ar", "وبحسب سلام، فإن الحكومة ستجتمع غدا.", "سلام"),
        ("Saied", "ar", "حسب سعيد، فإن الدستور الجديد سيطرح للاستفتاء.", "سعيد"),
    ],
)
def test_a_source_after_according_to_is_found(
    term: str, language: str, text: str, form: str
) -> None:
    assert matched(term, language, text) == [form]


@pytest.mark.parametrize(
    ("term", "language", "text"),
    [
        ("Salam", "ar", "وبحسب السلام المنشود فإن الحرب ستنتهي."),
        ("Saied", "ar", "حسب سعيد الحظ أن الجائزة له."),
    ],
)
def test_a_word_going_on_after_according_to_is_not(term: str, language: str, text: str) -> None:
    assert matched(term, language, text) == []
