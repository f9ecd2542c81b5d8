"""Choose the article block of a text drop from per-line scores, with page evidence.

The line model scores every line; the article is the maximum-scoring contiguous run (Kadane).
Two kinds of page evidence overrule the bare maximum:

- a reader-comment thread (``comments.find_thread``) is never the article: the block is sought
  above the thread, and a comment-section label closes a block that runs into one;
- the on-page headline, found by its repeat of the page title, anchors the article: a short
  post right under its headline beats a longer block elsewhere (a teaser list, a sidebar, a
  footer) unless that block is far stronger.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

from workers.cleaning.comments import find_thread, section_label_after
from workers.cleaning.line_features import Line, LineFeatures
from workers.cleaning.lists import is_counted_teaser, is_list_label, is_promo
from workers.cleaning.scoring import best_segment

# A comment-section label ends the article once this much of it stands above (a comment count
# just under the headline does not).
_ARTICLE_BEFORE_LABEL_WORDS = 100
_ANCHOR_REACH = 8  # the article starts at most this many lines below its headline
_ANCHOR_SPAN = 400  # lines searched below the headline for the block's end
ANCHOR_SHARE = 0.15  # the block under the headline wins unless the best is this much stronger
_PROMO_PROSE_WORDS = 12  # a longer sentence that mentions "subscribe" may be the story's


class Block(NamedTuple):
    """Inclusive bounds of the article block and where any comment thread starts."""

    start: int
    end: int
    limit: int  # the first line of the comment thread, or the number of lines


def article_block(
    lines: Sequence[Line], feats: Sequence[LineFeatures], scores: Sequence[float]
) -> Block:
    """The best block of prose before any comment thread; the thread is never the article."""
    thread = find_thread(lines, feats)
    if thread is not None:
        start, end = best_segment(scores[: thread.start])
        if end >= start and sum(scores[start : end + 1]) > 0:
            return Block(start, end, thread.start)
        masked = [*scores[: thread.start], *([-1.0] * (thread.end + 1 - thread.start)),
                  *scores[thread.end + 1 :]]  # fmt: skip
        return Block(*best_segment(masked), len(lines))
    start, end = best_segment(scores)
    label = section_label_after(lines, feats, start, end)
    if label is not None and _words(feats, start, label) >= min(
        _words(feats, label, end + 1), _ARTICLE_BEFORE_LABEL_WORDS
    ):
        # "{ 131 comments }" or "Leave a Reply": what follows is the thread.
        return Block(start, label - 1, label)
    return Block(start, end, len(lines))


def anchored_block(scores: Sequence[float], block: Block, headline: int) -> tuple[int, int]:
    """The block right under the headline when it holds up against the best block."""
    if block.start - _ANCHOR_REACH <= headline < block.start:
        return block.start, block.end  # the best block already opens under the headline
    best_total = sum(scores[block.start : block.end + 1])
    found = _best_opening_near(scores, headline + 1, min(block.limit, headline + 1 + _ANCHOR_SPAN))
    if found is None or found[0] <= 0 or found[0] < ANCHOR_SHARE * best_total:
        return block.start, block.end
    return found[1], found[2]


def _best_opening_near(
    scores: Sequence[float], first: int, stop: int
) -> tuple[float, int, int] | None:
    """The best (total, start, end) segment in ``first``..``stop`` that opens within reach.

    A segment's total is a difference of prefix sums, so one pass keeps the smallest prefix
    among the allowed openings so far and the best total ending at each line.
    """
    found: tuple[float, int, int] | None = None
    prefix, low, low_at = 0.0, 0.0, first
    for end in range(first, stop):
        if end < first + _ANCHOR_REACH and (end == first or prefix < low):
            low, low_at = prefix, end
        prefix += scores[end]
        if found is None or prefix - low > found[0]:
            found = (prefix - low, low_at, end)
    return found


def close_block(
    lines: Sequence[Line], feats: Sequence[LineFeatures], start: int, end: int
) -> tuple[int, int]:
    """Drop promo lines (subscribe, share, read more, copyright), counted teasers and list
    labels from the block's tail: they follow the article's last paragraph."""
    while end > start and _tail_furniture(lines[end].text, feats[end]):
        end -= 1
    return start, end


def list_boxes(lines: Sequence[Line], feats: Sequence[LineFeatures], block: range) -> set[int]:
    """Lines of related / most-read boxes inside the block: the label and the teaser
    headlines under it, up to the next line that ends a sentence (the article resumes)."""
    boxed: set[int] = set()
    i = block.start
    while i < block.stop:
        if is_list_label(lines[i].text, feats[i]):
            boxed.add(i)
            i += 1
            while i < block.stop and not feats[i].ends_sentence:
                boxed.add(i)
                i += 1
        i += 1
    return boxed


def _tail_furniture(text: str, f: LineFeatures) -> bool:
    if is_counted_teaser(text, f) or is_list_label(text, f):
        return True
    return is_promo(text, f) and (f.words < _PROMO_PROSE_WORDS or not f.ends_sentence)


def _words(feats: Sequence[LineFeatures], start: int, stop: int) -> float:
    return sum(f.words for f in feats[start:stop])
