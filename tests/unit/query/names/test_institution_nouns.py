"""A name in its nominative right after the noun for a university, institute, academy,
mosque or school (an Arabic article between or not) is the institution's (``Университет
аль-Азхар``); a person's genitive there stays the person (``университет Джонса Хопкинса``)."""

from __future__ import annotations

import pytest

from tests.unit.query.test_names import matched


@pytest.mark.parametrize(
    ("term", "language", "text"),
    [
        ("Azhar", "ru", "Университет аль-Азхар осудил нападение на мечеть."),
        ("Azhar", "ru", "Мечеть аль-Азхар открылась после реставрации."),
        ("Azhar", "el", "Το Πανεπιστήμιο Αλ Αζχάρ καταδίκασε την επίθεση."),
        ("Azhar", "uk", "Студенти університету аль-Азхар вийшли на протест."),
        ("Chalmers", "el", "Το Πανεπιστήμιο Τσάλμερς ανακοίνωσε νέα συνεργασία."),
    ],
)
def test_the_institutions_name_is_not_the_person(term: str, language: str, text: str) -> None:
    assert matched(term, language, text) == []


@pytest.mark.parametrize(
    ("term", "language", "text", "form"),
    [
        ("Azhar", "ru", "Индия обвинила Масуда Азхара в организации теракта.", "Азхара"),
        ("Azhar", "ru", "Лидер группировки Масуд Азхар внесён в санкционный список.", "Азхар"),
        ("Hopkins", "ru", "Университет Джонса Хопкинса опубликовал новые данные.", "Хопкинса"),
        ("Sklifosovsky", "ru", "Его доставили в институт Склифосовского.", "Склифосовского"),
    ],
)
def test_a_person_is_still_found(term: str, language: str, text: str, form: str) -> None:
    assert matched(term, language, text) == [form]
