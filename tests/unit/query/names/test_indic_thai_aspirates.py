"""The aspirated th, ph and kh of Indian, Nepali and Thai names, which Russian and
Ukrainian write as the consonant and an х (Thakur = Тхакур), and the Thai final -eow,
said e-o (Пхуангкеткео, Φουανγκκετκέου); a ph is not read as a plain p."""

from __future__ import annotations

import pytest

from tests.unit.query.test_names import matched


@pytest.mark.parametrize(
    ("term", "language", "text", "form"),
    [
        ("Thakur", "ru", "Министр спорта Анураг Тхакур открыл стадион.", "Тхакур"),
        ("Thapa", "ru", "Бывший премьер Непала Сурья Бахадур Тхапа умер в Дели.", "Тхапа"),
        ("Thavisin", "uk", "Прем'єр Таїланду Сретта Тхавісін відвідав Пекін.", "Тхавісін"),
        ("Thavisin", "ru", "Отставка Сретты Тхависина стала неожиданностью.", "Тхависина"),
        ("Phuangketkeow", "ru", "Сихасак Пхуангкеткео прибыл в Пномпень.", "Пхуангкеткео"),
        ("Phuangketkeow", "el", "Ο Φουανγκκετκέου μίλησε στον Ρούμπιο.", "Φουανγκκετκέου"),
        ("Thakur", "ru", "Анураг Такур открыл стадион.", "Такур"),  # the plain t still
    ],
)
def test_an_aspirate_is_found_as_two_letters(
    term: str, language: str, text: str, form: str
) -> None:
    assert matched(term, language, text) == [form]


@pytest.mark.parametrize(
    ("term", "language", "text"),
    [
        ("Phan", "uk", "Пан Коваленко подякував гостям."),  # ph is no plain p
        ("Thakur", "ru", "Тхакурин выступил."),
        ("Phuangketkeow", "ru", "Пхуангкет выступил."),
        ("Thapa", "ru", "Тхана заявил."),
    ],
)
def test_the_readings_add_no_other_word(term: str, language: str, text: str) -> None:
    assert matched(term, language, text) == []
