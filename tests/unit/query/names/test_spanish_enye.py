"""A Spanish ñ is typed n in a term (Calvino for Calviño), and a Latin article word with one is
also read without its mark, as plain matching folds it, so its case forms meet the term too
(Czech Calviñová, Polish Muñoza, Czech Peñy). Other names in those cases are not the name."""

from __future__ import annotations

import pytest

from tests.unit.query.test_names import matched


@pytest.mark.parametrize(
    ("term", "language", "text", "form"),
    [
        ("Munoz", "pl", "Gol Muñoza dał drużynie zwycięstwo.", "Muñoza"),
        ("Munoz", "cs", "Gól Muñoze rozhodl o výhře.", "Muñoze"),
        ("Pena", "cs", "Gól Peñy rozhodl zápas.", "Peñy"),
        ("Ordonez", "pl", "Rząd pogratulował Ordóñezowi zwycięstwa.", "Ordóñezowi"),
        ("Montano", "cs", "Ministryně Ana Montañová oznámila reformu.", "Montañová"),
    ],
)
def test_a_case_form_with_an_enye_is_found(term: str, language: str, text: str, form: str) -> None:
    assert matched(term, language, text) == [form]


@pytest.mark.parametrize(
    ("term", "language", "text"),
    [
        ("Munoz", "pl", "Gol Mañoza dał drużynie zwycięstwo."),  # another name
        ("Pena", "cs", "Gól Piñy rozhodl zápas."),
        ("Montano", "cs", "Ministryně Ana Montañezová oznámila reformu."),
    ],
)
def test_other_words_are_not_the_enye_name(term: str, language: str, text: str) -> None:
    assert matched(term, language, text) == []
