"""A Korean name of a family name and a two-syllable given name is also found written given
name first, as Western news and sport write it (Min-jae Kim for Kim Min-jae); the words must
stand together, in that order."""

from __future__ import annotations

import pytest

from tests.unit.query.test_names import matched


@pytest.mark.parametrize(
    ("term", "language", "text", "form"),
    [
        ('"Kim Min-jae"', "de", "Bayern-Verteidiger Min-jae Kim fällt aus.", "Min-jae Kim"),
        ('"Lee Kang-in"', "fr", "Le milieu Kang-in Lee a prolongé au PSG.", "Kang-in Lee"),
        ('"Hwang Hee-chan"', "en", "Wolves forward Hee-Chan Hwang scored twice.", "Hee-Chan Hwang"),
        ('"Ryu Hyun-jin"', "pl", "Mecz Hyun-jina Ryu zakończył się wygraną.", "Hyun-jina Ryu"),
    ],
)
def test_a_korean_name_written_given_name_first_is_found(
    term: str, language: str, text: str, form: str
) -> None:
    assert matched(term, language, text) == [form]


@pytest.mark.parametrize(
    ("term", "text"),
    [
        ('"Kim Min-jae"', "Min-jae said that Kim was right."),  # apart
        ('"Kim Min-jae"', "Jae Min Kim presented the study."),  # another order
        ('"Lee Kang-in"', "Kang-in and Lee met in Paris."),
    ],
)
def test_a_reversed_korean_name_is_not_found_otherwise(term: str, text: str) -> None:
    assert matched(term, "en", text) == []
