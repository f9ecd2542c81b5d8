"""Russian writes a Japanese yo as ё (Polivanov's system: Ёсида, Тоёта), said yo after a
vowel or opening a word: such a word is the Latin-letter name with its yo; other names and
a ё after a consonant (Горбачёв = Gorbachev) keep their readings."""

from __future__ import annotations

import pytest

from tests.unit.query.test_names import matched


@pytest.mark.parametrize(
    ("term", "language", "text", "form"),
    [
        ("Yoshida", "ru", "Премьер Ёсида подал в отставку.", "Ёсида"),
        ("Yokoyama", "ru", "Художник Ёкояма выставил новые картины.", "Ёкояма"),
        ("Kiyoshi", "ru", "Режиссёр Киёси снял новый фильм.", "Киёси"),
        ("Toyota", "ru", "Основатель компании Сакити Тоёта родился в деревне.", "Тоёта"),
        ("Miyoshi", "ru", "По словам Миёси, переговоры продолжатся.", "Миёси"),
        ("Gorbachev", "ru", "Михаил Горбачёв подписал договор.", "Горбачёв"),
    ],
)
def test_a_said_yo_is_found(term: str, language: str, text: str, form: str) -> None:
    assert matched(term, language, text) == [form]


@pytest.mark.parametrize(
    ("term", "language", "text"),
    [
        ("Yoshida", "ru", "Премьер Ёсино подал в отставку."),  # another name
        ("Toyoda", "ru", "Основатель компании Сакити Тоёта родился в деревне."),
        ("Kiyoshi", "ru", "Режиссёр Киёко сняла новый фильм."),
    ],
)
def test_other_names_stay_apart(term: str, language: str, text: str) -> None:
    assert matched(term, language, text) == []
