"""Per-line evidence for telling article prose from page furniture in a plain-text drop.

A browser copy keeps one block per line: article paragraphs are long, full of stop words, end
in sentence punctuation and stand between blank lines; menus, teaser lists and footers are runs
of short, capitalised, repeated or truncated lines. Every feature here is language-neutral or
driven by the document's own stop-word list, so no phrase list is needed.

This runs once per line of every drop, so each regex search is guarded by a cheap substring
test that every match needs (a date needs a digit, a truncation needs "..." or "…"): the
answers are those of the bare searches, without scanning lines that cannot match.
tests/unit/cleaning/test_line_features.py keeps the plain definitions and checks them against
these, value for value.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Sequence
from itertools import groupby
from typing import NamedTuple

_WORD = re.compile(r"\w+")
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]")
_CLOSERS = "\"'”’»)]›"
_TRAILING = _CLOSERS + " "  # stripped before looking for the sentence end
_SENTENCE_END = ".!?。！？"
_PUNCT = re.compile(r"[,.;:!?、。，]")
_TRUNCATED = re.compile(r"(\.\.\.|…)\W{0,3}$")
_ELLIPSIS = re.compile(r"\w(\.\.\.|…)\s+\w")
_PLACEHOLDER = re.compile(r"\{\{.*?\}\}|\{%.*?%\}|\$\{[^}]*\}|<%.*?%>")
_URLISH = re.compile(r"https?://|www\.|@\w|©|\|")
# Dates and clock times mark bylines, datelines and comment headers ("Alex on May 2 at 6:34 pm"):
# "6:34", "2017-10-23", "23.10.2017", "2 May" or "May 2", as whole words, in any case. The forms
# that open with a digit are written digit-first (the word boundary before it as a lookbehind),
# which lets the regex engine skip straight to digits instead of trying every position.
_MONTHS = "jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec"
_DATE_FROM_DIGIT = re.compile(
    r"\d(?<!\w\d)(?:\d?:\d{2}\b|\d{3}-\d{2}-\d{2}\b|\d?[./]\d{1,2}[./]\d{2,4}\b"
    rf"|\d? ({_MONTHS})[a-z]*\b)",
    re.IGNORECASE,
)
_DATE_FROM_MONTH = re.compile(rf"\b({_MONTHS})[a-z]*\.? \d{{1,2}}\b", re.IGNORECASE)
# Every letter that matches a month letter ignoring case folds to it, so a "May 2" line holds a
# month name once case-folded: a cheap test before _DATE_FROM_MONTH.
_MONTH_NAME = re.compile(_MONTHS)


class Line(NamedTuple):
    """One non-empty line of a drop, with its place in the page."""

    ordinal: int  # position among the non-empty lines (not "index": that is a tuple method)
    text: str
    blank_before: bool
    blank_after: bool
    run_length: int  # consecutive non-empty lines in the block this line belongs to


class LineFeatures(NamedTuple):
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
    for non_empty, group in groupby(raw, bool):
        if not non_empty:
            continue
        run = list(group)
        first, last = len(lines), len(run) - 1
        lines += [Line(first + k, line, k == 0, k == last, last + 1) for k, line in enumerate(run)]
    return lines


def _word_count(words: list[str], text: str) -> float:
    """Words, counting CJK characters at two per word since those scripts use no spaces."""
    if text.isascii():  # no CJK characters (the common case, also tested inline for speed)
        return float(len(words))
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
    folded = [line.text.casefold() for line in lines]
    counts = Counter(folded)
    total = max(len(lines) - 1, 1)
    return [
        _line_features(line, stop, counts[key] > 1, total)
        for line, key in zip(lines, folded, strict=True)
    ]


def _line_features(line: Line, stop: frozenset[str], duplicate: bool, total: int) -> LineFeatures:
    text = line.text
    tokens = _WORD.findall(text)
    n_tokens = len(tokens) or 1
    # A digit is a word character but not a letter: letters-only tokens mean no digit at all.
    letters_only = "".join(tokens).isalpha() or not tokens
    ellipsis = "..." in text or "…" in text
    truncated = ellipsis and _TRUNCATED.search(text) is not None
    core = text.rstrip(_TRAILING)
    ends_sentence = bool(core) and core[-1] in _SENTENCE_END and not truncated
    digits = 0 if letters_only else sum(map(str.isdigit, tokens))
    dated = not letters_only and _is_dated(text)  # every date has a digit
    return LineFeatures(  # positional: several times faster than keywords, in field order
        float(len(tokens)) if text.isascii() else _word_count(tokens, text),  # words
        sum([t.casefold() in stop for t in tokens]) / n_tokens,  # stop_ratio
        ends_sentence,
        truncated,
        len(_ELLIPSIS.findall(text)) if ellipsis else 0,  # inner_ellipses
        _has_placeholder(text),
        duplicate,
        line.blank_before and line.blank_after,  # isolated
        line.run_length,
        len(_PUNCT.findall(text)) / n_tokens,  # punct_per_word
        digits / n_tokens,  # digit_ratio
        sum([t[0].isupper() for t in tokens]) / n_tokens,  # capital_ratio
        line.ordinal / total,  # position
        _is_urlish(text),
        dated,
    )


def _is_dated(text: str) -> bool:
    """A date or clock time: one of the forms described at ``_DATE_FROM_DIGIT``."""
    if _DATE_FROM_DIGIT.search(text) is not None:
        return True
    folded = text.casefold()
    return _MONTH_NAME.search(folded) is not None and _DATE_FROM_MONTH.search(text) is not None


def _has_placeholder(text: str) -> bool:
    """A template placeholder: every form opens with "{" ("{{", "{%", "${") or with "<%"."""
    return ("{" in text or "<%" in text) and _PLACEHOLDER.search(text) is not None


def _is_urlish(text: str) -> bool:
    """A URL, handle, © or "|"; only "@" and "http" need the regex to confirm."""
    if "|" in text or "©" in text or "www." in text:
        return True
    return ("@" in text or "http" in text) and _URLISH.search(text) is not None


def vector(f: LineFeatures) -> list[float]:
    """The model input for one line, in the order of ``scoring.WEIGHTS``."""
    (words, stop_ratio, ends_sentence, truncated, inner_ellipses, placeholder, duplicate,
     isolated, run_length, punct_per_word, digit_ratio, capital_ratio, position, urlish,
     dated) = f  # fmt: skip
    return [
        math.log1p(words),
        stop_ratio,
        float(ends_sentence),
        float(truncated),
        float(min(inner_ellipses, 3)),
        float(placeholder),
        float(duplicate),
        float(isolated),
        math.log(run_length),
        min(punct_per_word, 1.0),
        digit_ratio,
        capital_ratio,
        position,
        float(urlish),
        float(dated),
    ]
