"""A Catalan -ig after u or o before a consonant or at the end is said ch (Puig = Пуч,
Puigdemont = Пучдемон), dzh before a voiced consonant (Πουτζντεμόν); an English -aig,
-eig (Craig, Greig) keeps its g, and the Catalan ch is no kh (Рох)."""

from __future__ import annotations

import pytest

from tests.unit.query.test_names import matched


@pytest.mark.parametrize(
    ("term", "language", "text", "form"),
    [
        ("Puigdemont", "ru", "Каталонский политик Пучдемон выступил в Брюсселе.", "Пучдемон"),
        ("Puigdemont", "uk", "Каталонський політик Пучдемон виступив у Брюсселі.", "Пучдемон"),
        ("Puigdemont", "el", "Ο Καταλανός Πουτζντεμόν μίλησε στις Βρυξέλλες.", "Πουτζντεμόν"),
        ("Puig", "ru", "Испанский архитектор Пуч построил дворец.", "Пуч"),
    ],
)
def test_a_catalan_ig_is_found_as_ch(term: str, language: str, text: str, form: str) -> None:
    assert matched(term, language, text) == [form]


@pytest.mark.parametrize(
    ("term", "language", "text"),
    [
        ("Craig", "ru", "Крах рынка начался в октябре."),
        ("Roig", "ru", "Художник Рох выставил картины."),
        ("Puigdemont", "ru", "Пуч в Мюнхене провалился."),  # a part of the name only
    ],
)
def test_other_words_are_not_the_catalan_name(term: str, language: str, text: str) -> None:
    assert matched(term, language, text) == []
