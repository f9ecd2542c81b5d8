"""An Estonian name in -k (-ik, -ak) takes u as its stem vowel (lepik: lepiku): Lepiku,
Männikule, Kuusikuga are Lepik's, Männik's and Kuusik's cases in an Estonian article."""

from __future__ import annotations

import pytest

from tests.unit.query.test_names import matched


@pytest.mark.parametrize(
    ("term", "text", "form"),
    [
        ("Lepik", "Lepiku sõnul on eelarve tasakaalus.", "Lepiku"),
        ("Mannik", "Peaminister andis sõna Männikule.", "Männikule"),
        ("Kuusik", "Valitsus kohtus eile Kuusikuga.", "Kuusikuga"),
        ("Kuusik", "Ajakirjanikud küsisid Kuusikult kommentaari.", "Kuusikult"),
    ],
)
def test_the_estonian_cases_are_found(term: str, text: str, form: str) -> None:
    assert form in matched(term, "et", text)


@pytest.mark.parametrize(
    ("term", "language", "text"),
    [
        ("Lepik", "de", "Der Minister traf Lepiku in Berlin."),
        ("Lepik", "et", "Valitsus kohtus eile Lepatuga."),
    ],
)
def test_other_words_and_languages_stay_apart(term: str, language: str, text: str) -> None:
    assert matched(term, language, text) == []
