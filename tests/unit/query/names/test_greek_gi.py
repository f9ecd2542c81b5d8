"""Greek says γι before a vowel as a y, its g unsaid, and Russian and Ukrainian write it so:
a term ending as Greek names do (-os, -is, -as, -ou) reads its gi before a vowel as y
(``Papagiannis`` = ``Папаяннис``, ``Sergios`` = ``Серьос``); an Italian gi keeps its g."""

from __future__ import annotations

import pytest

from tests.unit.query.test_names import matched


@pytest.mark.parametrize(
    ("query", "language", "text", "found"),
    [
        ("Papagiannis", "ru", "Центровой Папаяннис набрал двадцать очков.", ["Папаяннис"]),
        ("Papagiannis", "uk", "Тренер похвалив Папаянніса після гри.", ["Папаянніса"]),
        ("Sergios", "ru", "Архиепископ Серьос провёл службу.", ["Серьос"]),
        ("Karagiorgis", "ru", "Депутат Караёргис заявил о реформе.", ["Караёргис"]),
        ("Papagiannis", "el", "Ο Παπαγιάννης σκόραρε είκοσι πόντους.", ["Παπαγιάννης"]),
    ],
    ids=["ru", "uk, genitive", "ru, after r", "ru, yo", "el as before"],
)
def test_greek_gi_before_a_vowel_is_y(
    query: str, language: str, text: str, found: list[str]
) -> None:
    assert matched(query, language, text) == found


@pytest.mark.parametrize(
    ("query", "language", "text"),
    [
        ("Giorgio", "ru", "Министр Йорйо выступил в парламенте."),
        ("Papagiannis", "ru", "Центровой Папаянни набрал двадцать очков."),
    ],
    ids=["an Italian name", "another ending"],
)
def test_not_read_so(query: str, language: str, text: str) -> None:
    assert matched(query, language, text) == []
