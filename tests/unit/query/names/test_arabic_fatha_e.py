"""Arabic has no e: English news write an Arabic name's short a as e as often as a, and its
long a doubled (Meshaal, whom others write Mashal, Машаль, Μασάλ): a term whose last
syllable holds an aa before a final consonant is also read with its e's as a."""

from __future__ import annotations

import pytest

from tests.unit.query.test_names import matched


@pytest.mark.parametrize(
    ("term", "language", "text", "form"),
    [
        ("Jemaal", "ru", "Журналист Джамаль работал в Стамбуле.", "Джамаль"),
        ("Jemaal", "el", "Ο δημοσιογράφος Τζαμάλ εργαζόταν στην Κωνσταντινούπολη.", "Τζαμάλ"),
        ("Beshaar", "en", "Bashar met the envoy in Damascus.", "Bashar"),
        ("Jehaad", "de", "Der Aktivist Dschahad sprach in Berlin.", "Dschahad"),
    ],
)
def test_arabic_short_a_written_e(term: str, language: str, text: str, form: str) -> None:
    assert form in matched(term, language, text)


@pytest.mark.parametrize(
    ("term", "language", "text"),
    [
        ("Jemaal", "ru", "Писатель Джамиль получил премию."),
        ("Beshaar", "ru", "Генерал Бешир подал в отставку."),
        ("Meshaal", "en", "Michael met the envoy in Doha."),
    ],
)
def test_other_vowels_stay_apart(term: str, language: str, text: str) -> None:
    assert matched(term, language, text) == []
