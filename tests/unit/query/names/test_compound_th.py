"""A th after a consonant and before a vowel may be the t and h of a Nordic or German
compound (Listhaug = List-haug = Λίστχαουγκ = ليستهاوغ), which other scripts write with
both letters; English th names and other words stay apart."""

from __future__ import annotations

import pytest

from tests.unit.query.test_names import matched


@pytest.mark.parametrize(
    ("term", "language", "text", "form"),
    [
        ("Listhaug", "el", "Η Νορβηγίδα πολιτικός Λίστχαουγκ μίλησε στο Όσλο.", "Λίστχαουγκ"),
        ("Listhaug", "ar", "انتقدت السياسية النرويجية ليستهاوغ خطة الحكومة.", "ليستهاوغ"),
        ("Westhaug", "el", "Ο Νορβηγός συγγραφέας Βέστχαουγκ μίλησε στο Όσλο.", "Βέστχαουγκ"),
    ],
)
def test_a_compound_th_is_found_as_t_and_h(term: str, language: str, text: str, form: str) -> None:
    assert matched(term, language, text) == [form]


@pytest.mark.parametrize(
    ("term", "language", "text"),
    [
        ("Listhaug", "ru", "Лист написал рапсодию."),
        ("Listhaug", "ru", "Листхольм открыл выставку."),  # another compound
        ("Westhoff", "ru", "Вестфалия приняла закон."),
        ("Listhaug", "el", "Ο Λιστ έγραψε ραψωδίες."),
    ],
)
def test_other_words_are_not_the_compound_name(term: str, language: str, text: str) -> None:
    assert matched(term, language, text) == []
