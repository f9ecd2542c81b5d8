"""A Vietnamese name term (a Vietnamese family name, then one-syllable words) also finds the
name as Cyrillic hears it: tr as ч, s as ш, d as з; a word alone or another name keeps them."""

from __future__ import annotations

import pytest

from tests.unit.query.test_names import matched


@pytest.mark.parametrize(
    ("term", "language", "text", "form"),
    [
        (
            '"Truong Tan Sang"',
            "ru",
            "Переговоры с Чыонг Тан Шангом прошли в Кремле.",
            "Чыонг Тан Шангом",
        ),
        (
            '"Tran Dai Quang"',
            "uk",
            "Президент В'єтнаму Чан Дай Куанг помер у Ханої.",
            "Чан Дай Куанг",
        ),
        (
            '"Tran Dai Quang"',
            "ru",
            "Президент Вьетнама Чан Дай Куанг скончался в Ханое.",
            "Чан Дай Куанг",
        ),
        (
            '"Nguyen Tan Dung"',
            "ru",
            "Премьер Нгуен Тан Зунг встретился с Медведевым.",
            "Нгуен Тан Зунг",
        ),
    ],
)
def test_a_vietnamese_names_initials_are_found_as_cyrillic_hears_them(
    term: str, language: str, text: str, form: str
) -> None:
    assert matched(term, language, text) == [form]


@pytest.mark.parametrize(
    ("term", "language", "text"),
    [
        ('"Truong Tan Sang"', "ru", "Чемпион мира Шанг Тан выиграл турнир."),
        ('"Song Tao"', "ru", "Концерт группы Шонг Тао прошёл в Пекине."),
        ('"Tran Dai Quang"', "ru", "Новый роман Чана Дайкуана вышел в свет."),
    ],
)
def test_other_words_keep_their_initials(term: str, language: str, text: str) -> None:
    assert matched(term, language, text) == []
