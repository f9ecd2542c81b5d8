"""Bulgarian writes every vowel it hears as a schwa with ъ, whatever letter the name spells:
an English short u and an unstressed o in one name (Дътън = Dutton, Хътън = Hutton): a
Bulgarian word of two ъ also reads each its own way, not both the same."""

from __future__ import annotations

import pytest

from tests.unit.query.test_names import matched


@pytest.mark.parametrize(
    ("term", "text", "form"),
    [
        ("Hutton", "Шотландският геолог Хътън описа времето на Земята.", "Хътън"),
        ("Button", "Пилотът Дженсън Бътън се върна във Формула 1.", "Бътън"),
        ("Hudson", "Актрисата Кейт Хъдсън представи нов филм.", "Хъдсън"),
        ("Fulton", "Според Фълтън параходът ще плава по реката.", "Фълтън"),
        ("Sumner", "Сенаторът Съмнър говори срещу робството.", "Съмнър"),
    ],
)
def test_each_schwa_read_its_own_way(term: str, text: str, form: str) -> None:
    assert form in matched(term, "bg", text)


@pytest.mark.parametrize(
    ("term", "text"),
    [
        ("Dutton", "Певецът Дънтън изнесе концерт в София."),
        ("Sutton", "Според Сълтън реформата ще продължи."),
        ("Hutton", "Футболистът Хъртън подписа нов договор."),
    ],
)
def test_other_consonants_stay_apart(term: str, text: str) -> None:
    assert matched(term, "bg", text) == []
