"""A Cyrillic word is a given name only opening a run of capitalised words; a name in quotes
before it, a party's (``лидер партии «Вперёд» Пита Лимджароенрат``), goes on the run as a
country's genitive does (``Президент Индонезии Прабово Субианто``): a name term given as
its person is called alone (Thai and Indonesian news call Pita, Prabowo, Anutin by their
given names) is found there before the rest of the name."""

from __future__ import annotations

import pytest

from tests.unit.query.test_names import matched


@pytest.mark.parametrize(
    ("query", "language", "text", "form"),
    [
        (
            "Prabowo",
            "ru",
            "Лидер партии «Гериндра» Прабово Субианто выступил на съезде.",
            "Прабово",
        ),
        ("Anutin", "uk", "Лідер партії «Бхумджайтай» Анутін Чарнвіракун очолив уряд.", "Анутін"),
        (
            "Anutin",
            "ru",
            "Лидер партии «Бхумджайтай» Анутин Чарнвиракун возглавил правительство.",
            "Анутин",
        ),
    ],
    ids=["ru", "uk", "ru, another"],
)
def test_a_name_after_a_quoted_name_is_inside_the_run(
    query: str, language: str, text: str, form: str
) -> None:
    assert matched(query, language, text) == [form]


@pytest.mark.parametrize(
    ("query", "language", "text"),
    [
        ("Sisi", "ru", "Актриса Сисси Спейсек получила премию."),
        ("Sisi", "ru", "Лидер группы «Вперёд», Сисси Спейсек выступила."),
        ("Sisi", "ru", "Фильм снят по книге «вперёд» Сисси Спейсек."),
    ],
    ids=["opening the run", "a comma after the quote", "a lower-case word in quotes"],
)
def test_a_given_names_place_stays_one(query: str, language: str, text: str) -> None:
    assert matched(query, language, text) == []
