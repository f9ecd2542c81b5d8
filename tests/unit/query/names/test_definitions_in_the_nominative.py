"""A place defined by "is" or a dash and a town's noun (``Сосновка — посёлок``, ``Sedlec je
obec``) is its sentence's subject, in the nominative: a word a name term finds only in an
oblique case before such a noun is the person after a preposition (``Podle Zelenského je
město…``, according to Zelensky the city is…), not a place."""

from __future__ import annotations

import pytest

from tests.unit.query.test_names import matched


@pytest.mark.parametrize(
    ("query", "language", "text", "form"),
    [
        ("Zelensky", "cs", "Podle Zelenského je město připraveno na další útoky.", "Zelenského"),
        ("Zelensky", "sk", "Podľa Zelenského je mesto úplne zničené.", "Zelenského"),
        ("Zelensky", "pl", "Według Zełenskiego to miasto jest kluczowe.", "Zełenskiego"),
        ("Zelensky", "ru", "Для Зеленского это город его детства.", "Зеленского"),
    ],
    ids=["cs", "sk", "pl, 'to'", "ru, 'это'"],
)
def test_an_oblique_case_before_is_and_a_town_is_the_person(
    query: str, language: str, text: str, form: str
) -> None:
    assert matched(query, language, text) == [form]


@pytest.mark.parametrize(
    ("query", "language", "text"),
    [
        ("Gorodok", "ru", "Городок — город в Витебской области."),
        ("Sosnovka", "uk", "Соснівка — селище на заході країни."),
        ("Kamyshin", "ru", "Камышин — это город на Волге."),
        ("Karlovo", "bg", "Карлово е град в Пловдивска област."),
    ],
    ids=["ru, a dash", "uk, a dash", "ru, a dash and 'this is'", "bg, 'is'"],
)
def test_a_place_in_the_nominative_is_still_a_place(query: str, language: str, text: str) -> None:
    assert matched(query, language, text) == []
