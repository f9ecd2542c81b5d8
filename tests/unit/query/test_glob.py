"""Wildcards match like the backtracking regex they replace, in time linear in the word."""

from __future__ import annotations

import random
import re

import pytest

from tests.unit.query.helpers import matches
from workers.query.glob import Glob


def reference(pattern: str, word: str) -> bool:
    regex = "".join(".*" if c == "*" else "." if c == "?" else re.escape(c) for c in pattern)
    return re.fullmatch(regex, word, re.DOTALL) is not None


@pytest.mark.parametrize(
    ("pattern", "word", "expected"),
    [
        ("terror*", "terrorism", True),
        ("*ism", "terrorism", True),
        ("wom?n", "women", True),
        ("wom?n", "woman", True),
        ("wom?n", "wommn", True),
        ("wom?n", "womn", False),
        ("a*b*c", "abc", True),
        ("a*b*c", "acb", False),
        ("*a*a*", "a", False),
        ("*a*a*", "aa", True),
        ("a*a", "a", False),
        ("?*?", "x", False),
        ("?*?", "xy", True),
        ("*ab?d*", "xxabcabxdyy", True),
        ("*ab?d*", "xxabcabxyy", False),
        ("ab", "ab", True),
        ("ab", "abc", False),
    ],
)
def test_glob_cases(pattern: str, word: str, expected: bool) -> None:
    assert Glob(pattern).fullmatch(word) is expected


def test_glob_agrees_with_the_regex_on_random_patterns() -> None:
    rng = random.Random(20261202)
    for _ in range(20_000):
        pattern = re.sub(r"\*+", "*", "".join(rng.choices("ab*?", k=rng.randint(1, 7))))
        word = "".join(rng.choices("abc", k=rng.randint(0, 9)))
        assert Glob(pattern).fullmatch(word) is reference(pattern, word), (pattern, word)


@pytest.mark.parametrize(
    "pattern", ["*a*a*a*a*a*a*a*b", "*a*b", "a*?a?a?*b", "*" + "a?" * 40 + "b*", "*a*b*a"]
)
def test_pathological_patterns_on_a_megabyte_word_finish(pattern: str) -> None:
    """Would never finish with the regex; a linear scan here (no time asserted)."""
    assert Glob(pattern).fullmatch("a" * 1_000_000) is False


def test_wildcards_in_queries_use_the_glob() -> None:
    assert matches("*a*b", body="x" + "a" * 30_000 + "b")
    assert not matches("*a*a*a*a*a*a*a*b", body="a" * 100_000)
