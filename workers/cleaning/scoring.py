"""Line scores and the article block: a logistic model over line features, then the
maximum-scoring contiguous run of lines.

The weights were fitted by logistic regression on line labels of a public extraction benchmark
(development split; two-fold cross-validation gave the same F1 within 0.02 either way) and are
frozen here, so cleaning needs no model file and no training at run time.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from itertools import pairwise
from operator import mul

# Order: line_features.vector(), then previous-lines and next-lines context (see _context).
WEIGHTS: tuple[float, ...] = (
    0.545,  # log(1 + words)
    0.123,  # stop-word ratio
    1.148,  # ends in sentence punctuation
    -1.185,  # ends in "..." / "…" (truncated teaser)
    -1.198,  # inner ellipses (a run of teasers on one line)
    -5.0,  # template placeholder: never content, set by hand (absent from the fitting data)
    -0.805,  # repeated elsewhere on the page
    1.328,  # blank line before and after (a paragraph, not a menu item)
    0.808,  # log(run length)
    0.490,  # punctuation per word
    -0.606,  # digit-token ratio
    -0.884,  # capitalised-word ratio
    -1.477,  # relative position in the page
    0.395,  # URL, handle, © or "|"
    0.371,  # contains a date or clock time
    0.975,  # previous lines: mean log(1 + words)
    -0.628,  # previous lines: mean stop-word ratio
    1.237,  # previous lines: share ending in sentence punctuation
    0.842,  # next lines: mean log(1 + words)
    -0.792,  # next lines: mean stop-word ratio
    1.150,  # next lines: share ending in sentence punctuation
)
BIAS = -7.600
# Kadane's threshold: lines a bit below even odds still join a block of strong prose, so a
# short caption or subheading does not split the article in two.
SEGMENT_OFFSET = -1.0
_CONTEXT = 2  # lines either side that inform a line's score
_CONTEXT_COLUMNS = 3  # log words, stop-word ratio, sentence end
_OWN_WEIGHTS = WEIGHTS[: -2 * _CONTEXT_COLUMNS]
_CONTEXT_WEIGHTS = WEIGHTS[-2 * _CONTEXT_COLUMNS :]
_Columns = tuple[float, float, float]  # the _CONTEXT_COLUMNS of one line
_NO_CONTEXT: _Columns = (0.0, 0.0, 0.0)


def line_logits(vectors: Sequence[Sequence[float]]) -> list[float]:
    """Log-odds that each line belongs to the article, from its own and its neighbours' features.

    The dot product is summed strictly left to right, the line's own features and then its
    context, as one ``sum`` over both would be: the rounding, and so every decision, is the same.
    """
    wb0, wb1, wb2, wa0, wa1, wa2 = _CONTEXT_WEIGHTS
    own = [sum(map(mul, _OWN_WEIGHTS, v)) for v in vectors]
    before, after = _context_means([(v[0], v[1], v[2]) for v in vectors])
    return [
        BIAS + (total + wb0 * b0 + wb1 * b1 + wb2 * b2 + wa0 * a0 + wa1 * a1 + wa2 * a2)
        for total, (b0, b1, b2), (a0, a1, a2) in zip(own, before, after, strict=True)
    ]


def _context_means(columns: Sequence[_Columns]) -> tuple[list[_Columns], list[_Columns]]:
    """Per line, the column means over the ``_CONTEXT`` (two) lines before it and after it.

    A mean of two rows is ``(a + b) / 2`` and of one row (at the page edges) the row itself,
    exactly as ``sum(rows) / len(rows)`` computes them.
    """
    n = len(columns)
    pairs = [
        ((a0 + b0) / 2, (a1 + b1) / 2, (a2 + b2) / 2)
        for (a0, a1, a2), (b0, b1, b2) in pairwise(columns)
    ]
    edge_before = [_NO_CONTEXT, *columns[:1]][:n]  # lines 0 and 1 see 0 and 1 lines before
    edge_after = [*columns[-1:], _NO_CONTEXT][-n:] if n else []  # likewise the last two
    return [*edge_before, *pairs[: max(n - 2, 0)]], [*pairs[1:], *edge_after]


def segment_scores(logits: Sequence[float], lengths: Sequence[int]) -> list[float]:
    """Per-line gains for the block search: long lines weigh more, by the square root of length."""
    return [(z - SEGMENT_OFFSET) * math.sqrt(n) for z, n in zip(logits, lengths, strict=True)]


def best_segment(scores: Sequence[float]) -> tuple[int, int]:
    """Inclusive bounds of the contiguous run with the largest total score (Kadane)."""
    best, best_start, best_end = -math.inf, 0, -1
    running, start = 0.0, 0
    for i, score in enumerate(scores):
        if running <= 0:
            running, start = score, i
        else:
            running += score
        if running > best:
            best, best_start, best_end = running, start, i
    return best_start, best_end
