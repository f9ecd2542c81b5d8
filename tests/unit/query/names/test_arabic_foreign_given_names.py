"""Arabic words that are also the name, after a given name: a foreign given name Arabic news
write often (توم, مايك, جيمس: too often to be a rare word before a surname) and a woman's
given name that is also a common word (إيمان, faith) right before it are a name's
neighbours; the same words a few words off, or other given-name words, are not."""

from __future__ import annotations

import pytest

from tests.unit.query.test_names import matched


@pytest.mark.parametrize(
    ("term", "language", "text", "form"),
    [
        ("Barrack", "ar", "وصل توم باراك إلى بيروت صباح اليوم.", "باراك"),
        ("Barrack", "ar", "التقى الوزير مع توم باراك في أنقرة.", "باراك"),
        ("Khelif", "ar", "تأهلت إيمان خليف إلى الدور النهائي.", "خليف"),
        ("Khelif", "ar", "أثارت مشاركة إيمان خليف جدلا واسعا.", "خليف"),
    ],
)
def test_a_word_after_a_given_name_is_the_name(
    term: str, language: str, text: str, form: str
) -> None:
    assert matched(term, language, text) == [form]


@pytest.mark.parametrize(
    ("term", "language", "text"),
    [
        ("Salam", "ar", "تحدث الشيخ عن إيمان الناس بالسلام في المنطقة."),  # faith, words off
        ("Salam", "ar", "هناك حاجة لسلام دائم في المنطقة."),  # a need for peace
        ("Massa", "ar", "هناك حاجة ماسة إلى المساعدات."),  # an urgent need
    ],
)
def test_other_words_stay_ordinary(term: str, language: str, text: str) -> None:
    assert matched(term, language, text) == []
