"""A compiled name term holds its words' keys themselves, not copies, and as a sorted tuple,
not a set: a long-running worker of a large rule set holds tens of thousands of name terms,
each word's keys about 3 KB as a set (a hash table), 0.5 KB as a tuple."""

from __future__ import annotations

import pytest

from workers.query.compiler import compile_node
from workers.query.matchers import Matcher, OrMatcher
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


def _every_name_words(matcher: Matcher) -> list[NameWords]:
    """The name terms of ``matcher`` and of the alternatives it ORs (other orders, parts)."""
    if isinstance(matcher, NameWords):
        return [matcher]
    assert isinstance(matcher, OrMatcher)
    return [found for item in matcher.items for found in _every_name_words(item)]


@pytest.mark.parametrize(
    "query", ["Lavrov", '"Sergei Lavrov"', '"von der Leyen"', '"Lee Jae-myung"', "Abdelaziz"]
)
def test_a_name_terms_keys_are_held_as_sorted_tuples(query: str) -> None:
    compiled = compile_node(parse_query(query).root, stemming=False, names="variants")
    held = [keys for term in _every_name_words(compiled) for keys in term.keys]
    assert len(held) >= 1
    assert all(type(keys) is tuple and list(keys) == sorted(set(keys)) for keys in held)


@pytest.mark.parametrize(("phrase", "words"), [('"Sergei Lavrov"', ("Sergei", "Lavrov"))])
def test_a_name_of_several_words_holds_each_words_own_key_set(
    phrase: str, words: tuple[str, ...]
) -> None:
    held = _name_words(phrase).keys
    assert held[-1] is phrase_word_keys(words[-1], "variants")
