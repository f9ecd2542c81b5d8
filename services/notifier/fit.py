"""Cutting text to a target's length limit cleanly: at a sentence end, else between words."""

from __future__ import annotations

import re

ELLIPSIS = "…"
_SENTENCE_END = re.compile(r"[.!?…](?:[»”\"')\]]*)(?=\s)")
_SPACE = re.compile(r"\s")


def cut_clean(text: str, limit: int) -> str:
    """`text` in at most `limit` characters; a cut one ends with "…".

    The cut falls after the last sentence that fits, else at the last space, as long as
    that keeps at least half of the room; otherwise mid-word.
    """
    if len(text) <= limit:
        return text
    if limit < 2:
        return text[: max(limit, 0)]
    room = text[: limit - 1]
    floor = (limit - 1) // 2
    ends = [m.end() for m in _SENTENCE_END.finditer(room + " ")]
    spaces = [m.start() for m in _SPACE.finditer(room)]
    for positions in (ends, spaces):
        good = [p for p in positions if p >= floor]
        if good:
            return room[: good[-1]].rstrip() + ELLIPSIS
    return room + ELLIPSIS


def fit_body(body: str, limit: int, link: str | None) -> str:
    """`body` in at most `limit` characters, the link kept (re-added at the end if cut off)."""
    if len(body) <= limit:
        return body
    tail = f"\n{link}" if link else ""
    if len(tail) >= limit:
        return cut_clean(body, limit)
    head = cut_clean(body, limit - len(tail))
    if link and link in head:
        return cut_clean(body, limit)
    return head + tail
