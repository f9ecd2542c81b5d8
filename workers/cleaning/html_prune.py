"""Cut the reader-comment thread off the article an HTML extractor chose.

trafilatura with comments off and readability still keep a comment thread when the page marks
it up like the post (a TypePad or Movable Type blog: each comment a ``<p>`` run with a "Posted
by: Ann | May 2, 2012 6:34 PM" line), and a long thread under a short post sinks the page's
precision. The thread gives itself away in the text the same way as in a text drop, so the
drop's thread finder (``comments.find_thread``) reads the chosen paragraphs, one per line, and
the article ends where the thread (or a comment-section label such as "12 Comments") starts.
Every candidate is cut before the combiner compares them: two readings that differ only by a
thread then agree, and a thread does not outvote a story.

The cut never empties a reading: it needs some article above the thread, else the paragraphs
stay as they are (a page that is all thread is better kept than refused).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from workers.cleaning.comments import find_thread, marker_strength, section_label_after
from workers.cleaning.html_extractors import Candidate
from workers.cleaning.language import stopwords
from workers.cleaning.line_features import Line, LineFeatures, document_stopwords, features

# Words of article the cut must leave above a thread (a photo post's caption is about this).
MIN_ARTICLE_WORDS = 20
# A section label ends the article once this much stands above it, or at least as much as
# below it ("2 comments" under the headline of a long post does not).
_ARTICLE_BEFORE_LABEL_WORDS = 100
# ...and only with a comment's stamp this close below it (a poll's "Response" column header
# is no comment section), unless it is the reading's last line (a "Leave a Reply" form).
_LABEL_MARKER_REACH = 15


def pruned(candidate: Candidate, language: str | None = None) -> Candidate:
    """The candidate without a comment thread after its article (see module docstring)."""
    paragraphs = without_comment_thread(candidate.paragraphs, language)
    return (
        candidate
        if paragraphs == candidate.paragraphs
        else replace(candidate, paragraphs=paragraphs)
    )


def without_comment_thread(
    paragraphs: tuple[str, ...], language: str | None = None
) -> tuple[str, ...]:
    """The paragraphs up to the comment thread or comment-section label, if one follows."""
    if not paragraphs:
        return paragraphs
    lines = [Line(i, text, True, True, 1) for i, text in enumerate(paragraphs)]
    feats = features(lines, document_stopwords(lines, stopwords(language)))
    return paragraphs[: thread_start(lines, feats)]


def thread_start(lines: Sequence[Line], feats: Sequence[LineFeatures]) -> int:
    """Index of the first comment line below enough article, or ``len(lines)``."""
    thread = find_thread(lines, feats)
    if thread is not None and _words(feats, 0, thread.start) >= MIN_ARTICLE_WORDS:
        return thread.start
    label = section_label_after(lines, feats, 0, len(lines) - 1)
    if label is None or _words(feats, 0, label) < min(
        _words(feats, label, len(lines)), _ARTICLE_BEFORE_LABEL_WORDS
    ):
        return len(lines)
    below = range(label + 1, min(len(lines), label + 1 + _LABEL_MARKER_REACH))
    if label == len(lines) - 1 or any(marker_strength(lines[i].text, feats[i]) == 2 for i in below):
        return label
    return len(lines)


def _words(feats: Sequence[LineFeatures], start: int, stop: int) -> float:
    return sum(f.words for f in feats[start:stop])
