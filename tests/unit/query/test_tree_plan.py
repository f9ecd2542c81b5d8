"""Planning from the syntax tree: the plan (and estimated share) of the compiled rule, for
every kind of node and option, without compiling the rule's operators."""

from __future__ import annotations

import marshal
import random

import pytest

from tests.unit.query.test_index import ALIASES, random_query
from workers.query import parse_query, planning
from workers.query.compiler import compile_node
from workers.query.keys import index_choice
from workers.query.nodes import DEFAULT_FIELDS
from workers.query.planning import _choice, tree_plan

OPTIONS = [(False, "exact"), (True, "exact"), (False, "scripts"), (False, "variants")]
QUERIES = [
    "Lavrov",
    '"Sergey Lavrov" AND talks',
    '"Lavrov terrorism"~4 OR attack',
    "=US AND sanctions",
    "terror* AND NOT sport",
    "*ism",
    "wom?n AND Cairo",
    "NOT Lavrov",
    "title:Lavrov AND (source:tass OR url:kremlin)",
    "lang:ru AND body:attack",
    "@lav AND talks",
    "@empty OR talks",
    "%% AND talks",
    '%% OR "--"',
    "Lavrov NEAR/3 terror*",
    "(Lavrov ONEAR/2 Shoigu) AND NOT (talks OR attack)",
    "(Lavrov AND talks) OR (Shoigu AND (attack OR sanctions) AND Cairo)",
    "Αθήνα AND 北京 AND ёлка",
    "Ursula von der Leyen AND talks",
    "bin Salman OR al-Assad",
    '"Mohammed bin Salman" AND oil',
    "al AND de",
]
ALL_ALIASES = {**ALIASES, "empty": []}


@pytest.mark.parametrize(("stemming", "names"), OPTIONS)
@pytest.mark.parametrize("query", QUERIES)
def test_the_tree_plan_is_the_compiled_rules_plan(query: str, stemming: bool, names: str) -> None:
    root = parse_query(query, aliases=ALL_ALIASES).root
    compiled = compile_node(root, stemming=stemming, names=names)
    assert _choice(root, (stemming, DEFAULT_FIELDS, names)) == index_choice(compiled)


@pytest.mark.parametrize(("stemming", "names"), OPTIONS)
def test_random_queries_plan_as_compiled(stemming: bool, names: str) -> None:
    rng = random.Random(15)
    for _ in range(300):
        root = parse_query(random_query(rng), aliases=ALIASES).root
        compiled = compile_node(root, stemming=stemming, names=names)
        expected = index_choice(compiled)
        assert tree_plan(root, stemming=stemming, names=names) == (
            None if expected is None else expected[0]
        )


def test_a_leaf_written_by_many_rules_is_planned_once() -> None:
    first = tree_plan(parse_query("Kalovisky AND oil").root, stemming=False, names="variants")
    second = tree_plan(parse_query("gas AND Kalovisky").root, stemming=False, names="variants")
    assert first is not None and second is not None
    assert first[0][0] is second[0][0]  # the same interned key object


def _plan(query: str) -> object:
    return tree_plan(parse_query(query).root, stemming=False, names="variants")


def test_leaves_planned_elsewhere_are_adopted_not_planned_again(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(planning, "_NEW", None)  # restored after the test
    planning.planned_leaves()  # start keeping them, as a pool child does
    expected = _plan('"Orlanda Vemisk" AND Tavrosh')
    leaves = planning.planned_leaves()
    assert {key[1] for key, _ in leaves} == {"Orlanda Vemisk", "Tavrosh"}
    monkeypatch.setattr(planning, "_LEAVES", {})  # another process, which planned none
    planning.adopt_leaves(marshal.loads(marshal.dumps(leaves)))
    adopted = dict(planning._LEAVES)
    assert _plan('"Orlanda Vemisk" AND Tavrosh') == expected
    # Not planned again: no leaf added or replaced. (Not a patched compile_node: the
    # compiled build, workers/query/native.py, calls it directly.)
    assert planning._LEAVES.keys() == adopted.keys()
    assert all(planning._LEAVES[key] is choice for key, choice in adopted.items())


def test_a_process_hands_on_only_the_leaves_planned_since_it_was_last_asked(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(planning, "_NEW", None)
    planning.planned_leaves()
    _plan("Quenberry AND Hostavel")
    assert len(planning.planned_leaves()) == 2
    _plan("Quenberry AND Hostavel")
    assert planning.planned_leaves() == []


@pytest.mark.parametrize(("stemming", "names"), OPTIONS)
def test_whether_a_rule_is_keyed_needs_no_name_keys(stemming: bool, names: str) -> None:
    """What a check that plans nothing reports (the rule index warning) is what planning
    under the rule's own name policy finds."""
    rng = random.Random(16)
    queries = [parse_query(q, aliases=ALL_ALIASES) for q in QUERIES]
    queries += [parse_query(random_query(rng), aliases=ALIASES) for _ in range(300)]
    for query in queries:
        planned = tree_plan(query.root, stemming=stemming, names=names)
        assert planning.keyable(query.root, stemming=stemming) is (planned is not None), query
