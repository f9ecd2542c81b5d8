"""English vowels other scripts write by their sound: a final -geon said -jen (its e marks
the soft g, its o a schwa), and ir before a consonant said as ur is, er (Spurgeon = Сперджен
= Спърджън, Firth = Фёрт, Kirk = Кёрк); a diphthong's i (air) keeps its reading."""

from __future__ import annotations

import pytest

from tests.unit.query.test_names import matched


@pytest.mark.parametrize(
    ("term", "language", "text", "form"),
    [
        ("Spurgeon", "ru", "Проповеди Чарльза Сперджена изданы заново.", "Сперджена"),
        ("Spurgeon", "uk", "Проповіді Сперджена видано українською.", "Сперджена"),
        ("Spurgeon", "bg", "Проповедите на Чарлз Спърджън са издадени.", "Спърджън"),
        ("Firth", "ru", "Колин Фёрт сыграл короля.", "Фёрт"),
        ("Firth", "ru", "Колин Ферт сыграл короля.", "Ферт"),
        ("Kirk", "ru", "Чарли Кёрк выступил в университете.", "Кёрк"),
        ("Kirk", "ru", "Чарли Кирк выступил в университете.", "Кирк"),  # its i
        ("Birkin", "bg", "Джейн Бъркин изпя песента.", "Бъркин"),
    ],
)
def test_english_er_sounds_as_heard(term: str, language: str, text: str, form: str) -> None:
    assert matched(term, language, text) == [form]


@pytest.mark.parametrize(
    ("term", "language", "text"),
    [
        ("Sturgeon", "ru", "Фильм снял Престон Стерджес."),  # another name
        ("Spurgeon", "ru", "Сперанский составил план реформ."),  # another name
        ("Firth", "ru", "Фёдор приехал в Москву."),  # another name
        ("Kirk", "en", "Kerk said nothing."),  # Latin articles write the i
    ],
)
def test_other_words_are_not_the_er_name(term: str, language: str, text: str) -> None:
    assert matched(term, language, text) == []
