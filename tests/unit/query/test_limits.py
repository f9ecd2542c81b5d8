"""Query bounds: nesting, length, term count, NEAR distance, phrase slop and wildcard length
are refused with an offset (``rules check``: file:line:col), never a traceback."""

from __future__ import annotations

import pytest

from services.core.errors import ConfigError
from workers.query import QuerySyntaxError, parse_query, to_text
from workers.query.lexer import lex
from workers.query.limits import (
    MAX_DISTANCE,
    MAX_PHRASE_WORDS,
    MAX_QUERY_CHARS,
    MAX_QUERY_DEPTH,
    MAX_QUERY_TERMS,
    MAX_WILDCARD_CHARS,
)
from workers.query.nodes import Alias, And, Field, Near, Node, Not, Or
from workers.rules.loader import check_rules
from workers.rules.report import query_error

NEAR_CHAIN = " NEAR/1 ".join(["a"] * (MAX_QUERY_DEPTH + 5))


@pytest.mark.parametrize(
    ("query", "offset", "message"),
    [
        ("(" * 200 + "a" + ")" * 200, MAX_QUERY_DEPTH, "nested more than"),
        ("NOT " * 1000 + "a", 4 * MAX_QUERY_DEPTH, "nested more than"),
        ("-" * 1000 + "a", MAX_QUERY_DEPTH, "nested more than"),
        ("title:(" * 1 + "(" * 100 + "a" + ")" * 101, 7 + MAX_QUERY_DEPTH - 1, "nested more"),
        (NEAR_CHAIN, None, "nested more than"),
        ("a NEAR/" + "9" * 30 + " b", 2, "NEAR distance must be at most"),
        ("a NEAR/" + "9" * 5000 + " b", 2, "NEAR distance must be at most"),
        ("a ONEAR/1000000 b", 2, "NEAR distance must be at most"),
        (f"a NEAR/{MAX_DISTANCE + 1} b", 2, "at most"),
        ('"a b"~' + "9" * 5000, 5, "phrase slop must be at most"),
        ("a NEAR/²  b", 2, "whole number"),
        ("a " * (MAX_QUERY_CHARS // 2 + 1), MAX_QUERY_CHARS, "longer than"),
        ("a " * (MAX_QUERY_TERMS + 1), 2 * MAX_QUERY_TERMS, f"more than {MAX_QUERY_TERMS} terms"),
        ("x" * MAX_WILDCARD_CHARS + "*", 0, "wildcard longer than"),
        ('b "' + "a " * (MAX_PHRASE_WORDS + 1) + '"', 2, "phrase of more than"),
        ("b " + "-".join(["a"] * (MAX_PHRASE_WORDS + 1)), 2, "phrase of more than"),
    ],
    ids=[
        "parens",
        "not-chain",
        "minus-chain",
        "parens-in-field",
        "near-chain",
        "near-30-digits",
        "near-5000-digits",
        "onear-million",
        "near-just-over",
        "slop-5000-digits",
        "superscript-digit",
        "too-long",
        "too-many-terms",
        "long-wildcard",
        "long-phrase",
        "long-hyphenated-term",
    ],
)
def test_an_unbounded_query_is_a_positioned_error(
    query: str, offset: int | None, message: str
) -> None:
    with pytest.raises(QuerySyntaxError) as caught:
        parse_query(query)
    assert message in caught.value.message
    if offset is not None:
        assert caught.value.offset == offset


@pytest.mark.parametrize(
    "query",
    [
        "(" * (MAX_QUERY_DEPTH - 1) + "a" + ")" * (MAX_QUERY_DEPTH - 1),
        f"a NEAR/{MAX_DISTANCE} b",
        f'"a b"~{MAX_DISTANCE}',
        "a NEAR/0007 b",
        "x" * (MAX_WILDCARD_CHARS - 1) + "*",
        '"' + " ".join(["a"] * MAX_PHRASE_WORDS) + '"',
    ],
    ids=[
        "deepest-allowed",
        "largest-distance",
        "largest-slop",
        "leading-zeros",
        "wildcard",
        "longest-phrase",
    ],
)
def test_queries_at_the_bounds_are_accepted_and_print_back(query: str) -> None:
    parsed = parse_query(query)
    assert parse_query(to_text(parsed.root)).root == parsed.root


def test_a_long_alias_phrase_is_refused() -> None:
    with pytest.raises(QuerySyntaxError, match="phrase of more than"):
        parse_query("@long", aliases={"long": [" ".join(["a"] * (MAX_PHRASE_WORDS + 1))]})


def test_alias_items_count_as_terms() -> None:
    aliases = {"big": [f"name{i}" for i in range(MAX_QUERY_TERMS // 2 + 1)]}
    parse_query("@big", aliases=aliases)
    with pytest.raises(QuerySyntaxError, match="terms"):
        parse_query("@big OR @big", aliases=aliases)


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ("(" * 300 + "a" + ")" * 300, "nested more than"),
        ("NOT " * 1000 + "a", "nested more than"),
        ("Lavrov NEAR/" + "9" * 5000 + " terror*", "NEAR distance must be at most"),
        ("Lavrov NEAR/1000000 terror*", "NEAR distance must be at most"),
    ],
    ids=["parens", "not-chain", "near-digits", "near-million"],
)
def test_rules_check_reports_them_at_file_line_col(query: str, message: str) -> None:
    text = f"version: 1\nrules:\n  - name: r\n    query: {query}\n"
    rules, found = check_rules(text.encode(), "r.yaml")
    assert rules is None
    [error] = [str(d) for d in found if d.severity == "error"]
    assert error.startswith("r.yaml:4:") and message in error


def test_deeply_nested_yaml_is_a_positioned_error() -> None:
    text = "rules:\n  - " + "[" * 5000 + "]" * 5000 + "\n"
    with pytest.raises(ConfigError, match=r"r\.yaml:2:\d+: nested more than"):
        check_rules(text.encode(), "r.yaml")


@pytest.mark.parametrize(
    ("query", "at"),
    [("a NEAR/" + "9" * 5000 + " b", " N"), ("x " * 3000 + "AND (", "( ")],
    ids=["error-at-start", "error-at-end"],
)
def test_a_huge_query_is_echoed_around_its_error_with_the_caret_on_it(query: str, at: str) -> None:
    with pytest.raises(QuerySyntaxError) as caught:
        parse_query(query)
    _, shown, caret = query_error("query", query, caught.value)
    assert len(shown) < 130
    column = caret.index("^")
    assert (shown + " ")[column - 1 : column + 1] == at  # on it, or just after the last char


def _depth(node: Node) -> int:
    children: tuple[Node, ...] = ()
    if isinstance(node, And | Or | Alias):
        children = node.items
    elif isinstance(node, Not | Field):
        children = (node.item,)
    elif isinstance(node, Near):
        children = (node.left, node.right)
    return 1 + max((_depth(c) for c in children), default=0)


@pytest.mark.parametrize(
    "query",
    [
        "a",
        "@pair",
        "a NEAR/1 b NEAR/1 @pair",
        "NOT NOT -a",
        "(a (b (c (d e))))",
        "a b OR c d OR (e OR f g)",
        "title:@pair AND NOT (x OR y NEAR/2 @pair)",
        "((((@pair))))",
        "a AND (b OR (c AND (d OR @pair)))",
    ],
)
def test_a_tree_is_never_deeper_than_its_query_has_tokens(query: str) -> None:
    """What lets the parser skip the depth walk of a query of few tokens."""
    root = parse_query(query, aliases={"pair": ["x y", "z"]}).root
    assert _depth(root) <= len(lex(query))
