"""The naive baseline for rule matching: every rule as compiled regular expressions, one after
another, as a regex-per-rule tool does it (no index, no shared tokenising).

Each term becomes ``\\bterm\\b`` (IGNORECASE), a phrase its words joined by separators, a
wildcard ``\\bterr\\w*\\b``; AND, OR and NOT combine searches in Python; NEAR/n is a windowed
regex (at most n words between, both orders unless ONEAR); a field scope searches that field
only. Built from the parsed query so it means the same as the rule, and the benchmark checks
that it finds the same matches as the index.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping

from workers.query import Document, Query
from workers.query.nodes import (
    DEFAULT_FIELDS,
    Alias,
    And,
    Field,
    Near,
    Node,
    Not,
    Or,
    Phrase,
    Term,
    Wildcard,
)
from workers.query.text import scan

Fields = Mapping[str, str]
Test = Callable[[Fields], bool]
# Between two words: punctuation/space, possibly an English possessive ('s), which the
# tokeniser drops.
SEP = r"(?:['\u2019]s\b)?\W+"


class RegexRule:
    """One rule as regexes; ``matches`` searches the article's raw text."""

    def __init__(self, name: str, query: Query) -> None:
        self.name = name
        self.test = _compile(query.root, DEFAULT_FIELDS)

    def matches(self, doc: Document) -> bool:
        fields = {"title": doc.title, "body": doc.body, "source": doc.source, "url": doc.url}
        return self.test(fields)


def naive_match(rules: list[RegexRule], doc: Document) -> list[str]:
    """Names of the rules matching ``doc``, evaluating every rule."""
    return [rule.name for rule in rules if rule.matches(doc)]


def _compile(node: Node, fields: tuple[str, ...]) -> Test:
    if isinstance(node, And):
        parts = [_compile(item, fields) for item in node.items]
        return lambda f: all(p(f) for p in parts)
    if isinstance(node, Or) and not all(_positional(item) for item in node.items):
        parts = [_compile(item, fields) for item in node.items]
        return lambda f: any(p(f) for p in parts)
    if isinstance(node, Not):
        inner = _compile(node.item, fields)
        return lambda f: not inner(f)
    if isinstance(node, Field):
        return _compile(node.item, (node.name,))
    pattern = re.compile(_source(node), re.IGNORECASE)
    return lambda f: any(pattern.search(f[name]) for name in fields)


def _positional(node: Node) -> bool:
    """Nodes one regex can express (an OR of words is one alternation, as people write it)."""
    if isinstance(node, Or):
        return all(_positional(item) for item in node.items)
    return isinstance(node, Term | Phrase | Wildcard | Alias | Near)


def _source(node: Node) -> str:
    """Regex source for a positional node (term, phrase, wildcard, alias, NEAR, OR of those)."""
    if isinstance(node, Term):
        return _words(node.text)
    if isinstance(node, Wildcard):
        body = re.escape(node.pattern).replace(r"\*", r"\w*").replace(r"\?", r"\w")
        return rf"\b{body}\b"
    if isinstance(node, Phrase) and node.slop is None:
        return _words(node.text)
    if isinstance(node, Phrase):
        first, second = scan(node.text)[0]  # the benchmark's slop phrases have two words
        return _near(_words(first), _words(second), node.slop or 0, ordered=False)
    if isinstance(node, Near):
        left, right = _source(node.left), _source(node.right)
        return _near(left, right, node.distance, node.ordered)
    if isinstance(node, Or | Alias):
        return "|".join(f"(?:{_source(item)})" for item in node.items)
    raise NotImplementedError(f"no regex for {type(node).__name__}")


def _words(text: str) -> str:
    return r"\b" + SEP.join(re.escape(w) for w in scan(text)[0]) + r"\b"


def _near(left: str, right: str, distance: int, ordered: bool) -> str:
    gap = rf"{SEP}(?:\w+{SEP}){{0,{distance}}}"
    forward = f"(?:{left}){gap}(?:{right})"
    return forward if ordered else f"{forward}|(?:{right}){gap}(?:{left})"
