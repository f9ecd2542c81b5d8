"""Polish writes a Russian given name's final -ей as -iej (Siergiej, Aleksiej, Andriej): it is
found for the English spelling (Sergei, Alexei, Andrei) in a full name; other
Polish words ending -iej are not the name."""

from __future__ import annotations

import pytest

from tests.unit.query.test_names import matched


@pytest.mark.parametrize(
    ("term", "text", "found"),
    [
        ("Sergei Lavrov", "Minister Siergiej Ławrow przyleciał do Ankary.", ["Siergiej", "Ławrow"]),
        ("Alexei Ivanov", "Pisarz Aleksiej Iwanow otrzymał nagrodę.", ["Aleksiej", "Iwanow"]),
        (
            "Andrei Arshavin",
            "Trener Andriej Arszawin skrytykował zespół.",
            ["Andriej", "Arszawin"],
        ),
        ("Matvei Safonov", "Bramkarz Matwiej Safonow obronił karnego.", ["Matwiej", "Safonow"]),
    ],
)
def test_a_polish_iej_is_the_russian_given_name(term: str, text: str, found: list[str]) -> None:
    assert matched(term, "pl", text) == found


@pytest.mark.parametrize(
    ("term", "text"),
    [
        ("Sergei", "Siergiejewicz przyjechał wczoraj."),  # a longer word
        ("Alexei", "Mieszkańcy Wielkiej Brytanii głosowali."),
        ("Andrei", "Andrzej Duda wygłosił orędzie."),  # the Polish name, another key
    ],
)
def test_other_polish_words_are_not_the_given_name(term: str, text: str) -> None:
    assert matched(term, "pl", text) == []
