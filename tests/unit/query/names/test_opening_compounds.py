"""A Cyrillic word opening a sentence and a hyphenated word whose next part is in lower case
is a common noun's compound (``Интернет-магазин``, ``Шоу-бизнес``): its capital is the
sentence's, not a name's; a name before "junior" or a particle still counts."""

from __future__ import annotations

import pytest

from tests.unit.query.test_names import matched


@pytest.mark.parametrize(
    ("query", "language", "text"),
    [
        ("Shou", "ru", "Шоу-бизнес переживает тяжёлые времена."),
        ("Kafe", "uk", "Кафе-бар відкрився на розі вулиці."),
        ("Premier", "ru", "Премьер-лига вернулась после паузы."),
        ("Dizel", "bg", "Дизел-генераторът спря след час."),
    ],
    ids=["ru", "uk", "ru, another", "bg"],
)
def test_a_compound_opening_a_sentence_is_no_name(query: str, language: str, text: str) -> None:
    assert matched(query, language, text) == []


@pytest.mark.parametrize(
    ("query", "language", "text", "found"),
    [
        ("Bush", "ru", "Буш-младший выступил с речью.", ["Буш"]),
        ("Lavrov", "ru", "Лавров-то знал об этом заранее.", ["Лавров"]),
        ("Shou", "ru", "Ведущий Шоу-бизнес не обсуждал.", ["Шоу"]),
        ("Lavrov", "ru", "Лавров — министр с опытом.", ["Лавров"]),
    ],
    ids=["junior", "a particle", "inside a sentence", "a dash, no hyphen"],
)
def test_the_name_is_still_found(query: str, language: str, text: str, found: list[str]) -> None:
    assert matched(query, language, text) == found
