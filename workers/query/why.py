"""Why a query did not match an article: the clauses that failed, for ``rules test``."""

from __future__ import annotations

from dataclasses import dataclass

from .analysis import AnalyzedDocument
from .compiler import compile_node
from .nodes import DEFAULT_FIELDS, And, Field, Near, Node, Not, Or, Query
from .printer import to_text


@dataclass(frozen=True)
class Failure:
    """A clause that kept the query from matching: ``reason`` is "missing" or "excluded"."""

    clause: str
    offset: int
    reason: str


def why_not(
    query: Query, doc: AnalyzedDocument, *, stemming: bool = False, names: str = "exact"
) -> list[Failure]:
    """The failing clauses of ``query`` on ``doc``; empty if the query matches.

    An AND reports each failing part; an OR, phrase, NEAR or term reports itself; a NOT
    reports the excluded clause that was found. Clauses inside ``title:(...)`` keep the scope.
    """
    return _why(query.root, doc, _Options(stemming, names), DEFAULT_FIELDS, "")


@dataclass(frozen=True)
class _Options:
    stemming: bool
    names: str


def _why(
    node: Node, doc: AnalyzedDocument, options: _Options, fields: tuple[str, ...], scope: str
) -> list[Failure]:
    matcher = compile_node(node, stemming=options.stemming, fields=fields, names=options.names)
    if matcher.hits(doc) is not None:
        return []
    if isinstance(node, Field):
        return _why(node.item, doc, options, (node.name,), f"{node.name}:")
    if isinstance(node, And):
        return [f for item in node.items for f in _why(item, doc, options, fields, scope)]
    if isinstance(node, Not):
        return [Failure(scope + _group(node.item), node.item.offset, "excluded")]
    return [Failure(scope + _group(node), node.offset, "missing")]


def _group(node: Node) -> str:
    text = to_text(node)
    return f"({text})" if isinstance(node, Or | And | Near) else text
