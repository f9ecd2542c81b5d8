"""A Russian, Ukrainian or Belarusian patronymic between a given name and a surname is no
surname (``Александр Сергеевич Пушкин`` does not name a Sergeyevich), while a surname of the
same shape after a given name, before a verb, is (``Роман Абрамович продал``)."""

from __future__ import annotations

import pytest

from tests.unit.query.test_names import matched


@pytest.mark.parametrize(
    ("query", "language", "text"),
    [
        ("Sergeyevich", "ru", "Поэму написал Александр Сергеевич Пушкин."),
        ("Petrovich", "ru", "Книгу Фёдора Петровича Гааза переиздали в Москве."),
        ("Andriyovych", "uk", "Указ підписав Віктор Андрійович Ющенко."),
        ("Ivanovna", "ru", "Выставку открыла Мария Ивановна Смирнова."),
        ("Mikalaevich", "be", "Кнігу выдаў Уладзімір Мікалаевіч Някляеў."),
    ],
    ids=["ru", "ru, genitive", "uk", "ru, a woman's", "be"],
)
def test_a_patronymic_between_names_is_not_a_surname(query: str, language: str, text: str) -> None:
    assert matched(query, language, text) == []


@pytest.mark.parametrize(
    ("query", "language", "text", "found"),
    [
        ("Abramovich", "ru", "Бизнесмен Роман Абрамович продал клуб.", ["Абрамович"]),
        ("Abramovich", "ru", "Роман Аркадьевич Абрамович продал клуб.", ["Абрамович"]),
        ("Rabinovich", "uk", "Депутат Вадим Рабинович, Нестор Шуфрич голосували.", ["Рабинович"]),
        ("Volfovich", "ru", "Визит Александра Вольфовича в Минск отложили.", ["Вольфовича"]),
        ("Petrovich", "sr", "Министар Марко Петрович Београд напустио.", ["Петрович"]),
    ],
    ids=[
        "before a verb",
        "after a patronymic",
        "before a comma",
        "before a place",
        "sr: no patronymics",
    ],
)
def test_the_surname_is_still_found(query: str, language: str, text: str, found: list[str]) -> None:
    assert matched(query, language, text) == found
