"""A Dutch name's final -uy after a consonant is said ei (Van Rompuy = ван Ромпей =
Ρομπέι): other scripts write it so; not Guy or a word without the ending."""

from __future__ import annotations

import pytest

from tests.unit.query.test_names import matched


@pytest.mark.parametrize(
    ("term", "language", "text", "form"),
    [
        ("Rompuy", "ru", "Председатель Евросовета ван Ромпей выступил в Брюсселе.", "Ромпей"),
        ("Rompuy", "el", "Ο πρώην πρόεδρος βαν Ρομπέι μίλησε στις Βρυξέλλες.", "Ρομπέι"),
        ("van Rompuy", "uk", "Голова Євроради ван Ромпей виступив у Брюсселі.", "ван Ромпей"),
    ],
)
def test_a_dutch_uy_is_found_as_ei(term: str, language: str, text: str, form: str) -> None:
    assert matched(term, language, text) == [form]


@pytest.mark.parametrize(
    ("term", "language", "text"),
    [
        ("Guy", "ru", "Гей-парад запретили."),
        ("Rompuy", "ru", "Ромпу выступил."),
        ("Rompuy", "ru", "Ромпа выступил."),
    ],
)
def test_other_words_are_not_the_uy_name(term: str, language: str, text: str) -> None:
    assert matched(term, language, text) == []
