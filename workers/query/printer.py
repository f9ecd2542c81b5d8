"""Canonical query text for a syntax tree: ``parse_query(to_text(n)).root == n``."""

from __future__ import annotations

from .nodes import Alias, And, Field, Near, Node, Not, Or, Phrase, Term, Wildcard
from .visitor import NodeVisitor

_ESCAPE_ANYWHERE = frozenset(' \t\r\n()"\\:~^[]{}')
_ESCAPE_FIRST = frozenset("+-!=@&|")
_KEYWORD_LIKE = ("AND", "OR", "NOT", "NEAR", "ONEAR")


def to_text(node: Node) -> str:
    """Render ``node`` as query text, with parentheses only where precedence needs them."""
    return _PRINTER.visit(node)


class _Printer(NodeVisitor[str]):
    def visit_term(self, node: Term) -> str:
        return ("=" if node.case_sensitive else "") + _escape(node.text, "*?")

    def visit_wildcard(self, node: Wildcard) -> str:
        return _escape(node.pattern, "")

    def visit_phrase(self, node: Phrase) -> str:
        body = node.text.replace("\\", "\\\\").replace('"', '\\"')
        slop = "" if node.slop is None else f"~{node.slop}"
        return f'{"=" if node.case_sensitive else ""}"{body}"{slop}'

    def visit_alias(self, node: Alias) -> str:
        return f"@{node.name}"

    def visit_field(self, node: Field) -> str:
        return f"{node.name}:{_group(node.item, atomic_only=True)}"

    def visit_near(self, node: Near) -> str:
        op = f"{'ONEAR' if node.ordered else 'NEAR'}/{node.distance}"
        # A NEAR chain reads left to right without parentheses: a NEAR/1 b NEAR/2 c.
        left = self.visit(node.left) if type(node.left) is Near else _group(node.left, True)
        return f"{left} {op} {_group(node.right, atomic_only=True)}"

    def visit_not(self, node: Not) -> str:
        return f"NOT {_group(node.item, atomic_only=False)}"

    def visit_and(self, node: And) -> str:
        return " AND ".join(_group(i, atomic_only=False) for i in node.items)

    def visit_or(self, node: Or) -> str:
        return " OR ".join(self.visit(i) for i in node.items)


_PRINTER = _Printer()


def _group(node: Node, atomic_only: bool) -> str:
    """``node`` in parentheses when it would otherwise bind differently in this position."""
    loose: tuple[type, ...] = (And, Or, Not, Near) if atomic_only else (And, Or)
    text = to_text(node)
    return f"({text})" if isinstance(node, loose) else text


def _escape(text: str, extra: str) -> str:
    """Backslash-escape characters the lexer would read as syntax."""
    # Every character the lexer splits on (str.isspace: also \x1c-\x1f, U+2028...) is escaped.
    out = [
        f"\\{ch}" if ch in _ESCAPE_ANYWHERE or ch in extra or ch.isspace() else ch for ch in text
    ]
    if out and (text[0] in _ESCAPE_FIRST or text.startswith(_KEYWORD_LIKE)):
        out[0] = f"\\{out[0]}"
    return "".join(out)
