"""A Portuguese final -os, said -ush, as Russian writes it (Ramos-Horta = Рамуш-Орта,
Santos = Сантуш): both letters at once, so an o read u alone is another name (Marcos is no
Маркус)."""

from __future__ import annotations

import pytest

from tests.unit.query.test_names import matched


@pytest.mark.parametrize(
    ("term", "language", "text", "form"),
    [
        ("Ramos-Horta", "ru", "Вчера Рамуш-Орта прибыл в Джакарту.", "Рамуш-Орта"),
        ("Ramos-Horta", "uk", "Слова Рамуша-Орти процитували в Лісабоні.", "Рамуша-Орти"),
        ("Santos", "ru", "Премьер Педру Нуну Сантуш выступил в Лиссабоне.", "Сантуш"),
        ("Carlos", "ru", "Король Карлуш прибыл в Порту.", "Карлуш"),
    ],
)
def test_a_portuguese_final_os_is_found_as_said(
    term: str, language: str, text: str, form: str
) -> None:
    assert matched(term, language, text) == [form]


@pytest.mark.parametrize(
    ("term", "language", "text"),
    [
        ("Marcos", "ru", "Политик Маркус Зёдер выступил в Мюнхене."),  # u without sh
        ("Santos", "ru", "Вчера Сантус прибыл в Лиссабон."),
        ("Ramos", "ru", "Вчера Рамус прибыл в Лиссабон."),
    ],
)
def test_other_words_are_not_the_portuguese_name(term: str, language: str, text: str) -> None:
    assert matched(term, language, text) == []
