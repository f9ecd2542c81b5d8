"""An Arabic word also ordinary (or a frequent name) is the name beside a title that a
preposition joins with its article (``باللواء``, ``للرئيس``: a title before a name is
definite), and after the verb "was absent" (غاب) as after the other verbs of a person's acts;
not after such a preposition on another word."""

from __future__ import annotations

import pytest

from tests.unit.query.test_names import matched


@pytest.mark.parametrize(
    ("term", "text", "form"),
    [
        ("Saied", "وأشادت الصحف المحلية والأحزاب بالرئيس سعيد.", "سعيد"),
        ("Salam", "وأشادت الصحف المحلية والأحزاب بالرئيس سلام.", "سلام"),
        ("Saied", "ونقلت الصحف المحلية تحيات الشعب للرئيس سعيد.", "سعيد"),
        ("Haddad", "وغاب حداد عن جلسة البرلمان أمس.", "حداد"),
    ],
)
def test_the_name_after_a_title_with_a_preposition_or_an_absence(
    term: str, text: str, form: str
) -> None:
    assert matched(term, "ar", text) == [form]


@pytest.mark.parametrize(
    ("term", "text"),
    [
        ("Salami", "أرسلت بالبريد سلامي إليكم."),  # "my greeting", after another noun
        ("Saied", "الطالب بالمدرسة سعيد جدا."),  # "happy"
        ("Saied", "يشعر الطفل بالأمان سعيد جدا."),
    ],
)
def test_other_words_with_a_preposition_do_not_make_a_name(term: str, text: str) -> None:
    assert matched(term, "ar", text) == []
