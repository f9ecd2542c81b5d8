"""A Czech word in -ovy is a man's possessive (``Muchovy obrazy``, Mucha's paintings), not the
genitive of a woman's -ová surname, whose genitive is -ové (``Muchové``): a term written as
her surname without its accent (Muchova) does not find it, and still finds her own cases.
The trade-off: a man's name in -ova (Casanova) is not found in its genitive -ovy."""

from __future__ import annotations

import pytest

from tests.unit.query.test_names import matched


@pytest.mark.parametrize(
    ("term", "text"),
    [
        ("Muchova", "Galerie vystavila Muchovy obrazy z Paříže."),
        ("Nerudova", "Čtenáři milují Nerudovy Povídky malostranské."),
        ("Vondrousova", "Soud posoudil Vondroušovy námitky."),
    ],
)
def test_a_mans_possessive_in_ovy_is_not_her_surname(term: str, text: str) -> None:
    assert matched(term, "cs", text) == []


@pytest.mark.parametrize(
    ("term", "text", "form"),
    [
        ("Muchova", "Trenér pochválil Karolínu Muchovou po zápase.", "Muchovou"),
        ("Nerudova", "Podle Danuše Nerudové vláda chybuje.", "Nerudové"),
        ("Okamura", "Podle Okamury vláda padne.", "Okamury"),  # a man's -a genitive stays
    ],
)
def test_her_cases_and_other_a_genitives_are_found(term: str, text: str, form: str) -> None:
    assert matched(term, "cs", text) == [form]
