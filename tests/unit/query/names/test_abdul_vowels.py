"""A term of Abdul (Abdel, Abdal) and a name also finds it with the other vowels and as one
word; the name alone stays another name."""

from __future__ import annotations

import pytest

from tests.unit.query.test_names import matched


@pytest.mark.parametrize(
    ("term", "language", "text", "form"),
    [
        ("Abdul-Hamid", "ru", "Президент Бангладеш Абдель Хамид выступил с речью.", "Абдель Хамид"),
        ("Abdul-Hamid", "en", "President Abdelhamid spoke.", "Abdelhamid"),
        ("Abdul-Mahdi", "tr", "Adil Abdulmehdi istifa etti.", "Abdulmehdi"),
        ("Abdul-Mahdi", "fr", "Adel Abdel Mahdi a démissionné.", "Abdel Mahdi"),
        ("Abdel-Rahman", "en", "Minister Abdul Rahman arrived.", "Abdul Rahman"),
    ],
)
def test_abdul_is_found_in_its_other_vowels_and_joined(
    term: str, language: str, text: str, form: str
) -> None:
    assert matched(term, language, text) == [form]


@pytest.mark.parametrize(
    ("term", "language", "text"),
    [
        ("Abdul-Mahdi", "ru", "Махди объявил о джихаде."),
        ("Abdul-Mahdi", "fr", "Le Mahdi a été proclamé au Soudan."),
        ("Abdul-Hamid", "en", "Hamid Karzai visited Kabul."),
    ],
)
def test_the_name_alone_is_not_found(term: str, language: str, text: str) -> None:
    assert matched(term, language, text) == []
