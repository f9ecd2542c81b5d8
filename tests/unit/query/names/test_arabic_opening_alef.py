"""A name's opening i or e before two consonants, which Arabic writes with a bare alef
(إنغبريتسن Engebretsen, إنزاغي Inzaghi): such a long name is found so, with a joined
preposition too; the word إن ("that") and words opening with إن are not the name."""

from __future__ import annotations

import pytest

from tests.unit.query.test_names import matched


@pytest.mark.parametrize(
    ("term", "language", "text", "form"),
    [
        ("Engebretsen", "ar", "وقال إنغبريتسن إن الفريق جاهز.", "إنغبريتسن"),
        ("Ingvarsson", "ar", "قدم التهنئة لإنغفارسون بعد الفوز.", "لإنغفارسون"),
        ("Inzaghi", "ar", "وقال المدرب إنزاغي إن الفريق جاهز.", "إنزاغي"),
        ("Engebretsen", "ar", "وقدم الاتحاد التهنئة لإنغبريتسن على فوزه.", "لإنغبريتسن"),
    ],
)
def test_opening_alef_is_found(term: str, language: str, text: str, form: str) -> None:
    assert matched(term, language, text) == [form]


@pytest.mark.parametrize(
    ("term", "language", "text"),
    [
        ("Ingvarsson", "ar", "قال إن الحكومة مستعدة."),  # that
        ("Inzaghi", "ar", "وقال إن زاغي الحكومة."),
        ("Engebretsen", "ar", "ونشر الإنجليز البيان."),  # the English
        ("Instone", "ar", "نشر على إنستغرام صورة."),  # Instagram
    ],
)
def test_words_opening_with_in_are_not_the_name(term: str, language: str, text: str) -> None:
    assert matched(term, language, text) == []
