"""A French or Senegalese name's final -aye is said ai (Faye = Фай = Φάι, Laye = Лай):
other scripts write it without its e; other words starting so are not the name."""

from __future__ import annotations

import pytest

from tests.unit.query.test_names import matched


@pytest.mark.parametrize(
    ("term", "language", "text", "form"),
    [
        ("Faye", "ru", "Певица Фай выступила в Дакаре.", "Фай"),
        ("Faye", "uk", "Президент Фай зустрівся з послом.", "Фай"),
        ("Faye", "el", "Ο Σενεγαλέζος πρόεδρος Φάι επισκέφθηκε το Παρίσι.", "Φάι"),
        ("Laye", "ru", "Гвинейский писатель Камара Лай написал роман.", "Лай"),
    ],
)
def test_a_final_aye_is_found_as_ai(term: str, language: str, text: str, form: str) -> None:
    assert matched(term, language, text) == [form]


@pytest.mark.parametrize(
    ("term", "language", "text"),
    [
        ("Faye", "ru", "Фаина Раневская сыграла в фильме."),
        ("Faye", "ru", "Министр Фаяд выступил в парламенте."),
        ("Faye", "el", "Ο Φαίδων έγραψε ένα βιβλίο."),
    ],
)
def test_other_words_are_not_the_aye_name(term: str, language: str, text: str) -> None:
    assert matched(term, language, text) == []
