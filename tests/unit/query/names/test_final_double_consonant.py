"""A language that writes a Latin-script name as the name writes itself keeps its final
double consonant, in every case: a word written as the term but with a single one is
another name (Ros is not Ross, a German Schol not Scholl). Languages spelling by sound, a
name respelled by sound and other scripts drop it, and are found."""

from __future__ import annotations

import pytest

from tests.unit.query.test_names import matched


@pytest.mark.parametrize(
    ("term", "language", "text"),
    [
        ("Ross", "es", "El pintor Ros expuso en Madrid."),
        ("Scholl", "de", "Der Bildhauer Schol stellte in Wien aus."),
        ("Abbott", "en", "Abbot Gregory welcomed the pilgrims."),
        ("Ferrell", "it", "Il giornalista Ferrel ha vinto il premio."),
    ],
)
def test_a_single_final_consonant_is_another_name(term: str, language: str, text: str) -> None:
    assert matched(term, language, text) == []


@pytest.mark.parametrize(
    ("term", "language", "text", "form"),
    [
        ("Ross", "pl", "Wywiad z aktorką Dianą Ross ukazał się wczoraj.", "Ross"),
        ("Abbott", "pl", "Wypowiedź Diane Abbott wywołała burzę.", "Abbott"),
        ("Ross", "ru", "Актриса Дайана Росс дала интервью.", "Росс"),
        ("Ross", "sr", "Glumica Dajana Ros dala je intervju.", "Ros"),
    ],
)
def test_a_double_consonant_written_or_dropped_by_sound_is_found(
    term: str, language: str, text: str, form: str
) -> None:
    assert matched(term, language, text) == [form]
