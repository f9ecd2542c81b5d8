"""A Romanian name (its oa between consonants, a diphthong of Romanian spelling) ending in a
consonant and an a typed without marks: that a may be ă, which Russian writes э and
Ukrainian е (Sosoaca = Шошоакэ = Шошоаке): also read e, for Cyrillic only. Not a term of
another spelling (Barbara is no Барбарэ), nor in Greek, which writes ă as α."""

from __future__ import annotations

import pytest

from tests.unit.query.test_names import matched
from workers.query.names.spoken import romanian_final_schwa


@pytest.mark.parametrize(
    ("term", "language", "text", "form"),
    [
        ("Toaca", "ru", "Румынский депутат Тоакэ выступил в парламенте.", "Тоакэ"),
        ("Toaca", "uk", "Румунський депутат Тоаке виступив у парламенті.", "Тоаке"),
        ("Doaga", "ru", "Румынский министр Доагэ подал в отставку.", "Доагэ"),
    ],
)
def test_a_final_romanian_schwa(term: str, language: str, text: str, form: str) -> None:
    assert form in matched(term, language, text)


@pytest.mark.parametrize(
    ("term", "language", "text"),
    [
        ("Barbara", "ru", "Певица Барбарэ дала концерт."),
        ("Doaga", "ru", "Румынский министр Доадэ подал в отставку."),
        ("Toaca", "el", "Ο Ρουμάνος βουλευτής Τοάκε μίλησε στη Βουλή."),
    ],
)
def test_others_stay_apart(term: str, language: str, text: str) -> None:
    assert matched(term, language, text) == []


@pytest.mark.parametrize(
    ("term", "expected"),
    [("Sosoaca", ("sosoake",)), ("Doaga", ("doage",)), ("Barbara", ()), ("Lisboa", ())],
)
def test_romanian_final_schwa_spellings(term: str, expected: tuple[str, ...]) -> None:
    assert romanian_final_schwa(term) == expected
