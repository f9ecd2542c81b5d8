"""Static checks: queries that never match, match everything, or cannot use the index."""

from __future__ import annotations

import pytest

from workers.query import check_query, parse_query

ALIASES = {"empty": [], "lav": ["Lavrov"]}


def problems(text: str) -> list[tuple[str, int, str]]:
    found = check_query(parse_query(text, aliases=ALIASES))
    return [(p.severity, p.offset, p.message) for p in found]


@pytest.mark.parametrize(
    "text",
    ["Lavrov", "Lavrov AND NOT sport", "@lav OR terror*", '"Sergey Lavrov"~2', "source:tass x"],
)
def test_ordinary_queries_have_no_problems(text: str) -> None:
    assert problems(text) == []


@pytest.mark.parametrize(
    ("text", "severity", "offset", "fragment"),
    [
        ("NOT sport", "error", 0, "matches every article"),
        ("-sport -football", "error", 0, "matches every article"),
        ("Lavrov OR NOT sport", "error", 0, "matches every article"),
        ('Lavrov AND "..."', "error", 11, "no letters or digits"),
        ("Lavrov AND NOT Lavrov", "error", 0, "requires and excludes"),
        ("Lavrov AND @empty", "error", 11, "alias @empty is empty"),
        ("*", "error", 0, "matches every word"),
        ("*ism", "warning", 0, "starts with a wildcard"),
        ("Lavrov te*", "warning", 7, "short prefix"),
        ("source:reu*", "warning", 0, "cannot use the rule index"),
    ],
)
def test_problems_are_reported_with_severity_and_offset(
    text: str, severity: str, offset: int, fragment: str
) -> None:
    found = problems(text)
    assert [(s, o) for s, o, m in found if fragment in m] == [(severity, offset)]


def test_every_problem_has_a_hint() -> None:
    assert all(p.hint for p in check_query(parse_query("NOT x OR *")))
