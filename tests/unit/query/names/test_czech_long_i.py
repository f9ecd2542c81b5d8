"""A foreign name Czech writes with a long final -í (an Arabic name's ī: Barghútí,
Talabání) declines as a soft adjective: Barghútího, Talabánímu."""

from __future__ import annotations

import pytest

from tests.unit.query.test_names import matched


@pytest.mark.parametrize(
    ("term", "language", "text", "form"),
    [
        ("Barghouti", "cs", "Soud odmítl propustit Barghútího z vězení.", "Barghútího"),
        ("Talabani", "cs", "Vláda poděkovala Talabánímu za podporu.", "Talabánímu"),
        ("Talabani", "cs", "Strana Talabáního uspěla ve volbách.", "Talabáního"),
    ],
)
def test_a_long_i_name_is_found_declined(term: str, language: str, text: str, form: str) -> None:
    assert matched(term, language, text) == [form]


@pytest.mark.parametrize(
    ("term", "language", "text"),
    [
        ("Talabani", "cs", "Talabánova strana uspěla ve volbách."),  # no such ending
        ("Barghouti", "cs", "Soud odmítl propustit Barghúta z vězení."),
    ],
)
def test_other_words_are_not_the_long_i_name(term: str, language: str, text: str) -> None:
    assert matched(term, language, text) == []
