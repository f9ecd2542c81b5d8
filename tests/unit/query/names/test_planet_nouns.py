"""A word a name term finds only in another script, spelling or case is a planet's name,
not the person's, right after the noun for a planet, an asteroid or a comet (``планеты
Венера``, ``τον πλανήτη Κρόνο``): Slavic languages, Greek and Arabic write the noun and
then the name, as they do for a river or a village (see place_nouns)."""

from __future__ import annotations

import pytest

from tests.unit.query.test_names import matched


@pytest.mark.parametrize(
    ("query", "language", "text"),
    [
        ("Venera", "ru", "Зонд сфотографировал поверхность планеты Венера."),
        ("Venera", "uk", "Зонд сфотографував поверхню планети Венера."),
        ("Nibiru", "ru", "Конспирологи снова пугают планетой Нибиру."),
        ("Kronos", "el", "Οι επιστήμονες μελέτησαν τον πλανήτη Κρόνο."),
    ],
    ids=["ru, genitive noun", "uk", "ru, instrumental noun", "el, accusative"],
)
def test_a_planet_named_by_its_noun_is_not_the_person(query: str, language: str, text: str) -> None:
    assert matched(query, language, text) == []


@pytest.mark.parametrize(
    ("query", "language", "text", "found"),
    [
        ("Pandor", "ru", "Министр Пандор выступила в парламенте.", ["Пандор"]),
        ("Pandor", "el", "Η υπουργός Πάντορ μίλησε στη Βουλή.", ["Πάντορ"]),
        ("Venera", "ru", "Певица Венера выступила на концерте в Уфе.", ["Венера"]),
    ],
    ids=["a minister", "el, a minister", "a singer"],
)
def test_the_person_is_still_found(query: str, language: str, text: str, found: list[str]) -> None:
    assert matched(query, language, text) == found
