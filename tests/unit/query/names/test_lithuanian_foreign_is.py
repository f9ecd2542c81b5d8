"""A foreign surname ending in a consonant may take the Lithuanian -is rather than -as
(Starmer = Starmeris, Miller = Milleris): its cases count on the name as written, in a
Lithuanian article only (see names.cases)."""

from __future__ import annotations

import pytest

from tests.unit.query.test_names import matched


@pytest.mark.parametrize(
    ("term", "language", "text", "form"),
    [
        ("Starmer", "lt", "Premjeras Keiras Starmeris pareiškė, kad derybos tęsis.", "Starmeris"),
        ("Starmer", "lt", "Prezidentas susitiko su Keiru Starmeriu Londone.", "Starmeriu"),
        ("Starmer", "lt", "Keiro Starmerio vyriausybė paskelbė biudžetą.", "Starmerio"),
        ("Miller", "lt", "Stephenas Milleris kritikavo teismo sprendimą.", "Milleris"),
        ("Fischer", "lt", "Ministrui Fischeriui buvo užduota klausimų.", "Fischeriui"),
        ("Wever", "lt", "Belgijos premjeras Bartas De Weveris atvyko į Vilnių.", "Weveris"),
        ("Trump", "lt", "Donaldas Trumpas pasirašė įsaką.", "Trumpas"),
    ],
)
def test_a_foreign_name_with_the_lithuanian_is_is_found(
    term: str, language: str, text: str, form: str
) -> None:
    assert matched(term, language, text) == [form]


@pytest.mark.parametrize(
    ("term", "language", "text"),
    [
        ("Starmer", "en", "The Starmeris brand launched a new kettle."),  # no case in English
        ("Starmer", "pl", "Firma Starmeris otworzyła sklep w Krakowie."),  # nor in Polish
        ("Mill", "lt", "Stephenas Milleris kritikavo teismo sprendimą."),  # the ending only
    ],
)
def test_the_ending_counts_in_lithuanian_only_and_on_the_whole_name(
    term: str, language: str, text: str
) -> None:
    assert matched(term, language, text) == []
