"""Azerbaijani Latin spells names by its letters' sounds: ə is an a, q a g (and a k, as
written), c a j, ğ a gh: a term written as English news spell the name finds it in an
Azerbaijani article; other names and ordinary words stay apart."""

from __future__ import annotations

import pytest

from tests.unit.query.test_names import matched


@pytest.mark.parametrize(
    ("term", "language", "text", "form"),
    [
        ("Aliyev", "az", "Prezident İlham Əliyev fərman imzalayıb.", "Əliyev"),
        ("Guliyev", "az", "Deputat Anar Quliyev parlamentdə çıxış edib.", "Quliyev"),
        ("Garayev", "az", "Bəstəkar Qara Qarayev haqqında film çəkilib.", "Qarayev"),
        ("Kasimov", "az", "Nazir Zakir Qasımov bəyanat verib.", "Qasımov"),
        ("Jafarov", "az", "Deputat Ceyhun Cəfərov bəyanat verib.", "Cəfərov"),
        ("Mammadyarov", "az", "Keçmiş nazir Elmar Məmmədyarov çıxış edib.", "Məmmədyarov"),
        ("Aghayev", "az", "Müğənni Kamran Ağayev konsert verib.", "Ağayev"),
    ],
)
def test_an_azerbaijani_spelling_is_found(term: str, language: str, text: str, form: str) -> None:
    assert matched(term, language, text) == [form]


@pytest.mark.parametrize(
    ("term", "language", "text"),
    [
        ("Aliyev", "az", "Deputat Elçin Əlizadə çıxış edib."),  # another surname
        ("Guliyev", "az", "Deputat Anar Quluzadə çıxış edib."),
        ("Garayev", "az", "Bəstəkar Qara Qarabağa gəlib."),  # a place
        ("Jafarov", "az", "Deputat Ceyhun Cəlilov bəyanat verib."),
        ("Gasimov", "tr", "Bakan Kasımpaşa'ya gitti."),  # another language, another word
    ],
)
def test_other_words_are_not_the_name(term: str, language: str, text: str) -> None:
    assert matched(term, language, text) == []
