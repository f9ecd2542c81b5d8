"""The sentence that made a rule fire, so an alert explains itself.

``marked_snippet`` is what alerts show: it works from the match's character spans and marks
each hit «like this».
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

from workers.query.stemming import stemmer

MAX_SNIPPET_CHARS = 300
MARK_OPEN, MARK_CLOSE = "«", "»"

_SENTENCE = re.compile(r"[^\n]+?(?:[.!?…][\"'”’»)]?(?=\s)|$)", re.MULTILINE)
_CONTEXT_CHARS = 60
_HIT_WORD_MAX_CHARS = 100  # longer hits (spans of a chained NEAR) are compared, not stemmed
Range = tuple[int, int]


def marked_snippet(title: str, body: str, spans: Sequence[tuple[str, int, int]]) -> str:
    """The body sentence (or two adjacent ones) holding the most distinct hits, hits marked.

    ``spans`` are (field, start, end) character ranges of the hits. Without a body hit the
    title is shown, marked if it holds hits. The result is at most MAX_SNIPPET_CHARS long,
    cut at word boundaries with "…" on the side that was cut.
    """
    hits = sorted((s, e) for f, s, e in spans if f == "body" and e > s)
    if hits:
        text, window = body, _best_window(body, hits)
    else:
        text, window = title, (0, len(title))
        hits = sorted((s, e) for f, s, e in spans if f == "title" and e > s)
    inside = [(max(s, window[0]), min(e, window[1])) for s, e in hits if s < window[1]]
    inside = [(s, e) for s, e in inside if e > window[0]]
    start, end, shown = _fit(text, window, inside)
    text_shown = _render(text, start, end, shown)
    return ("…" if start > window[0] else "") + text_shown + ("…" if end < window[1] else "")


def _fit(text: str, window: Range, inside: list[Range]) -> tuple[int, int, list[Range]]:
    """The part of ``window`` to show and the hits in it, marks included in the length."""
    budget = MAX_SNIPPET_CHARS - 2 * min(len(inside), MAX_SNIPPET_CHARS // 6) - 2
    while True:
        start, end = _cut(text, window, inside, budget)
        shown = [(s, e) for s, e in inside if s >= start and e <= end]
        if budget <= _CONTEXT_CHARS or (end - start) + 2 * len(shown) + 2 <= MAX_SNIPPET_CHARS:
            return start, end, shown
        budget = max(_CONTEXT_CHARS, budget - 2 * len(shown))


def sentences(text: str) -> list[Range]:
    """Character ranges of the sentences of ``text`` (split after .!?… and at line breaks)."""
    found = []
    for m in _SENTENCE.finditer(text):
        chunk = m.group()
        lead = len(chunk) - len(chunk.lstrip())
        if chunk.strip():
            found.append((m.start() + lead, m.start() + len(chunk.rstrip())))
    return found


# The sentences of the last text split: every rule matching one article shares its body.
_LAST_SPLIT: tuple[str, list[Range]] = ("", [])


def _sentences_of(text: str) -> list[Range]:
    """:func:`sentences`, remembered for the last text (the caller must not change it)."""
    global _LAST_SPLIT  # one tuple, replaced whole: safe to read from any thread
    last = _LAST_SPLIT
    if last[0] is text:
        return last[1]
    found = sentences(text)
    _LAST_SPLIT = (text, found)
    return found


_LAST_KEYS: tuple[str, dict[Range, str]] = ("", {})


def _hit_keys(text: str) -> dict[Range, str]:
    """The stems of hits of ``text`` found so far (the last text's: one article's matches)."""
    global _LAST_KEYS  # as _LAST_SPLIT
    last = _LAST_KEYS
    if last[0] is not text:
        last = _LAST_KEYS = (text, {})
    return last[1]


def _best_window(text: str, hits: list[Range]) -> Range:
    """The sentence with the most distinct hit words, widened to a neighbour that adds some.

    Each hit is filed under the sentences it touches (by bisection), so the cost grows with
    sentences plus hits, not their product (a huge article has thousands of each)."""
    ranges = _sentences_of(text) or [(0, len(text))]
    found = _distinct_by_sentence(text, hits, ranges)
    none: set[str] = set()
    best = max(found, key=lambda i: (len(found[i]), -i), default=0)
    window, words = ranges[best], found.get(best, none)
    for other in (best - 1, best + 1):
        if 0 <= other < len(ranges) and found.get(other, none) - words:
            both = (min(window[0], ranges[other][0]), max(window[1], ranges[other][1]))
            if both[1] - both[0] <= MAX_SNIPPET_CHARS:
                return both
    return window


def _distinct_by_sentence(text: str, hits: list[Range], ranges: list[Range]) -> dict[int, set[str]]:
    """Distinct hit words per sentence index, by English stem: ``terrorist(s)`` count once."""
    stem = stemmer(None)
    keys = _hit_keys(text)
    starts = [r[0] for r in ranges]
    found: dict[int, set[str]] = {}
    for s, e in hits:
        i = max(0, bisect.bisect_right(starts, s) - 1)
        if e - s > _HIT_WORD_MAX_CHARS:  # a wide span: filed where it starts, as it is
            found.setdefault(i, set()).add(text[s : s + _HIT_WORD_MAX_CHARS].casefold())
            continue
        key = keys.get((s, e))
        if key is None:
            key = keys[s, e] = stem(text[s:e].casefold())
        while i < len(ranges) and ranges[i][0] < e:
            if ranges[i][1] > s:
                found.setdefault(i, set()).add(key)
            i += 1
    return found


def _cut(text: str, window: Range, hits: list[Range], budget: int) -> Range:
    """A sub-range of ``window`` of at most ``budget`` characters, around the first hit."""
    start, end = window
    if end - start <= budget:
        return start, end
    if hits and hits[0][1] - start > budget:
        start = max(start, hits[0][0] - _CONTEXT_CHARS)
        space = text.find(" ", start, hits[0][0])
        start = space + 1 if space != -1 else start
    limit = start + budget
    space = text.rfind(" ", start, limit + 1)
    return start, space if space > start else limit


def _render(text: str, start: int, end: int, hits: list[Range]) -> str:
    """``text[start:end]`` with hits marked and whitespace collapsed."""
    parts, at = [], start
    for s, e in _merge(hits):
        parts += [text[at:s], MARK_OPEN, text[s:e], MARK_CLOSE]
        at = e
    parts.append(text[at:end])
    return " ".join("".join(parts).split())


def _merge(hits: list[Range]) -> list[Range]:
    merged: list[Range] = []
    for s, e in sorted(hits):
        if merged and s <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], e))
        else:
            merged.append((s, e))
    return merged
