"""A d or t before a name's ch, which Arabic writes with its own letter before the تش of the
ch (ميدفيدتشوك, Medvedchuk): keyed without it, as the Latin name's dch is."""

from __future__ import annotations

import pytest

from tests.unit.query.test_names import matched


@pytest.mark.parametrize(
    ("term", "language", "text", "form"),
    [
        (
            "Medvedchuk",
            "ar",
            "وقالت كييف إن ميدفيدتشوك سُلّم إلى روسيا ضمن صفقة لتبادل الأسرى.",
            "ميدفيدتشوك",
        ),
        (
            "Medvedchuk",
            "ar",
            "وأعلن جهاز الأمن الأوكراني مصادرة أصول تعود لميدفيدتشوك وزوجته.",
            "لميدفيدتشوك",
        ),
        ("Mitchell", "ar", "وقال السيناتور ميتشل إن الاتفاق قريب.", "ميتشل"),
    ],
)
def test_a_d_before_tsh_is_keyed_with_it(term: str, language: str, text: str, form: str) -> None:
    assert matched(term, language, text) == [form]


@pytest.mark.parametrize(
    ("term", "language", "text"),
    [
        ("Medvedchuk", "ar", "وقالت الحكومة إن مدفيديف سيزور بكين الشهر المقبل."),  # Medvedev
    ],
)
def test_another_name_is_not_found(term: str, language: str, text: str) -> None:
    assert matched(term, language, text) == []
