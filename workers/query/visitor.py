"""One seam over the query tree: a visitor dispatching on node type, and each node's children.

A new operator adds a node type here; every visitor that lacks a method for it then fails when
its class is defined (at import), not on the first query that uses the operator.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, ClassVar, Generic, TypeVar

from .nodes import Alias, And, Field, Near, Node, Not, Or, Phrase, Term, Wildcard

R = TypeVar("R")

# Node type -> the method a visitor implements for it.
METHODS: dict[type, str] = {
    Term: "visit_term",
    Phrase: "visit_phrase",
    Wildcard: "visit_wildcard",
    And: "visit_and",
    Or: "visit_or",
    Not: "visit_not",
    Near: "visit_near",
    Field: "visit_field",
    Alias: "visit_alias",
}


class NodeVisitor(Generic[R]):
    """Subclass and implement every ``visit_*`` method; ``visit(node)`` calls the one for its type.

    Dispatch is one dict lookup by ``type(node)`` (the tree's types are final classes, so
    no subclass of a node type needs resolving)."""

    _table: ClassVar[dict[type, Callable[[Any, Any], Any]]] = {}

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        base = NodeVisitor.__dict__
        missing = [name for name in METHODS.values() if getattr(cls, name) is base[name]]
        if missing:
            raise TypeError(f"{cls.__name__} does not implement {', '.join(missing)}")
        cls._table = {kind: getattr(cls, name) for kind, name in METHODS.items()}

    def visit(self, node: Node) -> R:
        result: R = self._table[type(node)](self, node)
        return result

    def visit_term(self, node: Term) -> R:
        raise NotImplementedError

    def visit_phrase(self, node: Phrase) -> R:
        raise NotImplementedError

    def visit_wildcard(self, node: Wildcard) -> R:
        raise NotImplementedError

    def visit_and(self, node: And) -> R:
        raise NotImplementedError

    def visit_or(self, node: Or) -> R:
        raise NotImplementedError

    def visit_not(self, node: Not) -> R:
        raise NotImplementedError

    def visit_near(self, node: Near) -> R:
        raise NotImplementedError

    def visit_field(self, node: Field) -> R:
        raise NotImplementedError

    def visit_alias(self, node: Alias) -> R:
        raise NotImplementedError


def children(node: Node) -> tuple[Node, ...]:
    """The nodes directly below ``node``, left to right (none for a leaf)."""
    return _CHILDREN[type(node)](node)


_CHILDREN: dict[type, Callable[[Any], tuple[Node, ...]]] = {
    Term: lambda node: (),
    Phrase: lambda node: (),
    Wildcard: lambda node: (),
    And: lambda node: node.items,
    Or: lambda node: node.items,
    Alias: lambda node: node.items,
    Not: lambda node: (node.item,),
    Field: lambda node: (node.item,),
    Near: lambda node: (node.left, node.right),
}
