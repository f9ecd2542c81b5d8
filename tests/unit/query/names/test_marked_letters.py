"""A term typed in plain letters writes a letter with a mark as the letter without it (Becic
for Bečić): an article word whose marked letter is another letter bare is another name
(Bešić: š is an s, no c), in a language writing names as written; the name with its marks
is found, and a marked vowel (a case ending, a vowel said apart: Tokaïev) another."""

from __future__ import annotations

import pytest

from tests.unit.query.test_names import matched


@pytest.mark.parametrize(
    ("term", "language", "text"),
    [
        ("Kocic", "en", "The Serbian striker Košić scored twice."),
        ("Secic", "de", "Der Verteidiger Šešić wechselt nach Wien."),
        ("Vucic", "fr", "Le chanteur Vužić a annulé sa tournée."),
    ],
)
def test_a_marked_letter_of_another_letter_is_another_name(
    term: str, language: str, text: str
) -> None:
    assert matched(term, language, text) == []


@pytest.mark.parametrize(
    ("term", "language", "text", "form"),
    [
        ("Kocic", "en", "The Serbian striker Kočić scored twice.", "Kočić"),
        ("Sesic", "de", "Der Verteidiger Šešić wechselt nach Wien.", "Šešić"),
        ("Vucic", "fr", "Le président Vučić a annulé sa visite.", "Vučić"),
        ("Nunez", "es", "El delantero Núñez marcó dos goles.", "Núñez"),
        ("Cavusoglu", "en", "Foreign Minister Çavuşoğlu spoke in Ankara.", "Çavuşoğlu"),
        ("Tokayev", "fr", "Le président Tokaïev a reçu la délégation.", "Tokaïev"),
        ("Okamura", "pl", "Sejm przyjął Okamurę w Warszawie.", "Okamurę"),
    ],
)
def test_a_marked_letter_of_the_terms_letter_is_found(
    term: str, language: str, text: str, form: str
) -> None:
    assert matched(term, language, text) == [form]
