"""The multi-term presearcher: candidates are few when rules share names, and the index never
loses a match (property: index matches == evaluating every rule, on random rules/articles)."""

from __future__ import annotations

import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.unit.query.test_index import random_doc, random_spec
from workers.query import Document, RuleIndex, RuleSpec, analyze, parse_query
from workers.query.compiler import compile_node
from workers.query.keys import key_plan


@settings(max_examples=60, deadline=None)
@given(st.integers(min_value=0, max_value=2**32), st.booleans())
def test_index_matches_equal_evaluating_every_rule(seed: int, lazy: bool) -> None:
    rng = random.Random(seed)
    index = RuleIndex.build([random_spec(rng, i) for i in range(120)], lazy=lazy)
    for _ in range(15):
        doc = analyze(random_doc(rng))
        assert index.match(doc) == index.match_naive(doc)


def plan(query: str) -> list[list[str]]:
    found = key_plan(compile_node(parse_query(query).root))
    assert found is not None
    return [[value for _, value in conj] for conj in found]


def test_a_phrase_needs_all_its_words() -> None:
    assert plan('"Sergey Lavrov"') == [["lavrov", "sergey"]]


def test_an_and_needs_its_two_rarest_looking_parts() -> None:
    assert plan("attack AND Lavrov AND Shoigu") == [["lavrov", "shoigu"]]


def test_an_and_of_an_or_needs_one_pair_per_branch() -> None:
    assert plan("Lavrov AND (talks OR summit)") == [["lavrov", "talks"], ["lavrov", "summit"]]


def test_not_never_makes_a_key() -> None:
    assert plan("Lavrov AND NOT talks") == [["lavrov"]]


def test_rules_sharing_a_name_are_candidates_only_with_their_partner_word() -> None:
    topics = [f"topic{i}" for i in range(500)]
    specs = [RuleSpec(t, parse_query(f"Putin AND {t}")) for t in topics]
    index = RuleIndex.build(specs)
    doc = analyze(Document("Putin", "on topic7 and topic42"))
    assert [specs[i].name for i in index.candidates(doc)] == ["topic7", "topic42"]


@pytest.mark.parametrize("rules", [3, 40])  # checked one by one, and grouped by their key
def test_rules_sharing_a_phrase_are_candidates_only_with_their_third_word(rules: int) -> None:
    queries = [f'"Sergey Lavrov" AND place{i % 4}' for i in range(rules)]
    queries += ['"Sergey Lavrov" AND terror*', '"Sergey Lavrov" AND (talks OR place1)']
    queries += [f"place{i % 4} AND word{i}" for i in range(400)]  # places: common words
    index = RuleIndex.build([RuleSpec(f"r{i}", parse_query(q)) for i, q in enumerate(queries)])
    doc = analyze(Document("", "Sergey Lavrov held talks in Place1 and Place2 on terrorism"))
    expected = [f"r{i}" for i in range(rules) if i % 4 in (1, 2)] + [f"r{rules}", f"r{rules + 1}"]
    assert [index.specs[i].name for i in index.candidates(doc)] == expected
    assert [m.rule for m in index.match(doc)] == expected
    assert index.match(doc) == index.match_naive(doc)
