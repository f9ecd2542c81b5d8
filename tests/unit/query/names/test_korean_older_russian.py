"""Korean family names Russian writes the older way of the Soviet Union's Koreans: Choe and
Choi as Цой (Choe Son Hui = Цой Сон Хи), in a Korean name of several words."""

from __future__ import annotations

import pytest

from tests.unit.query.test_names import matched


@pytest.mark.parametrize(
    ("term", "language", "text", "form"),
    [
        ('"Choe Son Hui"', "ru", "Вчера Цой Сон Хи встретилась с послом.", "Цой Сон Хи"),
        ('"Choe Ryong Hae"', "ru", "Председатель Цой Рён Хэ выступил в Пхеньяне.", "Цой Рён Хэ"),
        ('"Choi Kyung-hwan"', "uk", "Міністр Цой Кьон Хван виступив у Сеулі.", "Цой Кьон Хван"),
    ],
)
def test_an_older_russian_family_name_is_found(
    term: str, language: str, text: str, form: str
) -> None:
    assert matched(term, language, text) == [form]


@pytest.mark.parametrize(
    ("term", "language", "text"),
    [
        ('"Choe Son Hui"', "ru", "Певец Виктор Цой родился в Ленинграде."),  # the name alone
        ("Choe", "ru", "Певец Цой родился в Ленинграде."),  # a word alone
        ('"Cho Tae-yong"', "ru", "Министр Цой Тхэ Ён прибыл в Москву."),  # another family
    ],
)
def test_other_words_are_not_the_korean_name(term: str, language: str, text: str) -> None:
    assert matched(term, language, text) == []
