"""The ordinary-opener rule (see openers: ``Magyar is the language``) doubts the term's own
spelling only where the language writes it often enough to be an ordinary word: a name it
seldom writes opening a sentence before a definition or a list is the name, as exact
matching finds it. Another spelling found through the keys stays a doubt."""

from __future__ import annotations

import pytest

from tests.unit.query.test_names import matched


@pytest.mark.parametrize(
    ("query", "language", "text"),
    [
        ("Hamdok", "en", "Hamdok is the head of the new council."),
        ("Takaichi", "en", "Takaichi was a minister in the last cabinet."),
        ("Khumalo", "en", "Khumalo and two party leaders met in Durban."),
    ],
)
def test_a_rare_word_opening_a_definition_or_a_list_is_the_name(
    query: str, language: str, text: str
) -> None:
    assert matched(query, language, text) == matched(query, language, text, names="exact")
    assert matched(query, language, text) == [query]


@pytest.mark.parametrize(
    ("query", "language", "text"),
    [
        ("Meloni", "it", "Meloni e cocomeri maturi riempiono i banchi."),  # melons
        ("Metsola", "it", "Mezzola è un piccolo lago alpino."),  # another spelling
        ("Magyar", "en", "Magyar is a language of the Uralic family."),
    ],
)
def test_an_ordinary_word_or_another_spelling_there_is_no_name(
    query: str, language: str, text: str
) -> None:
    assert matched(query, language, text) == []
