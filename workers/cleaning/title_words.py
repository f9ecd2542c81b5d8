"""Word bags and their agreement, as the headline code compares titles, headings and lines."""

from __future__ import annotations

import re
from collections import Counter

WORD = re.compile(r"\w+")


def bag(text: str) -> Counter[str]:
    """Case-folded word tokens as a multiset."""
    return Counter(w.casefold() for w in WORD.findall(text))


def f1(a: Counter[str], b: Counter[str]) -> float:
    """Token F1 of two bags (0.0 when they share nothing)."""
    shared = sum((a & b).values())
    if not shared:
        return 0.0
    precision, recall = shared / sum(a.values()), shared / sum(b.values())
    return 2 * precision * recall / (precision + recall)


def set_f1(a: set[str] | frozenset[str], b: set[str] | frozenset[str]) -> float:
    """F1 of two word sets (0.0 when they share nothing)."""
    shared = len(a & b)
    return 2 * shared / (len(a) + len(b)) if shared else 0.0
