"""A Turkish c between vowels before e or i is dzh, and Cyrillic and Greek write it so (Recep =
Реджеп = Ρετζέπ, Ecevit = Эджевит); a final -ce, -ci (Rice, Vance) and other words are not
read so."""

from __future__ import annotations

import pytest

from tests.unit.query.test_names import matched


@pytest.mark.parametrize(
    ("term", "language", "text", "found"),
    [
        ("Recep", "bg", "Вчера говори Реджеп.", ["Реджеп"]),
        ("Recep", "el", "Μίλησε χθες ο Ρετζέπ.", ["Ρετζέπ"]),
        ("Ecevit", "ru", "Премьер Эджевит ушёл в отставку.", ["Эджевит"]),
        ("Necip", "ru", "Поэт Неджип писал о Стамбуле.", ["Неджип"]),
        (
            "Recep Tayyip Erdogan",
            "ru",
            "Президент Реджеп Тайип Эрдоган прибыл в Анкару.",
            ["Реджеп", "Тайип", "Эрдоган"],
        ),
    ],
)
def test_a_turkish_c_before_e_is_found_as_dzh(
    term: str, language: str, text: str, found: list[str]
) -> None:
    assert matched(term, language, text) == found


@pytest.mark.parametrize(
    ("term", "language", "text"),
    [
        ("Rice", "ru", "Кондолиза Раджи выступила вчера."),  # a final -ce stays s
        ("Lucia", "ru", "Певица Луджа выступила вчера."),  # a final syllable: not read so
        ("Recep", "ru", "Рецепт пирога прост."),  # another word
    ],
)
def test_other_words_are_not_read_with_dzh(term: str, language: str, text: str) -> None:
    assert matched(term, language, text) == []
