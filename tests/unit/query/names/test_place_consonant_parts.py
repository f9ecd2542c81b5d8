"""A word of a place of several words read in a case (``в Коста-Рике``, ``v San Marinu``)
keeps the place's word whole before an ending when that word ends in a consonant: a case
ending after a consonant starts with a vowel, so ``Санни`` is no case of the ``Сан`` of
``Сан-Паулу``, and a person named so beside a surname like the place's last word is no
place."""

from __future__ import annotations

import pytest

from tests.unit.query.test_names import matched
from workers.query.names.places import in_place


@pytest.mark.parametrize(
    ("words", "position", "language"),
    [
        (["в", "Коста", "Рике"], 2, "ru"),
        (["в", "Нью", "Йорке"], 2, "ru"),
        (["v", "San", "Marinu"], 2, "cs"),
        (["w", "Nowym", "Jorku"], 2, "pl"),
        (["w", "Stanach", "Zjednoczonych"], 2, "pl"),
        (["v", "Buenos", "Aires"], 2, "cs"),
    ],
)
def test_a_place_in_its_cases_stays_a_place(words: list[str], position: int, language: str) -> None:
    assert in_place(words, position, language)


@pytest.mark.parametrize(
    ("words", "position", "language"),
    [
        (["Санни", "Паулу"], 1, "ru"),
        (["Lossa", "Angelesová"], 1, "cs"),
    ],
)
def test_a_longer_word_before_is_no_case_of_the_place(
    words: list[str], position: int, language: str
) -> None:
    assert not in_place(words, position, language)


@pytest.mark.parametrize(
    ("term", "language", "text", "form"),
    [
        ("Paulu", "ru", "Певица Санни Паулу дала концерт в Хельсинки.", "Паулу"),
    ],
)
def test_the_person_is_found(term: str, language: str, text: str, form: str) -> None:
    assert form in matched(term, language, text)
