"""Per-line evidence for telling article prose from page furniture in a plain-text drop.

A browser copy keeps one block per line: article paragraphs are long, full of stop words, end
in sentence punctuation and stand between blank lines; menus, teaser lists and footers are runs
of short, capitalised, repeated or truncated lines. Every feature here is language-neutral or
driven by the document's own stop-word list, so no phrase list is needed.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

_WORD = re.compile(r"\w+")
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]")
_CLOSERS = "\"'”’»)]›"
_SENTENCE_END = ".!?。！？"
_TRUNCATED = re.compile(r"(\.\.\.|…)\W{0,3}$")
_ELLIPSIS = re.compile(r"\w(\.\.\.|…)\s+\w")
_PLACEHOLDER = re.compile(r"\{\{.*?\}\}|\{%.*?%\}|\$\{[^}]*\}|<%.*?%>")
_URLISH = re.compile(r"https?://|www\.|@\w|©|\|")
# Dates and clock times mark bylines, datelines and comment headers ("Alex on May 2 at 6:34 pm").
_DATE = re.compile(
    r"\b\d{1,2}:\d{2}\b|\b\d{4}-\d{2}-\d{2}\b|\b\d{1,2}[./]\d{1,2}[./]\d{2,4}\b"
    r"|\b(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.? \d{1,2}\b"
    r"|\b\d{1,2} (jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Line:
    """One non-empty line of a drop, with its place in the page."""

    index: int  # position among the non-empty lines
    text: str
    blank_before: bool
    blank_after: bool
    run_length: int  # consecutive non-empty lines in the block this line belongs to


@dataclass(frozen=True)
class LineFeatures:
    """Numbers that separate prose from furniture; see ``vector`` for the model input."""

    words: float
    stop_ratio: float
    ends_sentence: bool
    truncated: bool
    inner_ellipses: int
    placeholder: bool
    duplicate: bool
    isolated: bool
    run_length: int
    punct_per_word: float
    digit_ratio: float
    capital_ratio: float
    position: float
    urlish: bool
    dated: bool


def split_lines(text: str) -> list[Line]:
    """Non-empty lines with their blank-line neighbourhood (paragraphs vs runs)."""
    raw = [" ".join(line.split()) for line in text.splitlines()]
    lines: list[Line] = []
    i = 0
    while i < len(raw):
        if not raw[i]:
            i += 1
            continue
        start = i
        while i < len(raw) and raw[i]:
            i += 1
        for j in range(start, i):
            lines.append(
                Line(
                    index=len(lines),
                    text=raw[j],
                    blank_before=j == 0 or not raw[j - 1],
                    blank_after=j + 1 >= len(raw) or not raw[j + 1],
                    run_length=i - start,
                )
            )
    return lines


def word_count(text: str) -> float:
    """Words, counting CJK characters at two per word since those scripts use no spaces."""
    words = _WORD.findall(text)
    cjk = len(_CJK.findall(text))
    if cjk > len(text) / 3:
        return max(len(words), cjk / 2)
    return float(len(words))


def document_stopwords(lines: Sequence[Line], listed: frozenset[str]) -> frozenset[str]:
    """The language's stop words, or the page's own commonest short words when none are listed."""
    if listed:
        return listed
    counts = Counter(w.casefold() for line in lines for w in _WORD.findall(line.text))
    common = [w for w, _ in counts.most_common(60) if not w.isdigit() and len(w) <= 4]
    return frozenset(common[:30])


def features(lines: Sequence[Line], stop: frozenset[str]) -> list[LineFeatures]:
    """Compute the features of every line; duplicates are judged across the whole page."""
    counts = Counter(line.text.casefold() for line in lines)
    total = max(len(lines) - 1, 1)
    return [_line_features(line, stop, counts[line.text.casefold()] > 1, total) for line in lines]


def _line_features(line: Line, stop: frozenset[str], duplicate: bool, total: int) -> LineFeatures:
    text = line.text
    tokens = _WORD.findall(text)
    n_tokens = max(len(tokens), 1)
    core = text.rstrip(_CLOSERS + " ")
    return LineFeatures(
        words=word_count(text),
        stop_ratio=sum(1 for t in tokens if t.casefold() in stop) / n_tokens,
        ends_sentence=bool(core) and core[-1] in _SENTENCE_END and not _TRUNCATED.search(text),
        truncated=bool(_TRUNCATED.search(text)),
        inner_ellipses=len(_ELLIPSIS.findall(text)),
        placeholder=bool(_PLACEHOLDER.search(text)),
        duplicate=duplicate,
        isolated=line.blank_before and line.blank_after,
        run_length=line.run_length,
        punct_per_word=sum(1 for ch in text if ch in ",.;:!?、。，") / n_tokens,
        digit_ratio=sum(1 for t in tokens if t.isdigit()) / n_tokens,
        capital_ratio=sum(1 for t in tokens if t[0].isupper()) / n_tokens,
        position=line.index / total,
        urlish=bool(_URLISH.search(text)),
        dated=bool(_DATE.search(text)),
    )


def vector(f: LineFeatures) -> list[float]:
    """The model input for one line, in the order of ``scoring.WEIGHTS``."""
    return [
        math.log1p(f.words),
        f.stop_ratio,
        float(f.ends_sentence),
        float(f.truncated),
        float(min(f.inner_ellipses, 3)),
        float(f.placeholder),
        float(f.duplicate),
        float(f.isolated),
        math.log(f.run_length),
        min(f.punct_per_word, 1.0),
        f.digit_ratio,
        f.capital_ratio,
        f.position,
        float(f.urlish),
        float(f.dated),
    ]
