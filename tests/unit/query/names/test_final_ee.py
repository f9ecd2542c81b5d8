"""An English or Indian name's final -ee is said i (Banerjee = Банерджи = Μπανέρτζι,
Chatterjee = Чаттерджи): other scripts write one vowel; other words are not the name."""

from __future__ import annotations

import pytest

from tests.unit.query.test_names import matched


@pytest.mark.parametrize(
    ("term", "language", "text", "form"),
    [
        ("Banerjee", "ru", "Экономист Абхиджит Банерджи получил премию.", "Банерджи"),
        ("Chatterjee", "ru", "Актриса Чаттерджи снялась в новом фильме.", "Чаттерджи"),
        ("Chatterjee", "uk", "Письменник Чаттерджі видав новий роман.", "Чаттерджі"),
        ("Banerjee", "el", "Η Μπανέρτζι κέρδισε τις εκλογές στη Βεγγάλη.", "Μπανέρτζι"),
    ],
)
def test_a_final_ee_is_found_as_i(term: str, language: str, text: str, form: str) -> None:
    assert matched(term, language, text) == [form]


@pytest.mark.parametrize(
    ("term", "language", "text"),
    [
        ("Banerjee", "ru", "Банер висел над входом в здание."),
        ("Mukherjee", "ru", "Мука подорожала в этом месяце."),
        ("Chatterjee", "el", "Ο Τσάτερ έπαιξε στο γήπεδο."),
    ],
)
def test_other_words_are_not_the_ee_name(term: str, language: str, text: str) -> None:
    assert matched(term, language, text) == []
