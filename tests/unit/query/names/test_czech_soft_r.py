"""Czech names in -ra soften the r before the dative and locative -e (Sára: Sáře,
Tamara: Tamaře)."""

from __future__ import annotations

import pytest

from tests.unit.query.test_names import matched
from workers.query.names.cases import base_forms


@pytest.mark.parametrize(
    ("term", "language", "text", "form"),
    [
        ("Tamara", "cs", "Cenu předali Tamaře Klink v Praze.", "Tamaře"),
        ("Barbora", "cs", "Gratulace patří Barboře Krejčíkové.", "Barboře"),
        ("Moira", "cs", "Dopis adresovaný Moiře dorazil včas.", "Moiře"),
        ("Ferrera", "cs", "Porota udělila cenu herečce Americe Ferreře.", "Ferreře"),
    ],
)
def test_a_soft_r_before_the_dative_e_is_read_away(
    term: str, language: str, text: str, form: str
) -> None:
    assert matched(term, language, text) == [form]


@pytest.mark.parametrize(
    ("term", "language", "text"),
    [
        ("Barbora", "cs", "Barboře se nedaří."),  # a dative opening a sentence: not read
        ("Tamar", "cs", "Cenu předali Tamaře Klink v Praze."),  # her name is Tamara
    ],
)
def test_no_other_name_nor_opener_is_read(term: str, language: str, text: str) -> None:
    assert matched(term, language, text) == []


def test_the_base_form() -> None:
    assert ("sára", "dative/locative") in base_forms("Sáře", "cs")
