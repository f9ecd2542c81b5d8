"""In English, a word found through a name's keys right after an acronym (``CSKA Sofia``,
``BATE Borisov``) is part of a club's or firm's name: kept only where the article names the
person elsewhere. A title written as an acronym (``CEO``) and a two-letter one (``PM``)
stand before names."""

from __future__ import annotations

import pytest

from tests.unit.query.test_names import matched


@pytest.mark.parametrize(
    ("term", "text"),
    [
        ("Kadyrov", "FC Akhmat and ZENIT Kadirov drew in the cup."),
        ("Shevchenko", "NASA Chevchenko crater images were released."),
    ],
)
def test_a_word_after_an_acronym_is_not_the_name(term: str, text: str) -> None:
    assert matched(term, "en", text) == []


@pytest.mark.parametrize(
    ("term", "text", "form"),
    [
        ("Kadyrov", "Chechen leader Kadirov said so. ZENIT Kadirov won.", "Kadirov"),
        ("Kadyrov", "Chechen PM Kadirov said so.", "Kadirov"),
        ("Shevchenko", "Agency CEO Chevchenko said profits rose.", "Chevchenko"),
        ("Zelensky", "BREAKING Zelenskyy says talks will resume.", "Zelenskyy"),
        ("Zelensky", "PRESIDENT ZELENSKYY SAYS TALKS WILL RESUME", "ZELENSKYY"),
    ],
)
def test_the_name_stays_found(term: str, text: str, form: str) -> None:
    assert sorted(set(matched(term, "en", text))) == [form]
