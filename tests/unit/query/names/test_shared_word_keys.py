"""A compiled name term holds its words' key sets themselves, not copies: a long-running
worker of a large rule set holds thousands of name terms, each word's keys about 2 KB of set."""

from __future__ import annotations

import pytest

from workers.query.compiler import compile_node
from workers.query.names.forms import phrase_word_keys, term_keys
from workers.query.names.matcher import NameWords
from workers.query.parser import parse_query


def _name_words(query: str) -> NameWords:
    found = compile_node(parse_query(query).root, stemming=False, names="variants")
    assert isinstance(found, NameWords)
    return found


@pytest.mark.parametrize("term", ["Lavrov", "Zelensky", "Shoukry"])
def test_a_one_word_name_holds_the_words_own_key_set(term: str) -> None:
    assert _name_words(term).keys[0] is term_keys(term, "variants")


@pytest.mark.parametrize(("phrase", "words"), [('"Sergei Lavrov"', ("Sergei", "Lavrov"))])
def test_a_name_of_several_words_holds_each_words_own_key_set(
    phrase: str, words: tuple[str, ...]
) -> None:
    held = _name_words(phrase).keys
    assert held[-1] is phrase_word_keys(words[-1], "variants")
