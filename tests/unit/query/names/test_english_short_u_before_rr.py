"""English u before a doubled r and a vowel is a short u, said a (Curry = Карри = Κάρι,
Murray = Маррей = Μάρεϊ), as before two other consonants; an ur's e is kept (Burrows =
Берроуз)."""

from __future__ import annotations

import pytest

from tests.unit.query.test_names import matched


@pytest.mark.parametrize(
    ("term", "language", "text", "form"),
    [
        ("Murray", "ru", "Теннисист Энди Маррей завершил карьеру.", "Маррей"),
        ("Murray", "el", "Ο τενίστας Άντι Μάρεϊ αποσύρθηκε.", "Μάρεϊ"),
        ("Curran", "ru", "Английский бросающий Сэм Карран взял три калитки.", "Карран"),
        ("Burrows", "ru", "Писатель Берроуз жил в Танжере.", "Берроуз"),
    ],
)
def test_short_u_before_rr(term: str, language: str, text: str, form: str) -> None:
    assert form in matched(term, language, text)


@pytest.mark.parametrize(
    ("term", "language", "text"),
    [
        ("Murray", "ru", "Министр Мирей выступил в сенате."),
        ("Curran", "ru", "Футболист Корран забил гол."),
    ],
)
def test_others_stay_apart(term: str, language: str, text: str) -> None:
    assert matched(term, language, text) == []
