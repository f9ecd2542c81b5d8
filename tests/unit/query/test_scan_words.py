"""scan_words is scan without offsets: the same words for every kind of text."""

from __future__ import annotations

import random

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.conftest import SEEDS
from workers.query.text import offsets_of_split, scan, scan_offsets, scan_split, scan_words

SAMPLES = [
    "Lavrov's visit to Cairo",
    "it's Lavrov' s or S words s",
    "snake_case and under_score",
    "北京 talks with Lavrov 北京市",
    "anti-terrorism front, São Paulo",
    "",
    "s",
    "Ё ёлка й",
]


@pytest.mark.parametrize("text", SAMPLES)
def test_same_words_as_scan(text):
    assert scan_words(text) == scan(text)[0]


@pytest.mark.parametrize("seed", sorted(SEEDS.iterdir()), ids=lambda p: p.name)
def test_same_words_on_the_seed_pages(seed):
    text = seed.read_text(encoding="utf-8")
    assert scan_words(text) == scan(text)[0]


@given(st.text(alphabet=st.sampled_from(list("aSs' _-北é\n.,")) | st.characters(), max_size=80))
def test_same_words_on_any_text(text):
    assert scan_words(text) == scan(text)[0]


def test_same_words_on_random_word_soup():
    rng = random.Random(3)
    pieces = ["Lavrov", "'s", " s ", "_x", "北", "é", " ", "\n", "-", "S", "’"]
    for _ in range(500):
        text = "".join(rng.choice(pieces) for _ in range(30))
        assert scan_words(text) == scan(text)[0]


@pytest.mark.parametrize("text", SAMPLES)
def test_same_offsets_as_scan(text):
    assert scan_offsets(text) == tuple(scan(text)[1:])


@given(st.text(alphabet=st.sampled_from(list("aSs' _-北é\n.,")) | st.characters(), max_size=80))
def test_same_offsets_on_any_text(text):
    assert scan_offsets(text) == tuple(scan(text)[1:])


def _split_offsets(text):
    words, split = scan_split(text)
    offsets = scan_offsets(text) if split is None else offsets_of_split(split)
    return words, *offsets


@pytest.mark.parametrize("text", SAMPLES)
def test_split_gives_the_words_and_offsets_of_scan(text):
    assert _split_offsets(text) == scan(text)


@given(st.text(alphabet=st.sampled_from(list("aSs' _-北é\n.,")) | st.characters(), max_size=80))
def test_split_gives_the_words_and_offsets_of_scan_on_any_text(text):
    assert _split_offsets(text) == scan(text)


@given(st.text(alphabet=st.characters(max_codepoint=127), max_size=80))
def test_split_gives_the_words_and_offsets_of_scan_on_ascii_text(text):
    assert _split_offsets(text) == scan(text)
