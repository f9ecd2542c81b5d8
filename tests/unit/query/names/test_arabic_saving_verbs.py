"""An Arabic word found for a name that Arabic writes more often as an ordinary word is the
name right after a verb of a player's saving (``وتصدى بونو``, and Bounou saved), which
Arabic puts before its subject; not a few words on, where forces confront too (``تصدت قوات
حفظ السلام``; see names.arabic_words)."""

from __future__ import annotations

import pytest

from tests.unit.query.test_names import matched


@pytest.mark.parametrize(
    ("term", "language", "text", "form"),
    [
        ("Salah", "ar", "وتصدى صلاح للكرة في اللحظة الأخيرة.", "صلاح"),
        ("Saad", "ar", "وأنقذ سعد الفريق من الخسارة.", "سعد"),
    ],
    ids=["saved", "rescued"],
)
def test_a_name_right_after_a_saving_verb_is_found(
    term: str, language: str, text: str, form: str
) -> None:
    assert matched(term, language, text) == [form]


@pytest.mark.parametrize(
    ("term", "language", "text"),
    [
        ("Salam", "ar", "وتصدت قوات حفظ السلام للهجوم."),  # words on: the forces' name
        ("Salah", "ar", "ويبقى صلاح الأمة في وحدتها."),  # another verb
    ],
    ids=["a few words on", "another verb"],
)
def test_an_ordinary_word_stays_a_word(term: str, language: str, text: str) -> None:
    assert matched(term, language, text) == []
