"""Czech declines a man's name in -ja (an Arabic -iya: Haníja, Ruqajja) softly: the
genitive ends in -ji (Haníji), which is read as the -ja name; other words stay apart."""

from __future__ import annotations

import pytest

from tests.unit.query.test_names import matched


@pytest.mark.parametrize(
    ("term", "language", "text", "form"),
    [
        ("Haniyeh", "cs", "Pohřbu Haníji se zúčastnily tisíce lidí.", "Haníji"),
        ("Zakariya", "cs", "Podle Zakaríji jednání pokračují.", "Zakaríji"),
    ],
)
def test_a_soft_ja_genitive_is_found(term: str, language: str, text: str, form: str) -> None:
    assert matched(term, language, text) == [form]


@pytest.mark.parametrize(
    ("term", "language", "text"),
    [
        ("Haniyeh", "cs", "Pohřbu Hanáka se zúčastnily tisíce lidí."),  # another surname
        ("Zakariya", "cs", "Podle Zachariáše jednání pokračují."),
    ],
)
def test_other_words_are_not_the_name(term: str, language: str, text: str) -> None:
    assert matched(term, language, text) == []
