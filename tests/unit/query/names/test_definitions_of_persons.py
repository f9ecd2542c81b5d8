"""A sentence opener followed by a definition of a person (a copula, an article and a noun
for a man, a woman or a person: ``Slim es el hombre más rico``) is the name, even where the
name is also an ordinary word: a common noun is not defined as a man."""

from __future__ import annotations

import pytest

from tests.unit.query.test_names import matched


@pytest.mark.parametrize(
    ("term", "language", "text", "form"),
    [
        ("Rich", "en", "Rich is the first woman to lead the central bank.", "Rich"),
        ("Blanco", "es", "Blanco es la mujer más votada de la historia del partido.", "Blanco"),
        ("Klein", "de", "Klein ist der reichste Mann des Landes.", "Klein"),
        ("Bianco", "it", "Bianco è la persona più ricca della regione.", "Bianco"),
    ],
)
def test_a_definition_of_a_person_keeps_the_name(
    term: str, language: str, text: str, form: str
) -> None:
    assert matched(term, language, text) == [form]


@pytest.mark.parametrize(
    ("term", "language", "text"),
    [
        ("Rich", "en", "Rich is the soil of the valley."),
        ("Blanco", "es", "Blanco es el color de la paz."),
        ("Magyar", "en", "Magyar is the language of the man in the street."),  # too far
    ],
)
def test_a_definition_of_a_thing_still_doubts_the_opener(
    term: str, language: str, text: str
) -> None:
    assert matched(term, language, text) == []
