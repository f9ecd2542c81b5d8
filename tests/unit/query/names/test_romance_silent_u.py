"""The u of a Romance final -gue, -gui, -que, -qui is silent, only hardening the g or c, and
other scripts write none (Oligui = Олиги = Ολιγκί, Enrique = Энрике); a French final -gue,
-que drops its e too (Rodrigue = Родриг). Short terms and other words are not reached."""

from __future__ import annotations

import pytest

from tests.unit.query.test_names import matched


@pytest.mark.parametrize(
    ("term", "language", "text", "form"),
    [
        ("Rodrigue", "ru", "Картины Джорджа Родрига продали на аукционе.", "Родрига"),
        ("Rodrigue", "uk", "Художник Джордж Родриг народився в Луїзіані.", "Родриг"),
        ("Enrique", "ru", "Тренер ПСЖ Луис Энрике продлил контракт с клубом.", "Энрике"),
        ("Dominique", "ru", "Премьер Доминик де Вильпен выступил в ООН.", "Доминик"),
        ("Oligui", "el", "Ο Ολιγκί μίλησε στους βουλευτές στη Λιμπρεβίλ.", "Ολιγκί"),
        ("Oligui", "ru", "Генерал Олиги встретился с послами в Либревиле.", "Олиги"),
    ],
)
def test_the_silent_u_is_not_written(term: str, language: str, text: str, form: str) -> None:
    assert matched(term, language, text) == [form]


@pytest.mark.parametrize(
    ("term", "language", "text"),
    [
        ("Bogue", "ru", "Бог знает, что будет дальше."),  # too short to read so
        ("Rodrigue", "ru", "Нападающий Родригес забил гол."),  # another name
        ("Oligui", "ru", "Олег прибыл в Москву."),  # another name
        ("Enrique", "ru", "Генрих прибыл в замок."),  # another name
        ("Dominique", "el", "Η Δομινίκα είναι νησί της Καραϊβικής."),  # a place
    ],
)
def test_other_words_are_not_the_silent_u_name(term: str, language: str, text: str) -> None:
    assert matched(term, language, text) == []
