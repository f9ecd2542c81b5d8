"""Find the headline of a text drop among the lines above (or opening) the article block.

The first line of a browser copy is often the page <title> ("Headline - Site"); when it is,
the headline is the line above the body that repeats it. Otherwise the headline is the
title-like line nearest the body: a paragraph on its own, a handful of words, no sentence
punctuation, and often followed by a dateline.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from workers.cleaning.line_features import Line, LineFeatures

_WORD = re.compile(r"\w+")
# Separators between headline and site name in a page title.
_TITLE_SEPARATORS = re.compile(r"\s+[|\-–—:•·»]\s+")
_LOOKBACK = 40  # lines above the body searched for the headline
_LOOKAHEAD = 3  # the body may start with its own headline
_MIN_WORDS, _MAX_WORDS = 2, 30
_TITLE_MATCH = 0.7  # token-set F1 between a line and the page title (or one of its parts)
_TITLE_MIN_WORDS = 3  # a title part this long is a headline, not a site name
_DISTANCE_PENALTY = 0.002  # per line away from the body: of equal matches, the nearer wins
# Without a page title, lines shaped like a headline but that are furniture (English cues).
_FURNITURE_START = re.compile(
    r"^\W*(?:by|posted|written|filed|tagged|photo|image|credit|source|share|skip|subscribe|"
    r"follow|sign|log|read|related|home|enlarge|play|watch|click|search|view|more)\b",
    re.IGNORECASE,
)
_CREDIT = re.compile(
    r"getty|shutterstock|/ap\b|\bap photo|reuters|\bafp\b|\bphoto(?:s|graph)?(?: by|:)|"
    r"\bcredit|\bcourtesy\b|\bimages?\b|\brss\b|\bfeed\b|\bvideos?\b",
    re.IGNORECASE,
)
_BREADCRUMB = re.compile(r"[»«›‹>]|\s/\s")
_BYLINE = re.compile(r"^\W*(?:by|posted|written)\b", re.IGNORECASE)
_SHOUT_MAX_WORDS = 4  # "TOP VIDEOS", "LOCAL NEWS": a label, not a headline
_CLOSERS = "\"'”’»)] "


@dataclass(frozen=True)
class Headline:
    """The chosen headline line (index into the non-empty lines) and the site name if seen."""

    index: int | None
    text: str
    site_name: str | None
    repeats_title: bool = False  # the line repeats the page title: strong evidence


def find_headline(
    lines: Sequence[Line], feats: Sequence[LineFeatures], body_start: int, body_end: int
) -> Headline:
    """Pick the headline for an article whose block spans ``body_start``..``body_end``."""
    if not lines:
        return Headline(None, "", None)
    page_title, site_name = _split_page_title(lines[0].text)
    repeated = _repeats_title(lines, feats, body_start, body_end)
    if repeated is not None:
        return Headline(repeated, lines[repeated].text, site_name, repeats_title=True)
    if site_name is not None and len(_WORD.findall(page_title)) >= _TITLE_MIN_WORDS:
        # The first line is "Headline | Site" and the page shows no copy of it: the part
        # that is not the site name is the headline.
        return Headline(None, page_title, site_name)
    title_words = _words(page_title)
    lo = max(0, body_start - _LOOKBACK)
    hi = min(len(lines), body_start + _LOOKAHEAD)
    scored = [
        (_score(lines, feats, i, body_start, title_words), i)
        for i in range(lo, hi)
        if _is_candidate(lines[i], feats[i])
    ]
    if not scored:
        return Headline(None, page_title, site_name)
    _best, index = max(scored)
    return Headline(index, lines[index].text, site_name)


def _repeats_title(
    lines: Sequence[Line], feats: Sequence[LineFeatures], body_start: int, body_end: int
) -> int | None:
    """The line (below the first) that repeats the page title best, nearest the body on ties.

    The first line of a drop made from a whole page is its <title>, often "Headline | Site" or
    "Site - Section - Headline": a later line holding most of the words of the whole title or
    of its longest part (the headline; site and section names are the short parts), and few
    others, is the on-page headline, wherever the article block was found.
    """
    first = lines[0].text
    bags = [_words(first), *(_words(part) for part in _title_parts(first))]
    best: tuple[float, int] | None = None
    for i in range(1, min(len(lines), body_end + 1)):
        if not _MIN_WORDS <= feats[i].words <= _MAX_WORDS:
            continue
        words = _words(lines[i].text)
        match = max(_overlap(words, b) for b in bags)
        if match < _TITLE_MATCH:
            continue
        score = match - _DISTANCE_PENALTY * abs(body_start - i)
        if best is None or score > best[0]:
            best = (score, i)
    return None if best is None else best[1]


def _overlap(a: set[str], b: set[str]) -> float:
    """Token-set F1 of two word sets."""
    shared = len(a & b)
    return 2 * shared / (len(a) + len(b)) if shared else 0.0


def _title_parts(first: str) -> list[str]:
    """The parts of a page title that may be its headline: the longest, and the first one
    ("Post | Blog name | Blog tagline": a short post title before a long tagline)."""
    parts = [p for p in _TITLE_SEPARATORS.split(first) if p.strip()]
    if len(parts) < 2:
        return []
    first_part, longest = parts[0], max(parts, key=len)
    return [longest] if len(first_part.split()) < _MIN_WORDS else [longest, first_part]


def _split_page_title(first: str) -> tuple[str, str | None]:
    """'Headline - Site Name' -> ('Headline', 'Site Name'); the longest part is the headline."""
    parts = [p for p in _TITLE_SEPARATORS.split(first) if p.strip()]
    if len(parts) < 2:
        return first, None
    headline = max(parts, key=len)
    site = parts[-1] if parts[-1] is not headline else parts[0]
    return headline, site if len(_WORD.findall(site)) <= 6 else None


def _words(text: str) -> set[str]:
    return {w.casefold() for w in _WORD.findall(text)}


def _is_candidate(line: Line, f: LineFeatures) -> bool:
    return (
        _MIN_WORDS <= f.words <= _MAX_WORDS
        and not f.truncated
        and not f.placeholder
        and not f.urlish
        and f.digit_ratio < 0.5
        and not _looks_like_furniture(line.text)
    )


def _looks_like_furniture(text: str) -> bool:
    """A byline, photo credit, breadcrumb, label or prompt: shaped like a headline, never one."""
    if _FURNITURE_START.match(text) or _CREDIT.search(text) or _BREADCRUMB.search(text):
        return True
    letters = [c for c in text if c.isalpha()]
    shouting = bool(letters) and all(c.isupper() for c in letters)
    return text.rstrip().endswith(":") or (shouting and len(text.split()) <= _SHOUT_MAX_WORDS)


def _score(
    lines: Sequence[Line],
    feats: Sequence[LineFeatures],
    i: int,
    body_start: int,
    title_words: set[str],
) -> float:
    f = feats[i]
    words = _words(lines[i].text)
    score = 0.0
    if title_words and words and i > 0:
        # A line repeating the page title is the on-page headline.
        score += 6.0 * len(words & title_words) / max(len(words | title_words), 1)
    score += 1.0 * f.isolated + (1.5 if 3 <= f.words <= 20 else 0.5)
    score -= 0.5 * f.duplicate
    score -= 1.5 * (f.ends_sentence and lines[i].text.rstrip(_CLOSERS).endswith("."))
    score -= 0.8 * f.dated
    # A dateline or byline just below marks the headline above it.
    below = [feats[j].dated or bool(_BYLINE.match(lines[j].text))
             for j in range(i + 1, min(i + 4, len(feats)))]  # fmt: skip
    score += 1.0 * any(below) + 1.0 * (below[:1] == [True])
    score -= 0.1 * abs(body_start - i)  # nearer the body is likelier
    score -= 1.0 * (i >= body_start)  # the block opening with its headline is the exception
    return score
