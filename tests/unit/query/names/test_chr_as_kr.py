"""A name's opening ch before r or l, German, Greek or English (Christine, Chris,
Chrupalla), which Arabic writes with k (كريستين, كريس): also read as k there; its kh stays
(Christodoulides = خريستودوليدس), and a ch before a vowel is not read as k."""

from __future__ import annotations

import pytest

from tests.unit.query.test_names import matched


@pytest.mark.parametrize(
    ("term", "language", "text", "form"),
    [
        (
            "Christine",
            "ar",
            "قالت رئيسة البنك المركزي الأوروبي كريستين لاغارد إن التضخم تراجع.",
            "كريستين",
        ),
        ("Chris", "ar", "وقال رئيس الوزراء كريس هيبكنز إن الحكومة ستستقيل.", "كريس"),
        ("Christoph", "ar", "وأعلن وزير المالية كريستوف شتراوس عن خطة جديدة.", "كريستوف"),
        ("Christoph", "ar", "وفي تصريحات لكريستوف، دعا إلى الحوار.", "لكريستوف"),
        ("Christodoulides", "ar", "وقال الرئيس القبرصي نيكوس خريستودوليدس إن", "خريستودوليدس"),
    ],
)
def test_chr_is_found_as_kr(term: str, language: str, text: str, form: str) -> None:
    assert matched(term, language, text) == [form]


@pytest.mark.parametrize(
    ("term", "language", "text"),
    [
        ("Chalabi", "ar", "وقال كلابي إن الاجتماع انتهى."),  # ch before a vowel: not k
        ("Chakra", "ar", "وصل كاكرا إلى المدينة أمس."),
    ],
)
def test_ch_before_a_vowel_is_not_k(term: str, language: str, text: str) -> None:
    assert matched(term, language, text) == []
