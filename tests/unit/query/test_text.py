"""Tokenising and folding, the shared ground of articles and query terms."""

from __future__ import annotations

import pytest

from workers.query.text import fold, scan, words


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Lavrov's anti-terrorism", ["lavrov", "anti", "terrorism"]),
        ("terrorists’ plans", ["terrorists", "plans"]),
        ("U.S. 2+2", ["u", "s", "2", "2"]),
        ("snake_case", ["snake", "case"]),
        ("中国北京", ["中", "国", "北", "京"]),
        ("नमस्ते दुनिया", ["नमस्ते", "दुनिया"]),
        ("Ἀθῆναι", ["αθηναι"]),
        ("  ", []),
    ],
)
def test_words_splits_on_punctuation_and_cjk_characters(text: str, expected: list[str]) -> None:
    assert words(text) == expected


@pytest.mark.parametrize(
    ("word", "folded"),
    [
        ("LAVROV", "lavrov"),
        ("São", "sao"),
        ("Straße", "strasse"),
        ("Ёлка", "елка"),
        ("Йод", "йод"),
        ("И\u0306", "й"),  # decomposed й stays й
        ("ﬁnance", "finance"),  # compatibility ligature
    ],
)
def test_fold_removes_case_and_diacritics_but_keeps_short_i(word: str, folded: str) -> None:
    assert fold(word) == folded


def test_scan_reports_character_offsets_of_each_word() -> None:
    raw, starts, ends = scan("Lavrov's visit")
    assert list(zip(raw, starts, ends, strict=True)) == [("Lavrov", 0, 6), ("visit", 9, 14)]
