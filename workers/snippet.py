"""The sentence that made a rule fire, so an alert explains itself.

``marked_snippet`` is what alerts show: it works from the match's character spans and marks
each hit «like this».
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from workers.query.stemming import stemmer

MAX_SNIPPET_CHARS = 300
MARK_OPEN, MARK_CLOSE = "«", "»"

_SENTENCE = re.compile(r"[^\n]+?(?:[.!?…][\"'”’»)]?(?=\s)|$)", re.MULTILINE)
_CONTEXT_CHARS = 60
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
    budget = MAX_SNIPPET_CHARS - 2 * len(inside) - 2
    start, end = _cut(text, window, inside, budget)
    shown = [(s, e) for s, e in inside if s >= start and e <= end]
    text_shown = _render(text, start, end, shown)
    return ("…" if start > window[0] else "") + text_shown + ("…" if end < window[1] else "")


def sentences(text: str) -> list[Range]:
    """Character ranges of the sentences of ``text`` (split after .!?… and at line breaks)."""
    found = []
    for m in _SENTENCE.finditer(text):
        chunk = m.group()
        lead = len(chunk) - len(chunk.lstrip())
        if chunk.strip():
            found.append((m.start() + lead, m.start() + len(chunk.rstrip())))
    return found


def _best_window(text: str, hits: list[Range]) -> Range:
    """The sentence with the most distinct hit words, widened to a neighbour that adds some."""
    ranges = sentences(text) or [(0, len(text))]
    found = [_distinct(text, hits, r) for r in ranges]
    best = max(range(len(ranges)), key=lambda i: (len(found[i]), -i))
    window, words = ranges[best], found[best]
    for other in (best - 1, best + 1):
        if 0 <= other < len(ranges) and found[other] - words:
            both = (min(window[0], ranges[other][0]), max(window[1], ranges[other][1]))
            if both[1] - both[0] <= MAX_SNIPPET_CHARS:
                return both
    return window


def _distinct(text: str, hits: list[Range], window: Range) -> set[str]:
    """Distinct hit words in ``window``, by English stem: ``terrorist(s)`` count once."""
    stem = stemmer(None)
    return {stem(text[s:e].casefold()) for s, e in hits if s < window[1] and e > window[0]}


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
