"""The fast line features and scores equal their plain definitions, exactly.

Each reference below is the straightforward form of a feature (one regex search or one ``sum``
per value); the shipped code skips work with substring guards, rewritten regexes and unrolled
sums, and must give the same answers bit for bit on random and real lines.
"""

from __future__ import annotations

import math
import random
import re
import sys
from collections import Counter

import pytest

from tests.unit.cleaning.conftest import seed_text
from workers.cleaning.line_features import (
    _MONTHS,
    features,
    split_lines,
    vector,
)
from workers.cleaning.scoring import BIAS, WEIGHTS, line_logits

_WORD = re.compile(r"\w+")
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]")
_TRUNCATED = re.compile(r"(\.\.\.|…)\W{0,3}$")
_ELLIPSIS = re.compile(r"\w(\.\.\.|…)\s+\w")
_PLACEHOLDER = re.compile(r"\{\{.*?\}\}|\{%.*?%\}|\$\{[^}]*\}|<%.*?%>")
_URLISH = re.compile(r"https?://|www\.|@\w|©|\|")
_DATE = re.compile(
    r"\b\d{1,2}:\d{2}\b|\b\d{4}-\d{2}-\d{2}\b|\b\d{1,2}[./]\d{1,2}[./]\d{2,4}\b"
    r"|\b(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.? \d{1,2}\b"
    r"|\b\d{1,2} (jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b",
    re.IGNORECASE,
)

# Characters that exercise every guard: digits of two scripts, separators of dates, ellipses,
# placeholder and URL marks, case (including the long s that matches "s" ignoring case), CJK.
_PIECES = [
    *"0123456789٣:-./ ,;!?'\"”»)…{}%$<>@|©_ßſİKx",
    "May", "MAY", "sept", "Dec.", "jan", "Jun", "Feb", "oct", "2017", "23", "6:34", "...",
    "{{", "}}", "{%", "%}", "${", "<%", "%>", "http://", "https://", "www.", "The", "the",
    "and", "of", "Lavrov", "新闻", "東京", "한국", "Москва", "и", "в",
]  # fmt: skip
_STOP = frozenset({"the", "and", "of", "и", "в", "ss"})


def _random_line(rng: random.Random) -> str:
    """Six random words, spaced as ``split_lines`` leaves a line."""
    return " ".join(
        " ".join("".join(rng.choices(_PIECES, k=rng.randint(1, 4))) for _ in range(6)).split()
    )


def _random_lines(count: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    return [_random_line(rng) for _ in range(count)]


def _reference_features(text: str, stop: frozenset[str]) -> tuple[object, ...]:
    """The per-line features that do not depend on neighbours, computed the plain way."""
    tokens = _WORD.findall(text)
    n_tokens = max(len(tokens), 1)
    cjk = len(_CJK.findall(text))
    words = max(len(tokens), cjk / 2) if cjk > len(text) / 3 else float(len(tokens))
    core = text.rstrip("\"'”’»)]› ")
    return (
        words,
        sum(1 for t in tokens if t.casefold() in stop) / n_tokens,
        bool(core) and core[-1] in ".!?。！？" and not _TRUNCATED.search(text),
        bool(_TRUNCATED.search(text)),
        len(_ELLIPSIS.findall(text)),
        bool(_PLACEHOLDER.search(text)),
        sum(1 for ch in text if ch in ",.;:!?、。，") / n_tokens,
        sum(1 for t in tokens if t.isdigit()) / n_tokens,
        sum(1 for t in tokens if t[0].isupper()) / n_tokens,
        bool(_URLISH.search(text)),
        bool(_DATE.search(text)),
    )


def _own_features(text: str, stop: frozenset[str]) -> tuple[object, ...]:
    (f,) = features(split_lines(text), stop)
    return (
        f.words, f.stop_ratio, f.ends_sentence, f.truncated, f.inner_ellipses, f.placeholder,
        f.punct_per_word, f.digit_ratio, f.capital_ratio, f.urlish, f.dated,
    )  # fmt: skip


def _seed_lines() -> list[str]:
    return [line.text for name in ("sana", "tass") for line in split_lines(seed_text(name))]


HAND_MADE = [
    "Alex on May 2 at 6:34 pm",
    "Posted 2017-10-23",
    "23.10.2017 | Politics",
    "2 May 2024",
    "MAY 12",
    "sept. 3",
    "ſep 3",  # the long s matches "s" ignoring case
    "a12:30",
    "12:305",
    "Read more...",
    "Teaser one... teaser two... next",
    "Hello {{ name }}",
    "Price ${price}",
    "<% if x %>",
    "mail @editor or http://x.org",
    "user@ host",
    "Москва, 12 мая",
    "新闻新闻新闻新闻 news",
    "42",
    "_",
    "",
]


@pytest.mark.parametrize("text", HAND_MADE)
def test_features_equal_their_definitions_on_hand_made_lines(text: str) -> None:
    if not text:
        assert split_lines(text) == []
        return
    assert _own_features(text, _STOP) == _reference_features(text, _STOP)


def test_features_equal_their_definitions_on_random_lines() -> None:
    for text in _random_lines(3000, seed=5):
        assert _own_features(text, _STOP) == _reference_features(text, _STOP), text


def test_features_equal_their_definitions_on_the_seeds() -> None:
    for text in _seed_lines():
        assert _own_features(text, _STOP) == _reference_features(text, _STOP), text


def test_month_letters_fold_to_themselves() -> None:
    """The case-folded month-name guard before the "May 2" regex can miss no match of it."""
    letters = sorted(set(_MONTHS) - {"|"})
    every_char = "".join(chr(c) for c in range(sys.maxunicode + 1) if not 0xD800 <= c <= 0xDFFF)
    for found in set(re.findall(f"[{''.join(letters)}]", every_char, re.IGNORECASE)):
        for letter in letters:
            if re.fullmatch(letter, found, re.IGNORECASE):
                assert found.casefold() == letter, (found, letter)


def _reference_split(text: str) -> list[tuple[int, str, bool, bool, int]]:
    raw = [" ".join(line.split()) for line in text.splitlines()]
    out: list[tuple[int, str, bool, bool, int]] = []
    i = 0
    while i < len(raw):
        if not raw[i]:
            i += 1
            continue
        start = i
        while i < len(raw) and raw[i]:
            i += 1
        for j in range(start, i):
            before = j == 0 or not raw[j - 1]
            after = j + 1 >= len(raw) or not raw[j + 1]
            out.append((len(out), raw[j], before, after, i - start))
    return out


def test_split_lines_equals_its_definition() -> None:
    rng = random.Random(3)
    pieces = ["a", "b c", "  d  ", "", "", "\t", "x\u00a0y"]
    for _ in range(2000):
        text = "\n".join(rng.choices(pieces, k=rng.randint(0, 12)))
        assert [tuple(line) for line in split_lines(text)] == _reference_split(text)


def _reference_logits(vectors: list[list[float]]) -> list[float]:
    def means(rows: list[list[float]]) -> list[float]:
        if not rows:
            return [0.0] * 3
        return [sum(row[c] for row in rows) / len(rows) for c in range(3)]

    logits = []
    for i, own in enumerate(vectors):
        full = [*own, *means(vectors[max(0, i - 2) : i]), *means(vectors[i + 1 : i + 3])]
        logits.append(BIAS + sum(w * x for w, x in zip(WEIGHTS, full, strict=True)))
    return logits


@pytest.mark.parametrize("count", [0, 1, 2, 3, 4, 7])
def test_line_logits_equal_the_plain_sum_bit_for_bit(count: int) -> None:
    rng = random.Random(count)
    for _ in range(200):
        vectors = [[rng.uniform(-3, 3) for _ in range(15)] for _ in range(count)]
        got = [x.hex() for x in line_logits(vectors)]
        assert got == [x.hex() for x in _reference_logits(vectors)]


def test_page_features_and_logits_on_the_seeds() -> None:
    """Duplicates, positions and context over whole pages, not only single lines."""
    for name in ("sana", "tass"):
        lines = split_lines(seed_text(name))
        feats = features(lines, _STOP)
        counts = Counter(line.text.casefold() for line in lines)
        assert [f.duplicate for f in feats] == [counts[ln.text.casefold()] > 1 for ln in lines]
        vectors = [vector(f) for f in feats]
        assert all(math.isfinite(x) for row in vectors for x in row)
        got = [x.hex() for x in line_logits(vectors)]
        assert got == [x.hex() for x in _reference_logits(vectors)]
