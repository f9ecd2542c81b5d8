"""Korean's plain stops, romanised g, d, b or k, t, p, which Russian writes as it hears
them (Keon-hee = Гон Хи, Dong-yeon = Тон Ён, Kuk = Гук): a syllable after a Korean
family name is also read with its first stop as the other; other syllables stay apart."""

from __future__ import annotations

import pytest

from tests.unit.query.test_names import matched


@pytest.mark.parametrize(
    ("term", "language", "text", "form"),
    [
        ('"Kim Keon-hee"', "ru", "Супруга президента Ким Гон Хи посетила Пусан.", "Ким Гон Хи"),
        ('"Kim Keon-hee"', "uk", "Суд виправдав Кім Гон Хі у справі про хабар.", "Кім Гон Хі"),
        ('"Kim Dong-yeon"', "ru", "Министр финансов Ким Тон Ён ушёл в отставку.", "Ким Тон Ён"),
        ('"Cho Kuk"', "ru", "Бывший министр юстиции Чо Гук вышел на свободу.", "Чо Гук"),
    ],
)
def test_a_plain_stop_is_found_as_the_other(term: str, language: str, text: str, form: str) -> None:
    assert matched(term, language, text) == [form]


@pytest.mark.parametrize(
    ("term", "language", "text"),
    [
        ('"Kim Keon-hee"', "ru", "Ким Сон Хи выступила на форуме."),  # another syllable
        ('"Cho Kuk"', "ru", "Чо Гон ответил на вопросы."),
        ("Keon", "ru", "Гон выступил."),  # a word alone is read as written
    ],
)
def test_other_syllables_are_not_the_name(term: str, language: str, text: str) -> None:
    assert matched(term, language, text) == []
