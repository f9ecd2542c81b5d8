"""The lexer's quick way (words, phrases, parentheses) gives exactly the tokens, or the
error, of its character-by-character way, and leaves every other query to it."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from workers.query import QuerySyntaxError
from workers.query.lexer import Tok, _lex_quickly, _lex_slowly

PIECES = [
    "a", "Putin", "sanctions", "terror*", "wom?n", "AND", "OR", "NOT", "NEAR/5", "ONEAR/2",
    "NEAR", "NEAR/x", "NEAR/99999999", '"Sergey Lavrov"', '"a b"~5', '"a"~', '"a"~99999999',
    '"un', '"x\\"y"', "(", ")", " ", "  ", "\t", "\n", "\u00a0", "&&", "||", "&", "|", "+a",
    "-a", "!a", "@lav", "=US", "title:", "x:y", "\\:", "~", "^2", "[", "}", "Лавров", "北京",
]  # fmt: skip


def outcome(lexer: object, text: str) -> list[Tok] | tuple[str, int] | None:
    try:
        return lexer(text)  # type: ignore[operator, no-any-return]
    except QuerySyntaxError as exc:
        return exc.message, exc.offset


@settings(max_examples=3000, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=12).map("".join))
def test_the_quick_way_agrees_with_the_slow_way(text: str) -> None:
    quick = outcome(_lex_quickly, text)
    assert quick is None or quick == outcome(_lex_slowly, text)


@pytest.mark.parametrize(
    "text",
    [
        '"Sergey Lavrov" AND sanctions',
        "Putin AND (talks OR summit) NOT sport",
        "Lavrov NEAR/5 sanct*",
        '"Kyiv talks"~5 AND Zelensky',
        "  padded  ",
    ],
)
def test_common_queries_take_the_quick_way(text: str) -> None:
    assert _lex_quickly(text) == _lex_slowly(text)


@pytest.mark.parametrize(
    "text", ["title:Putin", "=US", "a && b", "+a", "@lav", 'a\t"b"', '"a\\"b"', '"a"~x', "a\n"]
)
def test_other_queries_take_the_slow_way(text: str) -> None:
    assert _lex_quickly(text) is None
