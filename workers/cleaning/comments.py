"""Find the reader-comment thread in a text drop, so it is cut as one region, not line by line.

A comment thread reads like prose (people write sentences), so a line model alone keeps it, and
a long thread under a short post can even outscore the post. What gives a thread away is its
rhythm: every comment carries a short header or footer line (a name with a date or "3 hours
ago", "says:", "Reply", "Report", "Score: 5") and those lines recur every few lines. A section
label ("12 Comments", "Leave a Reply", "Join the discussion") often opens it.

``thread_start`` returns the first line of the thread (or None). Everything from there on is
treated as comments: after a thread only the form, the footer and sidebars follow.
"""

from __future__ import annotations

import re
import statistics
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import pairwise

from workers.cleaning.line_features import Line, LineFeatures

# A label that opens a comment section; only short lines can be one.
_SECTION = re.compile(
    r"^\W*(?:"
    r"(?:\d[\d,]*|no|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?:\w+\s+)?(?:comments?|responses?|replies|thoughts|reactions|trackbacks?)\b.*"
    r"|(?:reader\s+|user\s+|your\s+)?(?:comments?|responses?|discussion)(?:\s*\(\d+\))?"
    r"|(?:leave|post|add|write|submit|have)\s+(?:a|an|your)?\s*(?:comment|reply|response|say)\b.*"
    r"|join\s+the\s+(?:discussion|conversation)\b.*"
    r"|comments?\s+(?:are\s+)?closed\b.*"
    r"|(?:you\s+must\s+be\s+)?log(?:ged)?\s*in\s+to\s+(?:post\s+a\s+)?(?:comment|reply)\b.*"
    r"|(?:sort|order)(?:ed)?\s+by:?\s+(?:newest|oldest|best|top|popular)\b.*"
    r"|(?:view|show|showing|read)\s+(?:all\s+)?\d*\s*comments?\b.*"
    r")\W*$",
    re.IGNORECASE,
)
_SECTION_MAX_WORDS = 10
# Header / footer cues of one comment.
_AGO = re.compile(
    r"\b(?:\d+|an?|one)\s+(?:sec(?:ond)?|min(?:ute)?|hour|hr|day|week|month|year)s?\s+ago\b",
    re.IGNORECASE,
)
_SAYS = re.compile(r"\b(?:says|said|wrote|writes|replied)\s*(?:[:,]|\.\.\.|…)?\s*$", re.IGNORECASE)
_SCORE = re.compile(r"\(score:\s*-?\d|\b-?\d+\s+points?\b|\b\d+\s+(?:likes?|votes?)\b", re.I)
# "March 3, 2012 at 4:15 pm", "Posted by Ann at 6:34": a comment's stamp, not an article's dateline.
_STAMP = re.compile(r"(?:\bat|@|\bposted\b.*)\s+\d{1,2}[:.]\d{2}\b", re.IGNORECASE)
_CUE = re.compile("|".join(f"(?:{p.pattern})" for p in (_AGO, _SAYS, _SCORE)), re.IGNORECASE)
# Every _CUE match holds one of these (a cheap test that skips the regex on most lines).
_CUE_KEYS = re.compile(r"ago|says|said|wrote|writes|replied|score|point|like|vote", re.I)
_ACTIONS = frozenset(
    ("reply", "replies", "report", "abuse", "flag", "permalink", "like", "likes", "unlike",
     "upvote", "downvote", "vote", "up", "down", "recommend", "recommended", "quote", "link",
     "delete", "edit")
)  # fmt: skip
_ACTION_KEYS = re.compile("|".join(sorted(_ACTIONS)), re.IGNORECASE)  # cheap test first
# Words that stand beside a comment action ("Reply • Share", "View 3 more replies") but on
# their own are article furniture too ("Share"), so they never make an action line alone.
_ACTION_COMPANIONS = frozenset(("share", "more", "view", "show", "hide", "load", "helpful"))
_ACTION_LINE_MAX_WORDS = 6
_MARKER_MAX_WORDS = 18
_DATED_MAX_WORDS = 14
_GAP = 8  # lines between two markers of one thread, at most
_MIN_MARKERS = 3
_MIN_STRONG = 2  # comment stamps, not datelines: without a label, a thread shows two
_MIN_PROSE = 2  # comments are written in sentences; a dated teaser list is not a thread
_HEADER_REACH = 15  # a section label this far above a thread opens it
_WORD = re.compile(r"\w+")


@dataclass(frozen=True)
class Thread:
    """A detected comment thread: its first line and its last marker line."""

    start: int
    end: int


def is_section_label(text: str, f: LineFeatures) -> bool:
    """ "12 Comments", "Leave a Reply", "Join the discussion": a comment section opens here."""
    return f.words <= _SECTION_MAX_WORDS and _SECTION.match(text) is not None


def marker_strength(text: str, f: LineFeatures) -> int:
    """2 for a comment's own header or footer ("Ann at May 2 at 6:34 pm", "3 hours ago",
    "says:", "Reply", "Score: 5"), 1 for a short dated line (a comment's or a teaser's), else 0."""
    if f.words > _MARKER_MAX_WORDS or (f.ends_sentence and f.words > _ACTION_LINE_MAX_WORDS):
        return 0
    if _CUE_KEYS.search(text) and _CUE.search(text):
        return 2
    if f.dated:
        return 2 if _STAMP.search(text) else int(f.words <= _DATED_MAX_WORDS)
    return 2 if f.words <= _ACTION_LINE_MAX_WORDS and _is_action_line(text) else 0


def _is_action_line(text: str) -> bool:
    """ "Reply", "Like · Reply · 3", "Reply • Share ›": comment actions, counts, nothing else."""
    if not _ACTION_KEYS.search(text):
        return False
    words = [w.casefold() for w in _WORD.findall(text)]
    return any(w in _ACTIONS for w in words) and all(
        w in _ACTIONS or w in _ACTION_COMPANIONS or w.isdigit() for w in words
    )


def _is_prose(f: LineFeatures) -> bool:
    return (f.words >= 8 and f.ends_sentence) or f.words >= 15


def find_thread(lines: Sequence[Line], feats: Sequence[LineFeatures]) -> Thread | None:
    """The first comment thread of the page, or None when the page shows no thread."""
    strength = [marker_strength(line.text, f) for line, f in zip(lines, feats, strict=True)]
    for cluster in _clusters([i for i, s in enumerate(strength) if s]):
        span = range(cluster[0], cluster[-1] + 1)
        prose = sum(1 for i in span if i not in cluster and _is_prose(feats[i]))
        if len(cluster) < _MIN_MARKERS or prose < _MIN_PROSE:
            continue
        strong = [i for i in cluster if strength[i] == 2]
        # The label may stand below the first stamp: the post's own "Posted on ... at 6:41".
        reach = strong[1] if len(strong) > 1 else cluster[0]
        label = _label_above(lines, feats, reach)
        if len(strong) >= _MIN_STRONG:
            opening = label if label is not None else _opening(lines, feats, strong)
            return Thread(opening, cluster[-1])
        if label is not None:
            return Thread(label, cluster[-1])
    return None


def _clusters(markers: Sequence[int]) -> list[list[int]]:
    """Markers grouped into runs where neighbours are at most ``_GAP`` lines apart."""
    clusters: list[list[int]] = []
    for i in markers:
        if clusters and i - clusters[-1][-1] <= _GAP:
            clusters[-1].append(i)
        else:
            clusters.append([i])
    return clusters


def _label_above(lines: Sequence[Line], feats: Sequence[LineFeatures], first: int) -> int | None:
    """The highest comment-section label in the ``_HEADER_REACH`` lines above line ``first``."""
    found = None
    for i in range(first - 1, max(-1, first - _HEADER_REACH - 1), -1):
        if is_section_label(lines[i].text, feats[i]):
            found = i
    return found


def _opening(lines: Sequence[Line], feats: Sequence[LineFeatures], cluster: list[int]) -> int:
    """Where a thread with no label opens: at its first comment."""
    first = cluster[0]
    after_last = cluster[-1] + 1
    if _SAYS.search(lines[first].text) or (
        after_last < len(feats) and _is_prose(feats[after_last])
    ):
        return first  # each comment opens with its marker: the thread opens with the first
    # Each comment ends with its marker ("Posted by ... at ..."): the first comment's text
    # stands above the first marker, as many lines as the thread's usual comment.
    gaps = [b - a for a, b in pairwise(cluster)]
    return max(0, first - (int(statistics.median(gaps)) - 1)) if gaps else first


def section_label_after(
    lines: Sequence[Line], feats: Sequence[LineFeatures], start: int, end: int
) -> int | None:
    """The first comment-section label inside the block (after its first line), if any."""
    for i in range(start + 1, end + 1):
        if is_section_label(lines[i].text, feats[i]):
            return i
    return None
