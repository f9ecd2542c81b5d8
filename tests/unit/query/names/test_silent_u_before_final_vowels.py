"""A Spanish or Filipino qu, gu before an e or i and the word's last vowels (-quia, -quiao,
-guio) is said k, g: its u is silent, and Cyrillic and Greek write none (Уркия, Багио,
Μπαγκίο); other names stay apart."""

from __future__ import annotations

import pytest

from tests.unit.query.test_names import matched


@pytest.mark.parametrize(
    ("term", "language", "text", "form"),
    [
        ("Urquia", "ru", "Аргентинский судья Уркия вынес решение.", "Уркия"),
        ("Urquia", "el", "Ο δικαστής Ουρκία αποφάσισε.", "Ουρκία"),
        ("Tiquia", "ru", "Сенатор Тикия выступила с речью.", "Тикия"),
        ("Baguio", "ru", "Мэр города Багио объявил карантин.", "Багио"),
        ("Baguio", "bg", "Кметът на Багио обяви карантина.", "Багио"),
        ("Baguio", "el", "Ο δήμαρχος του Μπαγκίο ανακοίνωσε μέτρα.", "Μπαγκίο"),
    ],
)
def test_a_silent_u_is_found(term: str, language: str, text: str, form: str) -> None:
    assert matched(term, language, text) == [form]


@pytest.mark.parametrize(
    ("term", "language", "text"),
    [
        ("Urquia", "ru", "Аргентинский судья Урко вынес решение."),
        ("Tiquia", "ru", "Сенатор Тикао выступила с речью."),
        ("Baguio", "ru", "Мэр города Багира объявил карантин."),
    ],
)
def test_other_names_stay_apart(term: str, language: str, text: str) -> None:
    assert matched(term, language, text) == []
