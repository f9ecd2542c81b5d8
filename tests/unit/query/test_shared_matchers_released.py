"""The shared matchers (one per distinct term and shape, see compiler) hold only what some
compiled rule still holds: once rules are dropped at the bound of compiled rules, the terms
and shapes none of the held rules holds are let go (a worker that met every rule of a large
set held every term's matcher and its names' keys), and the held ones stay shared."""

from __future__ import annotations

import pytest

from workers.query.compiled import CompiledRules
from workers.query.compiler import compile_node, release_unheld_matchers
from workers.query.matchers import Matcher
from workers.query.parser import parse_query
from workers.query.rules import RuleSpec


def _compiled(query: str) -> Matcher:
    return compile_node(parse_query(query).root)


def _released_all() -> None:
    """Release until nothing is left (earlier tests' terms may be held by shapes alone)."""
    while release_unheld_matchers():
        pass


def test_the_matchers_of_a_rule_no_longer_held_are_let_go() -> None:
    _released_all()
    _compiled("quarrelsome AND pelican AND spoon")  # held by nothing: three terms, one AND
    assert release_unheld_matchers() == 4
    assert release_unheld_matchers() == 0


def test_the_matchers_of_a_held_rule_stay_shared() -> None:
    held = _compiled("placid AND heron")
    _released_all()
    assert _compiled("placid AND heron") is held


@pytest.mark.parametrize(
    ("release_every", "unheld"),
    [
        pytest.param(10, 5 * 3, id="released at 10 and 20 of 25 drops: the last 5 rules' left"),
        pytest.param(1000, 25 * 3, id="never released: every dropped rule's matchers left"),
    ],
)
def test_dropping_rules_at_the_bound_lets_their_matchers_go(
    release_every: int, unheld: int
) -> None:
    _released_all()
    specs = [RuleSpec(f"r{i}", parse_query(f"lighthouse{i} AND keeper{i}")) for i in range(30)]
    rules = CompiledRules(specs, limit=5, release_every=release_every)
    for rule_id in range(len(specs)):
        rules.get(rule_id)
    assert len(rules) == 5
    assert release_unheld_matchers() == unheld  # two terms and their AND a rule
