"""German ``dt`` sounds t, inside a name as at its end: other scripts write it so (Lindtman
= Λίντμαν = Линтман, Brandtner = Брантнер, Dobrindt = Ντόμπριντ); a word with another
consonant there stays apart."""

from __future__ import annotations

import pytest

from tests.unit.query.test_names import matched


@pytest.mark.parametrize(
    ("term", "language", "text", "form"),
    [
        ("Lindtman", "el", "Ο Λίντμαν ζήτησε πρόωρες εκλογές.", "Λίντμαν"),
        ("Lindtman", "ru", "Финский политик Линтман выступил в парламенте.", "Линтман"),
        ("Brandtner", "ru", "Министр Брантнер прибыл в Киев.", "Брантнер"),
        ("Schmidtke", "ru", "Защитник Шмитке забил гол.", "Шмитке"),
        ("Dobrindt", "el", "Ο υπουργός Ντόμπριντ μίλησε για τη μετανάστευση.", "Ντόμπριντ"),
    ],
)
def test_dt_is_heard_as_t(term: str, language: str, text: str, form: str) -> None:
    assert form in matched(term, language, text)


@pytest.mark.parametrize(
    ("term", "language", "text"),
    [
        ("Lindtman", "de", "Der Lindenbaum blüht im Juni."),
        ("Lindtman", "ru", "Линкор вышел в море."),
    ],
)
def test_other_words_stay_apart(term: str, language: str, text: str) -> None:
    assert matched(term, language, text) == []
