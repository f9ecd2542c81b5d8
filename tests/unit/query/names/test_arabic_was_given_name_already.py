"""A past perfect's subject written with its given name between كان and قد (``وكان جاد حداد
قد فاز``, Jad Haddad had won): two words without the article there are a definite subject
Arabic writes without one, a person's names, as one word alone is (``وكان سلامي قد``)."""

from __future__ import annotations

import pytest

from tests.unit.query.test_names import matched


@pytest.mark.parametrize(
    ("term", "language", "text", "form"),
    [
        ("Haddad", "ar", "وكان جاد حداد قد فاز بالسباق العام الماضي.", "حداد"),
        ("Salam", "ar", "وكانت سامية سلام قد أعلنت ترشحها.", "سلام"),
        ("Saied", "ar", "وكان أمين سعيد قد أعلن ذلك.", "سعيد"),
    ],
)
def test_the_subject_after_its_given_name(term: str, language: str, text: str, form: str) -> None:
    assert matched(term, language, text) == [form]


@pytest.mark.parametrize(
    ("term", "language", "text"),
    [
        ("Salam", "ar", "وكان الشعب سلام قد تحقق."),  # a word with the article between
        ("Salam", "ar", "وكان جاد سلام يريد."),  # no قد after it
        ("Haddad", "ar", "وأعلنت الحكومة حداد ثلاثة أيام قد."),  # no كان
    ],
)
def test_not_without_the_frame(term: str, language: str, text: str) -> None:
    assert matched(term, language, text) == []
