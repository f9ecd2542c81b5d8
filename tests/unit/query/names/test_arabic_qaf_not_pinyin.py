"""A name's plain g as the ق that the Gulf, Sudan and Libya say g (Gergawi = القرقاوي,
Gabbash = قباش) is found so; that ق is a k, never read as pinyin's q (a ts): the name
is not a word with a س there (مسعر, priced; نسعر, we price)."""

from __future__ import annotations

import pytest

from tests.unit.query.test_names import matched


@pytest.mark.parametrize(
    ("term", "language", "text", "form"),
    [
        ("Gergawi", "ar", "وقال محمد القرقاوي إن القمة ناجحة.", "القرقاوي"),
        ("Gabbash", "ar", "وقال قباش إن الحكومة مستعدة.", "قباش"),
    ],
)
def test_gulf_qaf_is_found(term: str, language: str, text: str, form: str) -> None:
    assert matched(term, language, text) == [form]


@pytest.mark.parametrize(
    ("term", "language", "text"),
    [
        ("Magar", "ar", "وقال التاجر إن المنتج مسعر بالدولار."),
        ("Nagar", "ar", "وقال الوزير إننا لن نسعر الوقود مجددا."),
        ("Bagar", "ar", "وقال الوزير إن أسعار الوقود ارتفعت."),
    ],
)
def test_no_pinyin_q_for_a_said_g(term: str, language: str, text: str) -> None:
    assert matched(term, language, text) == []
