"""A short word of a name of several that an article writes as a word it gives no name keys
— an Arabic function word (``Li`` = لي, "to me"; ``He`` = هي, "she") or one capitalised
letter (``Yi`` = ``И``, also "and") — is found as such beside the name's other words, and
only there."""

from __future__ import annotations

import pytest

from tests.unit.query.test_names import matched
from workers.query.names.compile import _loose, _loose_word
from workers.query.names.forms import VARIANTS, phrase_word_keys


@pytest.mark.parametrize(
    ("query", "language", "text", "found"),
    [
        ("\"Li Peng\"", "ar", "توفي رئيس الوزراء الصيني الأسبق لي بنغ.", ["لي بنغ"]),
        ("\"He Yong\"", "ar", "قال المسؤول الصيني هي يونغ إن المحادثات بناءة.", ["هي يونغ"]),
        ("\"Lee Hae-chan\"", "ar", "قال رئيس الوزراء الأسبق لي هاي تشان إن.", ["لي هاي تشان"]),
        ("\"Yi Gang\"", "ru", "Глава Народного банка Китая И Ган заявил о ставке.", ["И Ган"]),
    ],
    ids=["Arabic 'to me'", "Arabic 'she'", "Korean, three words", "Cyrillic one letter"],
)  # fmt: skip
def test_a_short_word_is_found_beside_the_names_other_words(
    query: str, language: str, text: str, found: list[str]
) -> None:
    assert matched(query, language, text) == found


@pytest.mark.parametrize(
    ("query", "language", "text"),
    [
        ('"Li Peng"', "ar", "قال لي إن بنغ وصل."),
        ('"Yi Gang"', "ru", "Ган И Ли."),
        ('"Yi Gang"', "ru", "Он сказал Гану: и всё."),
    ],
    ids=["another word between", "the other order", "lower case, apart"],
)
def test_a_short_word_counts_only_in_the_names_place(query: str, language: str, text: str) -> None:
    assert matched(query, language, text) == []


def test_whether_a_word_may_be_written_so_is_worked_out_once_per_word() -> None:
    """A first name is a word of thousands of a large rule set's name terms, its keys one
    shared set: whether it may be written as a word without name keys is remembered."""
    li, qiang = phrase_word_keys("Li", VARIANTS), phrase_word_keys("Qiang", VARIANTS)
    _loose_word.cache_clear()
    assert _loose((li, qiang), ("li", "qiang")) == (True, False)  # Li: Arabic لي, "to me"
    assert _loose((li, phrase_word_keys("Peng", VARIANTS)), ("li", "peng")) == (True, False)
    assert _loose_word.cache_info().hits == 1  # Li's, the second time
