"""A final -che's e is silent only in French, whose ch is sh there (Roche = Рош): read as
German kh or Italian k, the ch keeps its e (Reiche = Райхе, not Reich = Ράιχ)."""

from __future__ import annotations

import pytest

from tests.unit.query.test_names import matched
from workers.query.names.phonetic import HEARD, latin_keys


@pytest.mark.parametrize(
    ("term", "language", "text", "form"),
    [
        ("Bloche", "ru", "Депутат Блош выступил в парламенте.", "Блош"),  # French: sh, e silent
        ("Bloche", "el", "Ο βουλευτής Μπλος μίλησε στη Βουλή.", "Μπλος"),
        ("Fleische", "ru", "Депутат Флайше выступил в парламенте.", "Флайше"),  # German: kh, e said
        ("Weiche", "ru", "Художник Вайхе открыл выставку.", "Вайхе"),
        ("Brache", "el", "Ο ζωγράφος Μπράχε εξέθεσε έργα.", "Μπράχε"),
    ],
)
def test_a_final_che_is_found(term: str, language: str, text: str, form: str) -> None:
    assert matched(term, language, text) == [form]


@pytest.mark.parametrize(
    ("term", "language", "text"),
    [
        ("Brache", "el", "Ο ζωγράφος Μπραχ εξέθεσε έργα."),  # kh and no e: another name
        ("Weiche", "ru", "Художник Вайх открыл выставку."),
        ("Brache", "ru", "Художник Брак открыл выставку."),  # k and no e (Braque)
    ],
)
def test_a_spoken_ch_keeps_its_e(term: str, language: str, text: str) -> None:
    assert matched(term, language, text) == []


@pytest.mark.parametrize(
    ("reading", "without_e"),
    [("reiche", {"RiX"}), ("roche", {"RoX", "ReX", "RuX"}), ("fritsche", {"FRiX"})],
)
def test_only_sh_drops_a_final_che_e(reading: str, without_e: set[str]) -> None:
    keys = latin_keys(reading, loose=HEARD)
    assert {k for k in keys if not k.endswith(("e", "a"))} == without_e
