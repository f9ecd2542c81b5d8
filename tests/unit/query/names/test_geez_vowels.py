"""Tigrinya and Amharic names written in Latin letters with a consonant right before a w and
an e, which other spellings write with the Ge'ez syllable's e between, and its we as wo
(Afwerki = Afewerki = Afeworki = Афеворки = Αφεβέρκι)."""

from __future__ import annotations

import pytest

from tests.unit.query.test_names import matched
from workers.query.names.spoken import geez_vowels


@pytest.mark.parametrize(
    ("term", "language", "text", "form"),
    [
        ("Alemwerk", "ru", "Спортсменка Алем Алемеворк выиграла забег.", "Алемеворк"),
        ("Alemwerk", "de", "Die Läuferin Alemewerk gewann in Berlin.", "Alemewerk"),
        ("Alemwerk", "el", "Η Αλεμεβέρκ κέρδισε τον αγώνα.", "Αλεμεβέρκ"),
        ("Alemwerk", "fr", "La coureuse Alemework a gagné à Paris.", "Alemework"),
    ],
)
def test_an_e_is_found_before_the_w(term: str, language: str, text: str, form: str) -> None:
    assert matched(term, language, text) == [form]


@pytest.mark.parametrize(
    ("term", "language", "text"),
    [
        ("Selwyn", "ru", "Министр Селевин прибыл в Лондон."),  # no e after the w
        ("Edwards", "ru", "Министр Эдевардс прибыл в Лондон."),
        ("Sweeney", "ru", "Министр Севини прибыл в Лондон."),  # no vowel before the cluster
    ],
)
def test_only_a_consonant_before_we_is_read_so(term: str, language: str, text: str) -> None:
    assert matched(term, language, text) == []


@pytest.mark.parametrize(
    ("term", "spelled"),
    [("Afwerki", ("afewerki", "afeworki")), ("Selwyn", ()), ("Sweeney", ()), ("Howe", ())],
)
def test_the_readings(term: str, spelled: tuple[str, ...]) -> None:
    assert geez_vowels(term) == spelled
