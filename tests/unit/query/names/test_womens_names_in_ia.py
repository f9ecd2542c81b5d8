"""A woman's name in -ia in its cases: Czech declines a foreign one as a soft -ie (Olivia:
Olivie, Olivii, Olivií), Greek takes -ς in the genitive (Ολίβια: Ολίβιας, Μαρία: Μαρίας)."""

from __future__ import annotations

import pytest

from tests.unit.query.test_names import matched


@pytest.mark.parametrize(
    ("term", "language", "text", "form"),
    [
        ("Olivia", "cs", "Fanoušci Olivie Rodrigo zaplnili halu.", "Olivie"),
        ("Olivia", "cs", "Cenu předali Olivii Rodrigo.", "Olivii"),
        ("Olivia", "cs", "Mluvili jsme s Olivií Rodrigo.", "Olivií"),
        ("Sofia", "el", "Η νέα ταινία της Σοφίας Κόπολα.", "Σοφίας"),
        ("Olivia", "el", "Το νέο άλμπουμ της Ολίβιας Ροντρίγκο.", "Ολίβιας"),
        ("Letizia", "el", "Το φόρεμα της βασίλισσας Λετίσιας.", "Λετίσιας"),
    ],
)
def test_a_name_in_ia_is_found_in_its_cases(term: str, language: str, text: str, form: str) -> None:
    assert matched(term, language, text) == [form]


@pytest.mark.parametrize(
    ("term", "language", "text"),
    [
        ("Olivia", "cs", "Fanoušci Olivera zaplnili halu."),
        ("Olivia", "cs", "Cenu předali Olivě."),  # no -ia name's case
        ("Sofia", "el", "Η νέα ταινία του Σόφου."),
        ("Olivia", "el", "Το νέο άλμπουμ του Ολίβιου."),
    ],
)
def test_a_name_in_ia_has_no_look_alike_case(term: str, language: str, text: str) -> None:
    assert matched(term, language, text) == []
