"""Which name words only open sentences (then read in the nominative only): checked at the
word's own positions, the same as reading the field's sentence openers with a pattern."""

from __future__ import annotations

import re

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from workers.query.analysis import FieldText
from workers.query.names.forms import is_name


@pytest.mark.parametrize(
    ("text", "word", "only_opens"),
    [
        ("Путина на Амуре ловят рыбу.", "Путина", True),
        ("Богатая путина. Путина на Амуре.", "Путина", True),
        ("Визит Путина. Путина ждут.", "Путина", False),
        ("Итоги:\nПутина", "Путина", True),
        ("Итоги\nПутина", "Путина", True),
        ("Он сказал. «Путина ждут»", "Путина", True),
        ('Он сказал. "(Путина ждут"', "Путина", True),
        ("Он сказал.Путина ждут", "Путина", False),
        ('Он сказал."Путина ждут"', "Путина", False),
        ("Он сказал , Путина ждут", "Путина", False),
        ("  Путина ждут", "Путина", False),
        (" \n Путина ждут", "Путина", True),
        ('"Путина ждут', "Путина", True),
        ("Лавро\u0301ва ждут", "Лавро\u0301ва", False),  # a stress mark inside
        ("Это Лав. Лав\u00adров ждёт", "Лав", False),  # the start of another word
    ],
)
def test_a_name_word_only_opens_sentences(text: str, word: str, only_opens: bool) -> None:
    assert FieldText(text).names().only_opens(word) is only_opens


# The reading the check keeps: a sentence opener is the word after an end mark (and white
# space), a line break, or the start of the text, past opening quotes and brackets; a word
# only opens sentences when the pattern reads it there at least as often as it occurs.
_LEAD = r"[\"'«„“(\[-]*(\w+)"
_OPENER = re.compile(r"[.!?…:;\n]\s*" + _LEAD)
_FIRST = re.compile(_LEAD)


def _only_opens_by_pattern(field: FieldText, word: str) -> bool:
    text = field.text
    found = [m for m in [_FIRST.match(text)] if m]
    for match in _OPENER.finditer(text):
        if match.group()[0] in ".!?…:;" and not match.group()[1:2].isspace():
            continue
        found.append(match)
    # The word itself, where the field holds it (not the start of a longer word).
    where = {field.starts[p] for p, w in enumerate(field.raw) if w == word}
    opening = {m.start(1) for m in found if m.group(1) == word} & where
    return len(opening) == len(where)


_PIECES = st.sampled_from(
    ["Лаврова", "Путин", "Amur", "x", "3", ".", "!", "…", ":", " ", "  ", "\n", "\t", '"', "«",
     "(", "-", ",", "'s", "\u00ad", "\u0301", "_", "中国", "\u200b", "\u00a0", "Лав"]
)  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(_PIECES, max_size=14))
@example(["Лаврова"] * 6)  # one 42-letter word: no name, so never asked (found by CI)
def test_the_check_reads_openers_as_the_pattern_does(pieces: list[str]) -> None:
    field = FieldText("".join(pieces))
    names = field.names()
    # The words the check is asked about: those that read as names (over 40 letters, none).
    for word in {w for w in field.raw if is_name(w)}:
        assert names.only_opens(word) is _only_opens_by_pattern(field, word), (field.text, word)
