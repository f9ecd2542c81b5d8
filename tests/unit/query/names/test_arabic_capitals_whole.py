"""A capital's Arabic name that CLDR does not give (China's time zone is Shanghai's) is a
place written whole, not a proclitic and a name: بكين (Beijing) is no ب + كين (Keen),
كانبرا (Canberra) no ك + انبرا; the name itself, or with a proclitic, is found."""

from __future__ import annotations

import pytest

from tests.unit.query.test_names import matched
from workers.query.names.places import one_word_place


@pytest.mark.parametrize(
    ("query", "text", "found"),
    [
        ("Keen", "وقال كين إن الفريق جاهز.", ["كين"]),
        ("Keen", "وسجل لكين هدفا في المباراة.", ["لكين"]),
        ("Keen", "وصل الوفد إلى بكين أمس.", []),  # Beijing
        ("Kin", "وصل الوفد إلى بكين أمس.", []),
        ("Anbara", "وصل الوفد إلى كانبرا أمس.", []),  # Canberra
    ],
)
def test_a_capital_is_not_read_as_a_proclitic_and_a_name(
    query: str, text: str, found: list[str]
) -> None:
    assert matched(query, "ar", text) == found


@pytest.mark.parametrize(
    ("word", "expected"),
    [("بكين", True), ("كانبرا", True), ("أنقرة", True), ("كين", False), ("لكين", False)],
)
def test_which_arabic_words_are_capitals(word: str, expected: bool) -> None:
    assert one_word_place(word, "ar") is expected
