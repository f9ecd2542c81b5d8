"""A Latin g before a vowel is also read as ق, which Sudanese, Gulf and Egyptian Arabic say
as g and Latin spells so (Gargash = قرقاش), and still as غ (Guterres = غوتيريش); a g before
a consonant and the nasal ng are not (Wang = وانغ)."""

from __future__ import annotations

import pytest

from tests.unit.query.test_names import matched


@pytest.mark.parametrize(
    ("term", "text", "form"),
    [
        ("Gargash", "قال المستشار الدبلوماسي أنور قرقاش إن الإمارات تدعم الحل.", "قرقاش"),
        ("Gosh", "أعلن اللواء صلاح قوش استقالته من جهاز المخابرات.", "قوش"),
        ("Guterres", "قال الأمين العام أنطونيو غوتيريش إن الهدنة ضرورية.", "غوتيريش"),
    ],
)
def test_a_g_before_a_vowel_is_found_as_qaf_too(term: str, text: str, form: str) -> None:
    assert matched(term, "ar", text) == [form]


@pytest.mark.parametrize(
    ("term", "text"),
    [
        ("Wang", "قال وانق إن الصين تدعم الحوار."),  # the nasal ng is not ق
        ("Grossi", "قال المدير قروسي إن المفتشين وصلوا."),  # g before a consonant
    ],
)
def test_other_gs_are_not_read_as_qaf(term: str, text: str) -> None:
    assert matched(term, "ar", text) == []
