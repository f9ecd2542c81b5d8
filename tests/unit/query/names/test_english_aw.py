"""English aw before a consonant is said o, which Greek writes ο and Russian often о
(Lawson = Λόσον, Hawking = Хокинг = Χόκινγκ): a term is also read so."""

from __future__ import annotations

import pytest

from tests.unit.query.test_names import matched


@pytest.mark.parametrize(
    ("term", "language", "text", "form"),
    [
        ("Hawking", "ru", "Физик Стивен Хокинг написал «Краткую историю времени».", "Хокинг"),
        ("Hawking", "el", "Ο φυσικός Στίβεν Χόκινγκ έγραψε για τις μαύρες τρύπες.", "Χόκινγκ"),
        ("Crawford", "el", "Η ηθοποιός Τζόαν Κρόφορντ κέρδισε Όσκαρ.", "Κρόφορντ"),
        ("Lawrence", "el", "Η Τζένιφερ Λόρενς πρωταγωνιστεί στην ταινία.", "Λόρενς"),
    ],
)
def test_aw_said_o(term: str, language: str, text: str, form: str) -> None:
    assert form in matched(term, language, text)


@pytest.mark.parametrize(
    ("term", "language", "text"),
    [
        ("Dawson", "el", "Ο υπουργός Ντέισον μίλησε στη Βουλή."),
        ("Hawking", "ru", "Хакинг стал главной угрозой для банков."),
        ("Lawson", "ru", "Лисон выступил в парламенте."),
    ],
)
def test_others_stay_apart(term: str, language: str, text: str) -> None:
    assert matched(term, language, text) == []
