"""An Arabic office goes on across "former" (السابق, السابقة), which the function-word list
holds: a name more often an ordinary word is found after ``رئيس الوزراء السابق`` as after
``رئيس الوزراء`` (its title), and stays an ordinary word without one."""

from __future__ import annotations

import pytest

from tests.unit.query.test_names import matched


@pytest.mark.parametrize(
    ("query", "language", "text", "form"),
    [
        ("Salam", "ar", "التقى رئيس الوزراء اللبناني السابق سلام بالسفير الفرنسي.", "سلام"),
        ("Saied", "ar", "انتقد الرئيس التونسي السابق سعيد القرار.", "سعيد"),
        ("Saied", "ar", "وصلت الرئيسة السابقة سعيد إلى المطار.", "سعيد"),
    ],
    ids=["a prime minister", "a president", "feminine"],
)
def test_a_former_office_is_its_title(query: str, language: str, text: str, form: str) -> None:
    assert matched(query, language, text) == [form]


@pytest.mark.parametrize(
    ("query", "language", "text"),
    [
        ("Saied", "ar", "يبدو المواطن سعيد بالقرار."),
        ("Salam", "ar", "عاد السلام السابق إلى المنطقة."),
        ("Salam", "ar", "قال إن الاتفاق السابق سلام دائم."),
    ],
    ids=["an adjective", "'peace' before 'former'", "no title before 'former'"],
)
def test_an_ordinary_word_stays_one(query: str, language: str, text: str) -> None:
    assert matched(query, language, text) == []
