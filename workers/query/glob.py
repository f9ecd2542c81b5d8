"""Wildcard patterns (``*`` any run of characters, ``?`` exactly one) matched without
backtracking.

A backtracking regex (``.*a.*b``) is quadratic in the word length, and worse with more stars:
``*a*a*a*a*a*a*a*b`` never finishes on a 1 MB word. A glob needs no backtracking: split the
pattern at ``*``; the first segment must match at the start, the last at the end, and each
middle segment at its leftmost place after the previous one (taking the leftmost place never
loses a match a later place would find). Literal segments are found with ``str.find``;
segments with ``?`` with a regex of literals and ``.`` only (no repetition, so no
backtracking). A match costs at most word length x segment length steps, in C; the parser
bounds a wildcard's length (limits.MAX_WILDCARD_CHARS).
"""

from __future__ import annotations

import re

Segment = str | re.Pattern[str]


class Glob:
    """A compiled wildcard pattern; ``fullmatch(word)`` says whether it matches all of it."""

    def __init__(self, pattern: str) -> None:
        self.pattern = pattern
        parts = pattern.split("*")
        self.lengths = [len(p) for p in parts]
        self.segments: list[Segment] = [_segment(p) for p in parts]
        self.min_length = sum(self.lengths)

    def fullmatch(self, word: str) -> bool:
        segments, lengths = self.segments, self.lengths
        if len(segments) == 1:
            return len(word) == lengths[0] and _matches_at(word, segments[0], 0)
        if len(word) < self.min_length:
            return False
        end = len(word) - lengths[-1]
        if not (_matches_at(word, segments[0], 0) and _matches_at(word, segments[-1], end)):
            return False
        pos = lengths[0]
        for segment, length in zip(segments[1:-1], lengths[1:-1], strict=True):
            found = _find(word, segment, pos, end)
            if found < 0:
                return False
            pos = found + length
        return True


def _segment(text: str) -> Segment:
    """A literal as itself; with ``?`` a regex where each ``?`` is any one character."""
    if "?" not in text:
        return text
    return re.compile("".join("." if ch == "?" else re.escape(ch) for ch in text), re.DOTALL)


def _matches_at(word: str, segment: Segment, start: int) -> bool:
    if isinstance(segment, str):
        return word.startswith(segment, start)
    return segment.match(word, start) is not None


def _find(word: str, segment: Segment, start: int, end: int) -> int:
    """The leftmost place in ``word[start:end]`` where ``segment`` matches whole, or -1."""
    if isinstance(segment, str):
        return word.find(segment, start, end)
    found = segment.search(word, start, end)
    return -1 if found is None else found.start()
