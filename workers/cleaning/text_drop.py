"""Clean a plain-text drop (a page copied out of a browser) down to headline and story.

Steps: split into lines; score each line as prose or furniture (line_features + scoring);
take the maximum-scoring contiguous block as the article; drop the furniture still inside it
(teaser boxes, truncated teasers, template placeholders); find the headline above it.
"""

from __future__ import annotations

from collections.abc import Sequence

from workers.cleaning.article_block import (
    anchored_block,
    article_block,
    close_block,
    list_boxes,
)
from workers.cleaning.dates import find_published
from workers.cleaning.headline import find_headline
from workers.cleaning.language import detect_language, stopwords
from workers.cleaning.line_features import (
    Line,
    LineFeatures,
    document_stopwords,
    features,
    split_lines,
    vector,
)
from workers.cleaning.model import CleanArticle, CleaningStats
from workers.cleaning.scoring import line_logits, segment_scores

_PROSE_MIN_CHARS = 80  # lines this long are prose enough to identify the language
_LANGUAGE_SAMPLE = 1500
_LABEL_MAX_WORDS = 3  # "Read also", "Related", "Читайте также": a label, not a paragraph
_TEASER_MAX_WORDS = 20
_EDGE_MIN_LOGIT = 0.0
_NOTE_MAX_LINES = 4
_PROSE_MIN_WORDS = 12
# The fitted model sees whole pages; on a short page a lone paragraph lacks the neighbours that
# vouch for it, so a real paragraph of sentences never scores below this.
PROSE_FLOOR = 0.0  # the block's first and last lines must be likelier prose than not


def clean_text_drop(text: str, *, language_hint: str | None = None) -> CleanArticle:
    """Return the headline and article paragraphs of a plain-text drop."""
    lines = split_lines(text)
    language = language_hint or detect_language(_prose_sample(lines) or text)
    feats = features(lines, document_stopwords(lines, stopwords(language)))
    logits = [
        max(z, PROSE_FLOOR) if _is_prose(f) else z
        for z, f in zip(line_logits([vector(f) for f in feats]), feats, strict=True)
    ]
    scores = segment_scores(logits, [len(line.text) for line in lines])
    if 0 < len(lines) <= _NOTE_MAX_LINES and max(scores) <= 0:
        # A few lines, none like an article block: a note, not a page. Nothing in it can be
        # told apart as clutter, so keep it whole rather than pick the least-bad line.
        return _as_written(text, lines, language)
    block = article_block(lines, feats, scores)
    start, end = _trim_edges(logits, feats, block.start, block.end)
    headline = find_headline(lines, feats, start, end)
    if headline.repeats_title and headline.index is not None:
        start, end = anchored_block(scores, block._replace(start=start, end=end), headline.index)
        start, end = _trim_edges(logits, feats, start, end)
    start, end = close_block(lines, feats, start, end)
    kept = [
        i for i in _without_furniture(lines, feats, range(start, end + 1)) if i != headline.index
    ]
    paragraphs = tuple(lines[i].text for i in kept)
    header = [line.text for line in lines[: max(start, (headline.index or 0) + 1) + 3]]
    return CleanArticle(
        title=headline.text,
        paragraphs=paragraphs,
        language=language,
        published_at=find_published(header),
        site_name=headline.site_name,
        canonical_url=None,
        stats=CleaningStats.measure(text, len(lines), paragraphs, "text-drop"),
    )


def _as_written(text: str, lines: Sequence[Line], language: str | None) -> CleanArticle:
    """The first line as headline when it reads like one, every other line as the body."""
    first = lines[0].text
    titled = len(lines) > 1 and not first.rstrip().endswith((".", "!", "?", "…"))
    paragraphs = tuple(line.text for line in (lines[1:] if titled else lines))
    return CleanArticle(
        title=first if titled else "",
        paragraphs=paragraphs,
        language=language,
        published_at=find_published(line.text for line in lines[:4]),
        site_name=None,
        canonical_url=None,
        stats=CleaningStats.measure(text, len(lines), paragraphs, "text-drop-as-written"),
    )


def _is_prose(f: LineFeatures) -> bool:
    """A paragraph of full sentences: many words, sentence punctuation, a paragraph of its own."""
    return f.words >= _PROSE_MIN_WORDS and f.ends_sentence and f.isolated and not f.duplicate


def _prose_sample(lines: Sequence[Line]) -> str:
    prose = [line.text for line in lines if len(line.text) >= _PROSE_MIN_CHARS]
    return "\n".join(prose)[:_LANGUAGE_SAMPLE]


def _trim_edges(
    logits: Sequence[float], feats: Sequence[LineFeatures], start: int, end: int
) -> tuple[int, int]:
    """Kadane may pull a weak non-sentence line (a credit, "Share") into either end; drop it."""

    def weak(i: int) -> bool:
        return logits[i] < _EDGE_MIN_LOGIT and not feats[i].ends_sentence

    while start < end and weak(start):
        start += 1
    while end > start and weak(end):
        end -= 1
    return start, end


def _without_furniture(
    lines: Sequence[Line], feats: Sequence[LineFeatures], block: range
) -> list[int]:
    """Drop what sits inside the article block but is not the article."""
    dropped = list_boxes(lines, feats, block)
    for i in block:
        f = feats[i]
        if f.placeholder or (f.truncated and f.words < _TEASER_MAX_WORDS):
            dropped.add(i)
        elif _is_label(f) and i + 1 in block and _is_teaser(feats[i + 1]):
            # A short label right before a headline-like line is a "Read also" box.
            dropped.update((i, i + 1))
    return [i for i in block if i not in dropped]


def _is_label(f: LineFeatures) -> bool:
    return f.words <= _LABEL_MAX_WORDS and not f.ends_sentence


def _is_teaser(f: LineFeatures) -> bool:
    return 2 <= f.words <= _TEASER_MAX_WORDS and not f.ends_sentence
