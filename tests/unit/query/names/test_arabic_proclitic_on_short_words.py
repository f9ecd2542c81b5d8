"""A one-letter proclitic (ل, و, ب) joined to a name's word of two letters (لشي جين بينغ, to
Xi Jinping; لتو لام, to To Lam): found for a name of several words, whose other words
stand beside it; a three-letter word is not read so for a name of one word."""

from __future__ import annotations

import pytest

from tests.unit.query.test_names import matched


@pytest.mark.parametrize(
    ("term", "language", "text", "form"),
    [
        ('"Xi Jinping"', "ar", "وجه الرئيس رسالة تهنئة لشي جين بينغ.", "لشي جين بينغ"),
        ('"To Lam"', "ar", "وقدم السفير أوراق اعتماده لتو لام في هانوي.", "لتو لام"),
        ('"Hu Jintao"', "ar", "وأقيمت مأدبة عشاء تكريما لهو جينتاو.", "لهو جينتاو"),
        ('"Li Qiang"', "ar", "واجتمع الوزير بلي تشيانغ في بكين.", "بلي تشيانغ"),
        ('"Xi Jinping"', "ar", "واجتمع بايدن وشي جين بينغ في سان فرانسيسكو.", "وشي جين بينغ"),
    ],
)
def test_short_word_with_a_proclitic_is_found(
    term: str, language: str, text: str, form: str
) -> None:
    assert matched(term, language, text) == [form]


@pytest.mark.parametrize(
    ("term", "language", "text"),
    [
        ('"Xi Jinping"', "ar", "لم يبق لشي من الأمل إلا القليل."),  # the name's other words absent
        ('"To Lam"', "ar", "وصل لتو إلى المطار."),
        ("Kat", "ar", "وفي الوقت نفسه وصل وقت الرحيل."),  # a word alone: وقت, time
        ("Lad", "ar", "وعاد إلى بلد آخر."),  # بلد, a country
    ],
)
def test_others_are_not_the_name(term: str, language: str, text: str) -> None:
    assert matched(term, language, text) == []
