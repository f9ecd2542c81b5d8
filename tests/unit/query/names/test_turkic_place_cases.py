"""Turkic languages join a case ending to a place's name without an apostrophe (Azerbaijani
Türkiyəyə, to Turkey; Bakıda, in Baku): a surname right before such a word is not a given
name before a surname, and is found; before another capitalised word it stays a given name."""

from __future__ import annotations

import pytest

from tests.unit.query.test_names import matched


@pytest.mark.parametrize(
    ("term", "text", "form"),
    [
        ("Mammadov", "Deputat Elnur Məmmədov Rusiyaya səfər edib.", "Məmmədov"),
        ("Guliyev", "Nazir Anar Quliyev Bakıda çıxış edib.", "Quliyev"),
        ("Aliyev", "Prezident İlham Əliyev Ankaradan qayıdıb.", "Əliyev"),
        ("Hasanov", "Nazir Zakir Həsənov Türkiyəyə gəldi.", "Həsənov"),
    ],
)
def test_a_surname_before_a_place_in_a_case_is_found(term: str, text: str, form: str) -> None:
    assert matched(term, "az", text) == [form]


@pytest.mark.parametrize(
    ("term", "language", "text"),
    [
        ("Hasan", "az", "Nazir Həsən Məmmədov çıxış edib."),  # a given name before a surname
        ("Hasan", "az", "Nazir Həsən Bakılıyev çıxış edib."),  # no case ending of Bakı
    ],
)
def test_a_given_name_before_another_capitalised_word_is_not_found(
    term: str, language: str, text: str
) -> None:
    assert matched(term, language, text) == []
