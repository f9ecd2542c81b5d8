"""The query parser: every syntax element, precedence, errors with offsets, printing."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from workers.query import QuerySyntaxError, parse_query, to_text
from workers.query.nodes import (
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
from workers.query.parser import alias_item

A, B, C = Term("a"), Term("b"), Term("c")
ALIASES = {"lavrov": ["Lavrov", "Лавров", "Sergey Lavrov"], "cs": ["=US"], "wild": ["terror*"]}


def root(text: str) -> Node:
    return parse_query(text, aliases=ALIASES).root


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Lavrov", Term("Lavrov")),
        ("anti-terrorism", Term("anti-terrorism")),
        ("=US", Term("US", case_sensitive=True)),
        ('"Sergey Lavrov"', Phrase("Sergey Lavrov")),
        ('="New York"', Phrase("New York", case_sensitive=True)),
        ('"Lavrov terrorism"~10', Phrase("Lavrov terrorism", slop=10)),
        ("terror*", Wildcard("terror*")),
        ("wom?n", Wildcard("wom?n")),
        ("a AND b", And((A, B))),
        ("a b", And((A, B))),
        ("a && b", And((A, B))),
        ("a OR b", Or((A, B))),
        ("a || b", Or((A, B))),
        ("NOT a", Not(A)),
        ("-a", Not(A)),
        ("!a", Not(A)),
        ("+a", A),
        ("a NEAR/10 b", Near(A, B, 10)),
        ("a ONEAR/3 b", Near(A, B, 3, ordered=True)),
        ("title:a", Field("title", A)),
        ('body:"a b"', Field("body", Phrase("a b"))),
        ("source:a", Field("source", A)),
        ("lang:ru", Field("lang", Term("ru"))),
        ("url:tass.com", Field("url", Term("tass.com"))),
        ("title:(a OR b)", Field("title", Or((A, B)))),
        ("(a)", A),
        ("@cs", Alias("cs", (Term("US", case_sensitive=True),))),
        ("@wild", Alias("wild", (Wildcard("terror*"),))),
        (
            "@lavrov",
            Alias("lavrov", (Term("Lavrov"), Term("Лавров"), Phrase("Sergey Lavrov"))),
        ),
        ("and", Term("and")),
        (r"\AND", Term("AND")),
        (r"a\:b", Term("a:b")),
        ("10:30", Term("10:30")),
        (r'"say \"no\""', Phrase('say "no"')),
    ],
)
def test_each_syntax_element_parses_to_its_node(text: str, expected: Node) -> None:
    assert root(text) == expected


@pytest.mark.parametrize(
    ("text", "explicit"),
    [
        ("a OR b c", "a OR (b AND c)"),
        ("a b OR c", "(a AND b) OR c"),
        ("a AND b OR c AND d", "(a AND b) OR (c AND d)"),
        ("NOT a b", "(NOT a) AND b"),
        ("NOT a OR b", "(NOT a) OR b"),
        ("NOT a NEAR/3 b", "NOT (a NEAR/3 b)"),
        ("a NEAR/3 b c", "(a NEAR/3 b) AND c"),
        ("-a b", "(NOT a) AND b"),
        ("+a -b", "a AND (NOT b)"),
        ("title:a b", "(title:a) AND b"),
        ("a && b || !c", "(a AND b) OR (NOT c)"),
        ("(a b) c", "a AND b AND c"),
        ("(a OR b) OR c", "a OR b OR c"),
    ],
)
def test_precedence_is_not_then_and_then_or(text: str, explicit: str) -> None:
    assert root(text) == root(explicit)


def test_near_chains_associate_to_the_left() -> None:
    assert root("a NEAR/2 b ONEAR/3 c") == Near(Near(A, B, 2), C, 3, ordered=True)


def test_nodes_record_their_offsets() -> None:
    node = root('Lavrov AND "x y"')
    assert isinstance(node, And)
    assert [item.offset for item in node.items] == [0, 11]


@pytest.mark.parametrize(
    ("text", "offset", "message"),
    [
        ("", 0, "empty query"),
        ("   ", 0, "empty query"),
        ("a AND", 5, "ends where a term was expected"),
        ("a AND OR b", 6, "expected a term before OR"),
        ("(a OR b", 0, "missing ')'"),
        ("a) b", 1, "unmatched ')'"),
        ("()", 1, "empty group"),
        ('x "open phrase', 2, "unterminated phrase"),
        ('"a b"~', 5, "expected a number after ~"),
        ("foo:bar", 0, "unknown field 'foo'"),
        ("a NEAR b", 2, "NEAR needs a distance"),
        ("a NEAR/x b", 2, "whole number"),
        ("(a AND b) NEAR/3 c", 1, "needs a term, phrase, wildcard or OR group"),
        ("a NEAR/3 NOT b", 9, "expected a term before NOT"),
        ("roam~", 4, "unsupported character '~'"),
        ("a^2", 1, "unsupported character '^'"),
        ("[a TO b]", 0, "unsupported character '['"),
        ("@missing", 0, "unknown alias @missing"),
        ("title:body:x", 6, "cannot be nested"),
        ("- a", 0, "must be followed directly by a term"),
        ("=", 0, "'=' must be followed"),
        ("=terror*", 0, "applies only to words and phrases"),
        ("anti-terror*", 0, "a wildcard must be a single word"),
        ("a\\", 1, "nothing to escape"),
        ("@", 0, "alias name"),
    ],
)
def test_syntax_errors_point_at_the_offending_character(
    text: str, offset: int, message: str
) -> None:
    with pytest.raises(QuerySyntaxError) as caught:
        parse_query(text, aliases=ALIASES)
    assert (caught.value.offset, message in caught.value.message) == (offset, True)


def test_every_syntax_error_carries_a_hint() -> None:
    with pytest.raises(QuerySyntaxError) as caught:
        parse_query("foo:bar")
    assert "title, body, source, lang, url" in caught.value.hint


def test_unknown_alias_suggests_a_close_name() -> None:
    with pytest.raises(QuerySyntaxError) as caught:
        parse_query("@lavorv", aliases=ALIASES)
    assert caught.value.hint == "did you mean @lavrov?"


@pytest.mark.parametrize(
    ("text", "printed"),
    [
        ("a b OR c", "a AND b OR c"),
        ("(a OR b) c", "(a OR b) AND c"),
        ("NOT (a b)", "NOT (a AND b)"),
        ("title:(a OR b)", "title:(a OR b)"),
        ('=US "x y"~2', '=US AND "x y"~2'),
        ("a NEAR/2 (b NEAR/3 c)", "a NEAR/2 (b NEAR/3 c)"),
        (r"\AND a\:b", r"\AND AND a\:b"),
    ],
)
def test_printing_gives_canonical_text(text: str, printed: str) -> None:
    assert to_text(root(text)) == printed


FRAGMENTS = [
    "Lavrov", "terror*", "wom?n", "AND", "OR", "NOT", "(", ")", '"a b"', '"x y"~2', "title:",
    "body:", "NEAR/3", "ONEAR/1", "-", "+", "=US", "@lavrov", "&&", "||", "!", r"\(", r"a\:b",
    "Лавров", "北京", "anti-terrorism", r"\AND", "url:", ":", "*", "?", '"', "\\\\",
]  # fmt: skip
QUERIES = st.lists(st.sampled_from(FRAGMENTS), min_size=1, max_size=10).map(" ".join)


@settings(max_examples=300, deadline=None)
@given(st.one_of(QUERIES, st.text(max_size=40)))
def test_no_input_crashes_the_parser(text: str) -> None:
    try:
        parse_query(text, aliases=ALIASES)
    except QuerySyntaxError as exc:
        assert 0 <= exc.offset <= len(text)


@settings(max_examples=300, deadline=None)
@given(st.one_of(QUERIES, st.text(max_size=40)))
def test_printing_and_reparsing_gives_the_same_query(text: str) -> None:
    try:
        node = root(text)
    except QuerySyntaxError:
        return
    assert root(to_text(node)) == node


@pytest.mark.parametrize(
    ("item", "expected"),
    [
        ("Lavrov", Term("Lavrov")),
        ("Sergey Lavrov", Phrase("Sergey Lavrov")),
        ("=US", Term("US", case_sensitive=True)),
        ("=New York", Phrase("New York", case_sensitive=True)),
        ("terror*", Wildcard("terror*")),
        ("anti-terror*", Term("anti-terror*")),
        ("  Lavrov  ", Term("Lavrov")),
    ],
)
def test_alias_items_are_literal_terms_phrases_or_wildcards(item: str, expected: Node) -> None:
    assert alias_item(item) == expected


@pytest.mark.parametrize("space", ["\x1f", "\x1c", "\x85", "\u2028", "\u3000", "\xa0"])
def test_printing_escapes_every_character_the_lexer_splits_on(space: str) -> None:
    node = root(f"\\{space}b")
    assert root(to_text(node)) == node
