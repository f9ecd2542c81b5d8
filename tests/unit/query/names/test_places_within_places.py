"""A town after Slavic "in" and before "on" an island or land (``в Хании на Крите``, in
Chania on Crete) and a Greek name after a neuter plural article (``τα Χανιά``) is a place,
not the person a name term finds in another script or case."""

from __future__ import annotations

import pytest

from tests.unit.query.test_names import matched


@pytest.mark.parametrize(
    ("term", "language", "text"),
    [
        ("Haniyeh", "ru", "Мы отдыхали в Хании на Крите прошлым летом."),
        ("Haniyeh", "pl", "Spędziliśmy tydzień w Chanii na Krecie."),
        ("Haniyeh", "el", "Πήγαμε στα Χανιά για διακοπές."),
        ("Haniyeh", "el", "Τα Χανιά είναι γεμάτα τουρίστες."),
    ],
)
def test_a_place_is_not_the_name(term: str, language: str, text: str) -> None:
    assert matched(term, language, text) == []


@pytest.mark.parametrize(
    ("term", "language", "text", "form"),
    [
        ("Haniyeh", "ru", "Израиль обвинил Ханию в организации нападения.", "Ханию"),
        ("Haniyeh", "ru", "Об этом заявил Исмаил Хания в Дохе.", "Хания"),
        ("Haniyeh", "ru", "Покушение на Ханию в Тегеране осудили.", "Ханию"),
        ("Haniyeh", "el", "Ο Ισμαήλ Χανίγια μίλησε στα μέσα ενημέρωσης.", "Χανίγια"),
        ("Haniyeh", "el", "Συνάντηση με τον Χανίγια στη Ντόχα.", "Χανίγια"),
    ],
)
def test_the_person_is_still_found(term: str, language: str, text: str, form: str) -> None:
    assert matched(term, language, text) == [form]
