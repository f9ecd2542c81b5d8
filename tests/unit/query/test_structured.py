"""The YAML list form (all/any/none) compiles to the same query as the text form."""

from __future__ import annotations

import pytest

from workers.query import QuerySyntaxError, parse_query, structured_query

from .helpers import NO_ALIASES


@pytest.mark.parametrize(
    ("lists", "text"),
    [
        ({"all": ["Lavrov", "terror*"]}, "Lavrov AND terror*"),
        ({"any": ["Lavrov", "Shoigu"]}, "Lavrov OR Shoigu"),
        ({"none": ["sport"]}, "NOT sport"),
        ({"all": ["Lavrov"], "any": ["a OR b", "c"], "none": ["d"]}, "Lavrov (a OR b OR c) -d"),
        ({"all": ['"Sergey Lavrov"', "x OR y"]}, '"Sergey Lavrov" AND (x OR y)'),
    ],
)
def test_structured_lists_equal_the_text_query(lists: dict[str, list[str]], text: str) -> None:
    query = structured_query(lists.get("all", ()), lists.get("any", ()), lists.get("none", ()))
    assert query.root == parse_query(text).root


def test_structured_items_may_use_aliases() -> None:
    query = structured_query(all=["@lav"], aliases={"lav": ["Lavrov"]})
    assert query.text == "(@lav)"


def test_a_syntax_error_names_the_item_and_the_offset_in_it() -> None:
    with pytest.raises(QuerySyntaxError) as caught:
        structured_query(all=["Lavrov"], any=["a", "b AND"])
    assert (caught.value.part, caught.value.offset) == ("any[1]", 5)


def test_an_item_cannot_break_out_of_its_parentheses() -> None:
    with pytest.raises(QuerySyntaxError) as caught:
        structured_query(all=["a) OR (b"])
    assert caught.value.part == "all[0]"


def test_offsets_in_the_composed_text_map_back_to_items() -> None:
    query = structured_query(all=["Lavrov"], none=["sport"], aliases=NO_ALIASES)
    offset = query.text.index("sport")
    assert query.locate(offset + 2) == ("none[0]", 2)


def test_an_empty_structured_query_is_an_error() -> None:
    with pytest.raises(QuerySyntaxError, match="empty structured query"):
        structured_query()
