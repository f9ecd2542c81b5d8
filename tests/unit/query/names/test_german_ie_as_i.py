"""German and Dutch write the sound i as ie: a German or Dutch article's ie between
consonants is also read i (Lieberman = Liberman = Либерман). Not in other languages, whose
ie is another sound (Polish je, Czech i-e) or, in English, another name (Joe Lieberman)."""

from __future__ import annotations

import pytest

from tests.unit.query.test_names import matched


@pytest.mark.parametrize(
    ("term", "language", "text", "form"),
    [
        ("Fridman", "de", "Der Investor Michail Friedman klagte gegen die Sanktionen.", "Friedman"),
        ("Grinberg", "de", "Die Regisseurin Anna Grienberg stellte ihren Film vor.", "Grienberg"),
        ("Rigel", "nl", "Minister Riegel presenteerde de begroting.", "Riegel"),
        ("Zigler", "de", "Der Schauspieler Ziegler wurde ausgezeichnet.", "Ziegler"),
    ],
)
def test_a_german_ie_is_found_as_i(term: str, language: str, text: str, form: str) -> None:
    assert matched(term, language, text) == [form]


@pytest.mark.parametrize(
    ("term", "language", "text"),
    [
        ("Fridman", "en", "Economist Milton Friedman won the Nobel prize."),  # English keeps ie
        ("Simoniak", "pl", "Minister Siemoniak przedstawił budżet."),  # Polish ie is je
        ("Fridman", "de", "Der Investor Michail Fredman klagte gegen die Sanktionen."),
        ("Rigel", "de", "Minister Riesel stellte den Haushalt vor."),
    ],
)
def test_ie_is_read_i_in_german_and_dutch_only(term: str, language: str, text: str) -> None:
    assert matched(term, language, text) == []
