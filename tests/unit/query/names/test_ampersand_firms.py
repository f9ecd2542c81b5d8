"""A name joined to another word by an ampersand is a firm's (``Marks & Spencer``,
``Klöckner & Co``), in any script; the person named with "and" stays found."""

from __future__ import annotations

import pytest

from tests.unit.query.test_names import matched


@pytest.mark.parametrize(
    ("term", "language", "text"),
    [
        ("Spencer", "ru", "Сеть Маркс & Спенсер закрыла десять магазинов."),
        ("Kloeckner", "de", "Die Aktie von Klöckner & Co stieg am Montag."),
        ("Young", "el", "Η ελεγκτική Έρνστ & Γιανγκ δημοσίευσε έκθεση."),
    ],
)
def test_a_name_beside_an_ampersand_is_a_firm(term: str, language: str, text: str) -> None:
    assert matched(term, language, text) == []


@pytest.mark.parametrize(
    ("term", "language", "text", "form"),
    [
        ("Lavrov", "ru", "Лавров и Блинкен встретились в Женеве.", "Лавров"),
        ("Kloeckner", "de", "Ministerin Klöckner besuchte die Firma Thyssen & Co.", "Klöckner"),
    ],
)
def test_a_person_beside_no_ampersand_is_found(
    term: str, language: str, text: str, form: str
) -> None:
    assert matched(term, language, text) == [form]
