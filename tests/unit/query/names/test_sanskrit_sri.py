"""The Sanskrit ś of an initial Sri, which Russian and Ukrainian write as ш (Шри, Шрі):
a Latin term's initial sr is also read shr; its plain s still stands."""

from __future__ import annotations

import pytest

from tests.unit.query.test_names import matched


@pytest.mark.parametrize(
    ("term", "language", "text", "form"),
    [
        ("Srinivasan", "ru", "Экономист Шринивасан возглавил комиссию.", "Шринивасан"),
        ("Srinivasan", "uk", "Науковець Шрінівасан отримав премію.", "Шрінівасан"),
        ("Srettha", "ru", "Премьер Сретта Тхависин прибыл в Пекин.", "Сретта"),  # plain s
    ],
)
def test_an_initial_sr_is_found_as_shr(term: str, language: str, text: str, form: str) -> None:
    assert matched(term, language, text) == [form]


def test_a_name_of_two_words_is_found_with_its_sri() -> None:
    found = matched("Sri Mulyani", "ru", "Шри Мульяни вернулась в правительство.")
    assert found == ["Шри", "Мульяни"]


@pytest.mark.parametrize(
    ("term", "language", "text"),
    [
        ("Sri Mulyani", "ru", "Делегация Шри-Ланки прибыла в Джакарту."),
        ("Srinivasan", "ru", "Шринагар остался без света."),
        ("Sri Mulyani", "uk", "Шрам Мульяні показав журналістам."),
    ],
)
def test_other_words_are_not_the_name(term: str, language: str, text: str) -> None:
    assert matched(term, language, text) == []
