"""Pinyin's qi as Arabic writes it, تشي, in a word of a Chinese name of several (``Qin Gang``
= تشين غانغ); not alone, nor with the name's final ng unwritten (``بشأن``, "about", is no
``Qiang``)."""

from __future__ import annotations

import pytest

from tests.unit.query.test_names import matched


def test_qi_is_found_as_arabic_writes_it_in_a_name_of_several() -> None:
    text = "أقيل وزير الخارجية الصيني تشين غانغ من منصبه."
    assert matched('"Qin Gang"', "ar", text) == ["تشين غانغ"]


@pytest.mark.parametrize(
    ("query", "text"),
    [
        ('"Li Qiang"', "وقال لي بشأن الاتفاق."),  # 'he told me about the agreement'
        ("Qiang", "وقال بشأن الاتفاق."),
    ],
    ids=["the final ng unwritten", "a one-word term"],
)
def test_an_arabic_word_without_the_names_sounds_is_not_found(query: str, text: str) -> None:
    assert matched(query, "ar", text) == []
