"""Arabic news opens a headline or a sentence with a speaker's name and a colon before the
quote (``باسيل: لن نمنح الثقة``): an Arabic surname that is also an ordinary word is found
there, and not where the word has the article (a topic: ``السلام: خيار``) or stands
deeper in its sentence (a banner's words)."""

from __future__ import annotations

import pytest

from tests.unit.query.test_names import matched


@pytest.mark.parametrize(
    ("term", "text", "form"),
    [
        ("Saied", "سعيد: لن نسمح بالمساس بأمن تونس", "سعيد"),
        ("Salam", "سلام: الحكومة ستقر الإصلاحات المالية هذا الشهر", "سلام"),
        ("Salam", "نواف سلام: لا عودة عن حصر السلاح بيد الدولة", "سلام"),
    ],
)
def test_a_speaker_before_the_colon_is_the_name(term: str, text: str, form: str) -> None:
    assert matched(term, "ar", text) == [form]


@pytest.mark.parametrize(
    ("term", "text"),
    [
        ("Salam", "السلام: خيار العرب الاستراتيجي"),  # a topic, with the article
        ("Saied", "سعيد بلقاء أصدقائه القدامى في المدينة."),  # happy, no colon
        ("Salam", "ورفع المتظاهرون لافتة كتب عليها سلام: لا للحرب."),  # deep in its sentence
    ],
)
def test_the_ordinary_word_elsewhere_is_not_the_name(term: str, text: str) -> None:
    assert matched(term, "ar", text) == []
