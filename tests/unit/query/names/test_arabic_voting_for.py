"""Voting with its candidate joined by ل (``التصويت لباسيل،``, voting for Bassil): a word
without the article closing the phrase there is a person, though Arabic writes it more often
as an ordinary word; a cause that goes on is not (``التصويت لصالح مشروع القانون``)."""

from __future__ import annotations

import pytest

from tests.unit.query.test_names import matched


@pytest.mark.parametrize(
    ("term", "language", "text", "form"),
    [
        ("Bassil", "ar", "ورفض التيار الوطني الحر التصويت لباسيل، بحسب مصادر نيابية.", "لباسيل"),
        ("Azzam", "ar", "وجرى التصويت لعزام، بحسب النتائج الأولية.", "لعزام"),
        ("Frangieh", "ar", "وأعلنت كتلة المردة التصويت لفرنجية، وفق بيان.", "لفرنجية"),
        ("Frangieh", "ar", "ودعا رئيس المجلس النواب إلى التصويت لفرنجية.", "لفرنجية"),
    ],
)
def test_a_candidate_voted_for_is_the_name(term: str, language: str, text: str, form: str) -> None:
    assert matched(term, language, text) == [form]


@pytest.mark.parametrize(
    ("term", "language", "text"),
    [
        ("Saleh", "ar", "ودعا النواب إلى التصويت لصالح مشروع القانون."),  # in favour of
        ("Salam", "ar", "ودعت الكتل إلى التصويت لسلام دائم في المنطقة."),  # a lasting peace
        ("Jamil", "ar", "وجرى التصويت لجميل القلوب."),
    ],
)
def test_a_cause_voted_for_is_no_name(term: str, language: str, text: str) -> None:
    assert matched(term, language, text) == []
