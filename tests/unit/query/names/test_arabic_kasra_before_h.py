"""An Arabic name's kasra before a final ḥ is said e, and French and much news write it so
where others write i (Salih = Saleh, Falih = Faleh = Фалех): a term ending so is found in
either spelling, its h written; other words are not reached (Salé, Sale)."""

from __future__ import annotations

import pytest

from tests.unit.query.test_names import matched


@pytest.mark.parametrize(
    ("term", "language", "text", "form"),
    [
        ("Salih", "fr", "Le président irakien Barham Saleh a reçu le ministre.", "Saleh"),
        ("Saleh", "tr", "Yemen'in eski lideri Ali Abdullah Salih öldürüldü.", "Salih"),
        ("Rabih", "fr", "Le concert de Rabeh a été annulé.", "Rabeh"),
        ("Falih", "ru", "Министр энергетики Халид аль-Фалех заявил о сокращении добычи.", "Фалех"),
    ],
)
def test_the_kasra_is_found_as_either_vowel(term: str, language: str, text: str, form: str) -> None:
    assert matched(term, language, text) == [form]


@pytest.mark.parametrize(
    ("term", "language", "text"),
    [
        ("Salih", "fr", "La ville de Salé accueille le festival."),
        ("Salih", "en", "The Sale of the company was completed."),
        ("Falih", "de", "Der Fall wurde eingestellt."),
    ],
)
def test_other_words_are_not_the_kasra_name(term: str, language: str, text: str) -> None:
    assert matched(term, language, text) == []
