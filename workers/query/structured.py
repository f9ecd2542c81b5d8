"""The YAML list form of a query: ``all:`` (AND), ``any:`` (OR), ``none:`` (AND NOT).

It compiles to exactly what the equivalent query text would, and that text is kept on the
:class:`Query` with a map from its offsets back to the list items (``Query.locate``).
"""

from __future__ import annotations

from collections.abc import Sequence

from .nodes import Part, Query, QuerySyntaxError
from .parser import Aliases, parse_node

_NO_ALIASES: Aliases = {}


def structured_query(
    all: Sequence[str] = (),
    any: Sequence[str] = (),
    none: Sequence[str] = (),
    *,
    aliases: Aliases = _NO_ALIASES,
) -> Query:
    """``all`` items must all match, at least one ``any`` item must, no ``none`` item may.

    Each item is itself query text; a syntax error names the item in ``part`` (``any[2]``).
    """
    groups = (("all", all), ("any", any), ("none", none))
    for label, items in groups:
        for i, item in enumerate(items):
            _validate(item, f"{label}[{i}]", aliases)
    if not (all or any or none):
        raise QuerySyntaxError("empty structured query", 0, "give at least one of all, any, none")
    out = _Composer()
    for i, item in enumerate(all):
        out.clause("(", f"all[{i}]", item, ")")
    if any:
        out.put(" AND " if out.text else "")
        out.put("(")
        for i, item in enumerate(any):
            out.put(" OR " if i else "")
            out.item("(", f"any[{i}]", item, ")")
        out.put(")")
    for i, item in enumerate(none):
        out.clause("NOT (", f"none[{i}]", item, ")")
    return Query(out.text, parse_node(out.text, aliases), tuple(out.parts))


def _validate(item: str, label: str, aliases: Aliases) -> None:
    try:
        parse_node(item, aliases)
    except QuerySyntaxError as exc:
        raise QuerySyntaxError(exc.message, exc.offset, exc.hint, part=label) from None


class _Composer:
    """Accumulates the composed query text and where each item landed in it."""

    def __init__(self) -> None:
        self.text = ""
        self.parts: list[Part] = []

    def put(self, text: str) -> None:
        self.text += text

    def item(self, before: str, label: str, item: str, after: str) -> None:
        self.put(before)
        self.parts.append(Part(label, len(self.text), len(self.text) + len(item)))
        self.put(item + after)

    def clause(self, before: str, label: str, item: str, after: str) -> None:
        self.put(" AND " if self.text else "")
        self.item(before, label, item, after)
