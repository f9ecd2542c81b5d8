"""A French surname's final -et, said without its t, in a name of several words: Cyrillic,
Greek and Arabic write it so (Braun-Pivet = Браун-Пиве = Μπράουν-Πιβέ = براون بيفيه); a
word alone keeps its t (Tebet = Тебет, where Тебе is "to you")."""

from __future__ import annotations

import pytest

from tests.unit.query.test_names import matched


@pytest.mark.parametrize(
    ("term", "language", "text", "form"),
    [
        ("Braun-Pivet", "ru", "Вчера Браун-Пиве открыла заседание.", "Браун-Пиве"),
        ("Braun-Pivet", "el", "Η Μπράουν-Πιβέ άνοιξε τη συνεδρίαση.", "Μπράουν-Πιβέ"),
        ("Braun-Pivet", "ar", "افتتحت براون بيفيه الجلسة أمس.", "براون بيفيه"),
        ('"Jean Chauvet"', "ru", "Дипломат Жан Шове прибыл в Москву.", "Жан Шове"),
        ('"Claire Moret"', "uk", "Письменниця Клер Море приїхала до Львова.", "Клер Море"),
    ],
)
def test_a_french_final_et_is_found_as_said(term: str, language: str, text: str, form: str) -> None:
    assert matched(term, language, text) == [form]


@pytest.mark.parametrize(
    ("term", "language", "text"),
    [
        ("Tebet", "ru", "Тебе нужно отдохнуть."),  # a word alone keeps its t
        ("Moret", "ru", "Море было спокойным."),
        ('"Jean Chauvet"', "ru", "Жан Шов прибыл в Москву."),
        ('"Sam Bennett"', "ru", "Сэм Бенне выступил в Лондоне."),  # a doubled consonant
    ],
)
def test_other_words_are_not_the_french_name(term: str, language: str, text: str) -> None:
    assert matched(term, language, text) == []
