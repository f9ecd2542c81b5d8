"""A French name's final -gne, said ny, as Cyrillic (нь) and Greek (ν) write it: ``Champagne``
= ``Шампань`` = ``Σαμπάν``, in its cases; the final vowel still tells another word."""

from __future__ import annotations

import pytest

from tests.unit.query.test_names import matched


@pytest.mark.parametrize(
    ("query", "language", "text", "found"),
    [
        ("Montagne", "ru", "Депутат Жан Монтань заявил о реформе.", ["Монтань"]),
        ("Montagne", "ru", "Журналисты спросили Жана Монтаня о реформе.", ["Монтаня"]),
        ("Montagne", "uk", "Депутат Жан Монтань заявив про реформу.", ["Монтань"]),
        ("Montagne", "el", "Ο βουλευτής Ζαν Μοντάν μίλησε για τη μεταρρύθμιση.", ["Μοντάν"]),
        ("Lamagne", "ru", "Тренер поговорил с Ламанем после матча.", ["Ламанем"]),
    ],
    ids=["ru", "ru, genitive", "uk", "el", "ru, instrumental"],
)
def test_a_final_gne_is_said_ny(query: str, language: str, text: str, found: list[str]) -> None:
    assert matched(query, language, text) == found


@pytest.mark.parametrize(
    ("query", "language", "text"),
    [
        ("Montagne", "ru", "Итальянец Монтано забил второй гол."),
        ("Montagne", "el", "Η πολιτεία της Μοντάνα ψήφισε τον νόμο."),
    ],
    ids=["ru, another final vowel", "el, another final vowel"],
)
def test_another_word_is_not_found(query: str, language: str, text: str) -> None:
    assert matched(query, language, text) == []
