"""Story fingerprints: what counts as the same text, and how similar copies look. Pure."""

from __future__ import annotations

import os
import random
import subprocess
import sys

import numpy as np
import pytest

from tests.conftest import REPO, SEEDS
from workers.cleaning import clean_text_drop
from workers.stories import minhash
from workers.stories.fingerprint import (
    BANDS,
    NEAR_MIN_WORDS,
    SIGNATURE_BYTES,
    canonical_url,
    fingerprint,
    story_words,
)
from workers.stories.minhash import CHUNK, PERMUTATIONS, minhashes, shingle_hashes

TASS = clean_text_drop((SEEDS / "tass-lavrov-terrorists-migration.txt").read_text("utf-8"))
SANA = clean_text_drop((SEEDS / "sana-lavrov-cairo.txt").read_text("utf-8"))


def estimated_jaccard(a: bytes, b: bytes) -> float:
    equal = sum(x == y for x, y in zip(a, b, strict=True)) / len(a)
    return max(0.0, (equal - 1 / 256) / (1 - 1 / 256))


def exact_jaccard(a: str, b: str) -> float:
    sa, sb = set(shingle_hashes(story_words(a))), set(shingle_hashes(story_words(b)))
    return len(sa & sb) / len(sa | sb)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Lavrov's visit, São Paulo!", ["lavrov", "s", "visit", "são", "paulo"]),
        ("ANTI-terror_ism 2+2", ["anti", "terror", "ism", "2", "2"]),
        ("“Quoted” — dash…", ["quoted", "dash"]),
        ("中文字 and Лавров", ["中", "文", "字", "and", "лавров"]),
    ],
)
def test_story_words_fold_case_and_ignore_punctuation(text, expected):
    assert story_words(text) == expected


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("https://www.tass.com/politics/1?utm_source=rss", "http://tass.com/politics/1/"),
        ("https://Example.org/a?id=2&x=1#comments", "https://example.org/a?x=1&id=2"),
        ("https://example.org/a?fbclid=abc", "https://example.org/a"),
    ],
)
def test_canonical_url_ignores_what_does_not_name_the_page(a, b):
    assert canonical_url(a) == canonical_url(b) != ""


@pytest.mark.parametrize(
    ("a", "b"), [("https://example.org/a?id=1", "https://example.org/a?id=2"), ("", "x")]
)
def test_canonical_url_keeps_what_does(a, b):
    assert canonical_url(a) != canonical_url(b)


def test_same_words_in_another_layout_give_the_same_text_digest():
    a = fingerprint("a", "s", "T", "One two three.\n\nFour five.", None)
    b = fingerprint("b", "t", "Other", "ONE  two, three — four five", None)
    assert a.text_digest == b.text_digest != ""


def test_short_bodies_have_no_signature_but_keep_their_exact_identity():
    short = fingerprint("a", "s", "T", " ".join(["word"] * (NEAR_MIN_WORDS - 1)), None)
    assert (short.signature, short.bands, short.text_digest != "") == (b"", (), True)


def test_signature_is_compact_and_banded():
    print_ = fingerprint("a", "s", TASS.title, TASS.body, None)
    assert len(print_.signature) == SIGNATURE_BYTES
    assert len(print_.bands) == BANDS
    assert len(set(print_.bands)) == BANDS


def test_estimate_follows_the_exact_jaccard_of_a_trimmed_copy():
    paragraphs = list(TASS.paragraphs)
    copy = "\n\n".join(paragraphs[:-2])
    exact = exact_jaccard(TASS.body, copy)
    a = fingerprint("a", "s", "", TASS.body, None)
    b = fingerprint("b", "s", "", copy, None)
    assert abs(estimated_jaccard(a.signature, b.signature) - exact) < 0.15


@pytest.mark.parametrize(
    ("other", "low", "high"),
    [
        ("copy", 0.6, 1.0),  # a sentence dropped, a word changed
        ("sana", 0.0, 0.08),  # the same minister, another event
        ("shuffled", 0.0, 0.15),  # the same words in another order: another text
    ],
)
def test_similarity_separates_copies_from_other_texts(other, low, high):
    body = TASS.body
    texts = {
        "copy": body.replace("on Monday", "on Monday, October 23").replace(
            "he said.", "he added.", 1
        ),
        "sana": SANA.body,
        "shuffled": " ".join(random.Random(1).sample(body.split(), len(body.split()))),
    }
    a = fingerprint("a", "s", "", body, None)
    b = fingerprint("b", "s", "", texts[other], None)
    assert low <= estimated_jaccard(a.signature, b.signature) <= high


def test_minhash_of_nothing_is_all_ones():
    assert set(minhashes(shingle_hashes([]))) == {0xFFFFFFFF}
    assert len(minhashes(shingle_hashes(["a", "b"]))) == PERMUTATIONS


def test_fingerprints_are_the_same_in_every_process():
    """Workers on different hosts must agree: no per-process hash seeds anywhere."""
    code = (
        "from workers.stories.fingerprint import fingerprint;"
        "p = fingerprint('a', 's', 'T', 'the quick brown fox jumps over the lazy dog ' * 3, None);"
        "print(p.bands[0], p.signature.hex()[:16], p.text_digest)"
    )
    outputs = {
        subprocess.run(
            [sys.executable, "-c", code],
            cwd=REPO,
            env={**os.environ, "PYTHONHASHSEED": seed},
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        for seed in ("1", "2")
    }
    assert len(outputs) == 1


def test_only_the_first_max_words_are_sketched():
    """A huge body costs what its first MAX_WORDS words cost; its exact identity still
    covers all of it."""
    opening = " ".join(f"w{i}" for i in range(300))
    long = fingerprint("a", "s", "T", opening + " tail" * 1000, None, max_words=300)
    short = fingerprint("b", "s", "T", opening, None, max_words=300)
    assert (long.signature, long.bands) == (short.signature, short.bands)
    assert long.text_digest != short.text_digest and long.length == 1300


def test_an_article_under_the_cap_is_sketched_whole():
    body = " ".join(f"w{i}" for i in range(300))
    capped = fingerprint("a", "s", "T", body, None, max_words=300)
    assert capped == fingerprint("a", "s", "T", body, None)


def test_minhash_in_chunks_equals_minhash_at_once():
    words = [f"w{i}" for i in range(3 * CHUNK)]
    hashes = shingle_hashes(words)
    low = (hashes >> np.uint64(32)).astype(np.uint32)
    at_once = (low[:, None] * minhash._A[None, :] + minhash._B[None, :]).min(axis=0)
    assert (minhashes(hashes) == at_once).all()
