"""A Russian name in -ья takes a stressed -ёй in the instrumental (Илья: Ильёй, Марья:
Марьей or Марьёй), which news writes with its ё: such a form is found for the term."""

from __future__ import annotations

import pytest

from tests.unit.query.test_names import matched


@pytest.mark.parametrize(
    ("term", "text", "form"),
    [
        ("Ilya", "Вчера журналисты поговорили с Ильёй о выборах.", "Ильёй"),
        ("Ilya", "Вчера журналисты поговорили с Ильей о выборах.", "Ильей"),
        ("Darya", "Тренер доволен Дарьёй после турнира.", "Дарьёй"),
    ],
)
def test_the_instrumental_in_yoy_is_found(term: str, text: str, form: str) -> None:
    assert matched(term, "ru", text) == [form]


@pytest.mark.parametrize(
    ("term", "language", "text"),
    [
        ("Ilya", "bg", "Вчера журналисти разговаряха с Ильёй."),  # Bulgarian has no cases
        ("Ilyo", "ru", "Вчера журналисты поговорили с Ильёй о выборах."),  # -ья, not -ьо
    ],
)
def test_the_instrumental_in_yoy_stays_a_ya_names(term: str, language: str, text: str) -> None:
    assert matched(term, language, text) == []
