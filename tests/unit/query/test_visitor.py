"""The visitor seam over query nodes: every node type dispatched, a missing method caught early."""

from __future__ import annotations

from typing import get_args

import pytest

from workers.query.nodes import Alias, And, Field, Near, Node, Not, Or, Phrase, Term, Wildcard
from workers.query.visitor import METHODS, NodeVisitor, children

A, B = Term("a"), Term("b")

SAMPLES: list[tuple[Node, tuple[Node, ...]]] = [
    (A, ()),
    (Phrase("a b"), ()),
    (Wildcard("a*"), ()),
    (And((A, B)), (A, B)),
    (Or((A, B)), (A, B)),
    (Not(A), (A,)),
    (Near(A, B, 3), (A, B)),
    (Field("title", A), (A,)),
    (Alias("x", (A, B)), (A, B)),
]


class _Name(NodeVisitor[str]):
    """Answers the name of the method that was called."""

    def visit_term(self, node: Term) -> str:
        return "visit_term"

    def visit_phrase(self, node: Phrase) -> str:
        return "visit_phrase"

    def visit_wildcard(self, node: Wildcard) -> str:
        return "visit_wildcard"

    def visit_and(self, node: And) -> str:
        return "visit_and"

    def visit_or(self, node: Or) -> str:
        return "visit_or"

    def visit_not(self, node: Not) -> str:
        return "visit_not"

    def visit_near(self, node: Near) -> str:
        return "visit_near"

    def visit_field(self, node: Field) -> str:
        return "visit_field"

    def visit_alias(self, node: Alias) -> str:
        return "visit_alias"


def test_every_node_type_has_a_visit_method() -> None:
    assert set(METHODS) == set(get_args(Node))


def test_samples_cover_every_node_type() -> None:
    assert {type(node) for node, _ in SAMPLES} == set(get_args(Node))


@pytest.mark.parametrize(("node", "_"), SAMPLES, ids=lambda v: type(v).__name__)
def test_visit_calls_the_method_of_the_node_type(node: Node, _: object) -> None:
    assert _Name().visit(node) == METHODS[type(node)]


@pytest.mark.parametrize(("node", "expected"), SAMPLES, ids=lambda v: type(v).__name__)
def test_children_are_the_nodes_directly_below(node: Node, expected: tuple[Node, ...]) -> None:
    assert children(node) == expected


def test_a_visitor_missing_a_method_fails_when_defined() -> None:
    with pytest.raises(TypeError, match="visit_near"):

        class _Partial(NodeVisitor[int]):
            def visit_term(self, node: Term) -> int:
                return 1

            def visit_phrase(self, node: Phrase) -> int:
                return 1

            def visit_wildcard(self, node: Wildcard) -> int:
                return 1

            def visit_and(self, node: And) -> int:
                return 1

            def visit_or(self, node: Or) -> int:
                return 1

            def visit_not(self, node: Not) -> int:
                return 1

            def visit_field(self, node: Field) -> int:
                return 1

            def visit_alias(self, node: Alias) -> int:
                return 1
