"""Vietnamese ư of an ương, typed u (Luong, Cuong, Phuong): Russian writes it ы and
Ukrainian и (Лыонг Кыонг, Лионг Кионг); another uo keeps its u (Cuomo)."""

from __future__ import annotations

import pytest

from tests.unit.query.test_names import matched


@pytest.mark.parametrize(
    ("term", "language", "text", "form"),
    [
        ('"Luong Cuong"', "ru", "Вчера Лыонг Кыонг прибыл в Москву.", "Лыонг Кыонг"),
        ('"Luong Cuong"', "uk", "Вчора Лионг Кионг прибув до Києва.", "Лионг Кионг"),
        ("Phuong", "ru", "Певица Фыонг выступила в Ханое.", "Фыонг"),
    ],
)
def test_a_vietnamese_uong_is_found_as_written(
    term: str, language: str, text: str, form: str
) -> None:
    assert matched(term, language, text) == [form]


@pytest.mark.parametrize(
    ("term", "language", "text"),
    [
        ("Cuomo", "ru", "Губернатор Киомо выступил."),  # no ng after
        ("Phuong", "ru", "Певица Фионна выступила в Ханое."),
    ],
)
def test_other_words_are_not_the_vietnamese_name(term: str, language: str, text: str) -> None:
    assert matched(term, language, text) == []
