"""A Chinese name with a given name of two syllables is also found written given name first,
as sport and Western news write it (Qinwen Zheng for Zheng Qinwen); a one-syllable given
name keeps its order (Yi Wang may be someone else), and the words must stand together."""

from __future__ import annotations

import pytest

from tests.unit.query.test_names import matched


@pytest.mark.parametrize(
    ("term", "language", "text", "form"),
    [
        ('"Zheng Qinwen"', "en", "Qinwen Zheng beat her rival in straight sets.", "Qinwen Zheng"),
        ('"Zheng Qinwen"', "pl", "Mecz z Qinwen Zheng trwał dwie godziny.", "Qinwen Zheng"),
        ('"Xi Jinping"', "en", "A letter from Jinping Xi was read out.", "Jinping Xi"),
    ],
)
def test_a_chinese_name_written_given_name_first_is_found(
    term: str, language: str, text: str, form: str
) -> None:
    assert matched(term, language, text) == [form]


@pytest.mark.parametrize(
    ("term", "text"),
    [
        ('"Wang Yi"', "Professor Yi Wang presented the study."),
        ('"Zheng Qinwen"', "Qinwen said that Zheng was right."),
    ],
)
def test_a_reversed_name_is_not_found_otherwise(term: str, text: str) -> None:
    assert matched(term, "en", text) == []
