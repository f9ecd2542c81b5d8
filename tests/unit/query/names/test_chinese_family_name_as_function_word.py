"""A Chinese family name that Arabic spells as one of its function words (Pan = بان,
"appeared"), found before the given name's syllables written apart (``بان قونغ شنغ``):
the syllables are what every match holds."""

from __future__ import annotations

import pytest

from tests.unit.query.test_names import matched


@pytest.mark.parametrize(
    ("query", "text", "found"),
    [
        ('"Pan Jianwei"', "التقى الوزير بان جيان وي بنظيره الفرنسي.", ["بان جيان وي"]),
        ('"Pan Jianwei"', "وقال بان جيان وي إن الصادرات ارتفعت.", ["بان جيان وي"]),
    ],
    ids=["before its syllables", "after a verb"],
)
def test_a_family_name_spelled_as_a_function_word_is_found(
    query: str, text: str, found: list[str]
) -> None:
    assert matched(query, "ar", text) == found


@pytest.mark.parametrize(
    "text",
    [
        "بان أن جيان وي وصل إلى المطار.",  # a word between the family name and the syllables
        "بان للجميع أن الوضع صعب.",  # بان "it appeared", no name after it
        "وصل جيان وي إلى المطار.",  # the syllables without the family name
    ],
)
def test_the_function_word_counts_only_before_the_syllables(text: str) -> None:
    assert matched('"Pan Jianwei"', "ar", text) == []
