"""The sentence that made a rule fire, so an alert explains itself."""

from __future__ import annotations

import re
from collections.abc import Sequence

SENTENCE_END = re.compile(r"(?<=[.!?…])\s+|\n+")
MAX_SNIPPET_CHARS = 300


def hit_sentence(terms: Sequence[str], title: str, body: str) -> str:
    """The first body sentence holding the most matched words; the title if none does."""
    if not terms:
        return title[:MAX_SNIPPET_CHARS]
    patterns = [re.compile(rf"\b{re.escape(t)}\b", re.IGNORECASE) for t in terms]
    best, best_hits = "", 0
    for sentence in SENTENCE_END.split(body):
        hits = sum(1 for p in patterns if p.search(sentence))
        if hits > best_hits:
            best, best_hits = sentence.strip(), hits
            if hits == len(patterns):
                break
    chosen = best or title
    if len(chosen) > MAX_SNIPPET_CHARS:
        chosen = chosen[: MAX_SNIPPET_CHARS - 1].rsplit(" ", 1)[0] + "…"
    return chosen
