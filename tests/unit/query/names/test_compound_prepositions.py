"""A Greek adverb opening a sentence before the preposition it makes one with (``Χάρις
στο…``, thanks to; ``Δίπλα στο…``, next to) is the preposition, not a name so spelled; the
name there counts where the article names the person elsewhere, and the name before its
verb, or inside a sentence before the same preposition, stays found."""

from __future__ import annotations

import pytest

from tests.unit.query.test_names import matched


@pytest.mark.parametrize(
    ("term", "language", "text"),
    [
        ("Harris", "el", "Χάρις στο νέο σύστημα, η κίνηση μειώθηκε."),
        ("Harris", "el", "Χάρη στην ομίχλη, οι πτήσεις καθυστέρησαν."),
    ],
)
def test_an_adverb_before_its_preposition_is_not_the_name(
    term: str, language: str, text: str
) -> None:
    assert matched(term, language, text) == []


@pytest.mark.parametrize(
    ("term", "language", "text", "form"),
    [
        ("Harris", "el", "Χάρις δήλωσε ότι θα είναι ξανά υποψήφια.", "Χάρις"),
        ("Harris", "el", "Η γερουσιάστρια Χάρις στο Σικάγο μίλησε για τη βία.", "Χάρις"),
        (
            "Harris",
            "el",
            "Χάρις στη Φιλαδέλφεια: η Κάμαλα Χάρις ξεκίνησε την περιοδεία.",
            "Χάρις",
        ),
    ],
)
def test_the_name_stays_found(term: str, language: str, text: str, form: str) -> None:
    assert matched(term, language, text) == [form]
