"""Recursive-descent parser: query text -> syntax tree, with precise error offsets.

Grammar (tightest first): field scope and parentheses, NEAR/ONEAR, NOT (and ``-``/``!``,
``+``), AND (explicit or implicit), OR::

    query   := or EOF
    or      := and (OR and)*
    and     := unary ((AND)? unary)*
    unary   := (NOT | - | !) unary | + unary | near
    near    := primary ((NEAR/n | ONEAR/n) primary)*
    primary := FIELD: primary | ( or ) | TERM | WILDCARD | PHRASE | @ALIAS
"""

from __future__ import annotations

import difflib
from collections.abc import Mapping, Sequence

from .lexer import Tok, lex
from .limits import (
    MAX_PHRASE_WORDS,
    MAX_QUERY_CHARS,
    MAX_QUERY_DEPTH,
    MAX_QUERY_TERMS,
    MAX_WILDCARD_CHARS,
)
from .nodes import (
    POSITIONAL,
    Alias,
    And,
    Field,
    Near,
    Node,
    Not,
    Or,
    Phrase,
    Query,
    QuerySyntaxError,
    Term,
    Wildcard,
)
from .text import scan, scan_words
from .visitor import children

Aliases = Mapping[str, Sequence[str]]
_STARTS_UNARY = frozenset({"TERM", "WILD", "PHRASE", "FIELD", "ALIAS", "(", "NOT", "+", "-"})
_NO_ALIASES: Aliases = {}


def parse_query(text: str, *, aliases: Aliases = _NO_ALIASES) -> Query:
    """Parse ``text``; raises :class:`QuerySyntaxError` with an offset into ``text``."""
    return Query(text, parse_node(text, aliases))


def parse_node(text: str, aliases: Aliases = _NO_ALIASES) -> Node:
    """The syntax tree of ``text`` (see :func:`parse_query`)."""
    if not text.strip():
        raise QuerySyntaxError("empty query", 0, "write at least one term")
    if len(text) > MAX_QUERY_CHARS:
        raise QuerySyntaxError(
            f"query longer than {MAX_QUERY_CHARS} characters",
            MAX_QUERY_CHARS,
            "split it into several rules or use an alias",
        )
    toks = lex(text)
    node = _Parser(toks, aliases).parse()
    if len(toks) > MAX_QUERY_DEPTH:  # else too few tokens for a tree that deep (see below)
        check_depth(node)
    return node


class _Parser:
    def __init__(self, toks: list[Tok], aliases: Aliases) -> None:
        self.toks = toks
        self.pos = 0
        self.aliases = aliases
        self.in_field = False
        self.depth = 0  # open groups and NOTs: bounds the parser's own recursion
        self.terms = 0

    def deeper(self, tok: Tok) -> None:
        """Enter one more level of nesting at ``tok``; refused past MAX_QUERY_DEPTH."""
        self.depth += 1
        if self.depth > MAX_QUERY_DEPTH:
            raise _too_deep(tok.offset)

    def count(self, terms: int, tok: Tok) -> None:
        """Add ``terms`` to the query's term count; refused past MAX_QUERY_TERMS."""
        self.terms += terms
        if self.terms > MAX_QUERY_TERMS:
            raise QuerySyntaxError(
                f"more than {MAX_QUERY_TERMS} terms (alias items included)",
                tok.offset,
                "split it into several rules",
            )

    def peek(self) -> Tok:
        return self.toks[self.pos]

    def take(self) -> Tok:
        tok = self.toks[self.pos]
        self.pos += 1
        return tok

    def parse(self) -> Node:
        node = self.or_()
        tok = self.peek()
        if tok.kind == ")":
            raise QuerySyntaxError("unmatched ')'", tok.offset, "remove it or add a '(' before")
        if tok.kind != "EOF":
            raise QuerySyntaxError(f"unexpected {tok.value!r}", tok.offset, "")
        return node

    def or_(self) -> Node:
        items = [self.and_()]
        while self.peek().kind == "OR":
            self.take()
            items.append(self.and_())
        return _flat(Or, items)

    def and_(self) -> Node:
        items = [self.unary()]
        while True:
            kind = self.peek().kind
            if kind == "AND":
                self.take()
            elif kind not in _STARTS_UNARY:
                break
            items.append(self.unary())
        return _flat(And, items)

    def unary(self) -> Node:
        tok = self.peek()
        if tok.kind in ("NOT", "-"):
            self.take()
            self.deeper(tok)
            node = Not(self.unary(), tok.offset)
            self.depth -= 1
            return node
        if tok.kind == "+":
            self.take()
            return self.unary()
        return self.near()

    def near(self) -> Node:
        left = self.primary()
        while self.peek().kind in ("NEAR", "ONEAR"):
            op = self.take()
            right = self.primary()
            for side in (left, right):
                _require_positional(side, op)
            assert op.number is not None
            left = Near(left, right, op.number, op.kind == "ONEAR", op.offset)
        return left

    def primary(self) -> Node:
        tok = self.take()
        if tok.kind == "FIELD":
            return self.field(tok)
        if tok.kind == "(":
            self.deeper(tok)
            node = self.or_()
            if self.take().kind != ")":
                raise QuerySyntaxError("missing ')'", tok.offset, "close the group opened here")
            self.depth -= 1
            return node
        if tok.kind in ("TERM", "WILD", "PHRASE"):
            self.count(1, tok)
            _check_phrase_length(tok.value, tok.offset)
        if tok.kind == "TERM":
            return Term(tok.value, tok.cs, tok.offset)
        if tok.kind == "WILD":
            return _wildcard(tok)
        if tok.kind == "PHRASE":
            return Phrase(tok.value, tok.number, tok.cs, tok.offset)
        if tok.kind == "ALIAS":
            return self.alias(tok)
        raise _expected_term(tok)

    def field(self, tok: Tok) -> Node:
        if self.in_field:
            raise QuerySyntaxError(
                "field scopes cannot be nested",
                tok.offset,
                "scope the group once, e.g. title:(a OR b)",
            )
        self.in_field = True
        try:
            return Field(tok.value, self.primary(), tok.offset)
        finally:
            self.in_field = False

    def alias(self, tok: Tok) -> Node:
        items = self.aliases.get(tok.value)
        if items is None:
            close = difflib.get_close_matches(tok.value, list(self.aliases), n=1)
            hint = f"did you mean @{close[0]}?" if close else "define it under aliases:"
            raise QuerySyntaxError(f"unknown alias @{tok.value}", tok.offset, hint)
        self.count(max(1, len(items)), tok)
        nodes = tuple(alias_item(item, tok.offset) for item in items)
        return Alias(tok.value, nodes, tok.offset)


def alias_item(item: str, offset: int = 0) -> Node:
    """One alias entry as a literal: several words are a phrase; ``=`` makes it case-sensitive,
    ``*``/``?`` in a single word make it a wildcard (elsewhere they are punctuation)."""
    text = item.strip()
    cs = text.startswith("=")
    text = text[1:] if cs else text
    _check_phrase_length(text, offset)
    if any(ch.isspace() for ch in text):
        return Phrase(text, None, cs, offset)
    if not cs and ("*" in text or "?" in text) and _one_word(text):
        _check_wildcard_length(text, offset)
        return Wildcard(text, offset)
    return Term(text, cs, offset)


def check_depth(root: Node) -> None:
    """Refuse a tree deeper than MAX_QUERY_DEPTH (chained NEARs nest without parentheses);
    iterative, so the check itself cannot overflow the stack.

    A tree is at most as deep as its query has tokens, EOF included: along a path from the
    root, a NOT, field, NEAR or alias node and a leaf each have a token of their own (but an
    alias item, a leaf under its alias node, shares the alias's: once per path at most), and
    an AND/OR node has another child off the path, holding tokens no other node of the path
    has. So a query of at most MAX_QUERY_DEPTH tokens needs no walk."""
    stack: list[tuple[Node, int]] = [(root, 1)]
    while stack:
        node, depth = stack.pop()
        if depth > MAX_QUERY_DEPTH:
            raise _too_deep(node.offset)
        stack.extend((child, depth + 1) for child in children(node))


def _too_deep(offset: int) -> QuerySyntaxError:
    return QuerySyntaxError(
        f"nested more than {MAX_QUERY_DEPTH} levels deep",
        offset,
        "flatten it: a AND b AND c needs no parentheses",
    )


def _wildcard(tok: Tok) -> Wildcard:
    """A wildcard must stay one word: ``terror*``, ``wom?n``, not ``anti-terror*``."""
    if not _one_word(tok.value):
        raise QuerySyntaxError(
            "a wildcard must be a single word",
            tok.offset,
            "use letters and digits only around * and ?",
        )
    _check_wildcard_length(tok.value, tok.offset)
    return Wildcard(tok.value, tok.offset)


def _check_phrase_length(text: str, offset: int) -> None:
    # Every word has a character: a text of at most MAX_PHRASE_WORDS characters (a plain term)
    # cannot be longer, and needs no scan.
    if len(text) > MAX_PHRASE_WORDS and len(scan_words(text)) > MAX_PHRASE_WORDS:
        raise QuerySyntaxError(
            f"phrase of more than {MAX_PHRASE_WORDS} words",
            offset,
            "quote the words that must stand together, AND the rest",
        )


def _check_wildcard_length(pattern: str, offset: int) -> None:
    if len(pattern) > MAX_WILDCARD_CHARS:
        raise QuerySyntaxError(
            f"wildcard longer than {MAX_WILDCARD_CHARS} characters",
            offset,
            "shorten it: a wildcard stands for one word",
        )


def _one_word(pattern: str) -> bool:
    filled = pattern.replace("*", "a").replace("?", "a")
    return scan(filled)[0] == [filled]


def _flat(kind: type[And] | type[Or], items: list[Node]) -> Node:
    """One node for ``items``: nested nodes of the same kind merge (AND and OR associate)."""
    if len(items) == 1:
        return items[0]
    merged: list[Node] = []
    for item in items:
        merged.extend(item.items if isinstance(item, kind) else (item,))
    return kind(tuple(merged), _offset(items[0]))


def _offset(node: Node) -> int:
    return node.offset


def _require_positional(node: Node, op: Tok) -> None:
    """NEAR works on words with positions: terms, phrases, wildcards, aliases and their ORs."""
    if not _positional(node):
        raise QuerySyntaxError(
            f"{op.value} needs a term, phrase, wildcard or OR group on each side",
            _offset(node),
            "move AND/NOT outside the NEAR",
        )


def _positional(node: Node) -> bool:
    if isinstance(node, Field):
        return _positional(node.item)
    if isinstance(node, Or):
        return all(_positional(item) for item in node.items)
    return isinstance(node, POSITIONAL)


def _expected_term(tok: Tok) -> QuerySyntaxError:
    if tok.kind == "EOF":
        return QuerySyntaxError(
            "the query ends where a term was expected",
            tok.offset,
            "remove the trailing operator or add a term",
        )
    if tok.kind == ")":
        return QuerySyntaxError("empty group or unmatched ')'", tok.offset, "remove the ')'")
    return QuerySyntaxError(
        f"expected a term before {tok.value}", tok.offset, "operators go between two terms: a AND b"
    )
