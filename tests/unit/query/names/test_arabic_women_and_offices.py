"""Arabic names beside a woman: her given name (ميساء) or a feminine title (حاكمة, governor)
before a surname that is also a word, and a feminine verb before a woman's name that is a
masculine word (``وشاركت صادق``); and the words that are no such name: the complement of
an office's body (``رئيس هيئة الأركان``) and a given name before "daughter of" (بنت)."""

from __future__ import annotations

import pytest

from tests.unit.query.test_names import matched


@pytest.mark.parametrize(
    ("term", "language", "text", "form"),
    [
        ("Sabrine", "ar", "بحسب ميساء صابرين فإن الخطة جاهزة.", "صابرين"),
        ("Sabrine", "ar", "التقت المفوضة الأوروبية هبة صابرين بوزراء المنطقة.", "صابرين"),
        ("Haddad", "ar", "قالت حاكمة الإقليم ميسون حداد إن المساعدات وصلت.", "حداد"),
        ("Sadegh", "ar", "وشاركت صادق في افتتاح المعرض.", "صادق"),
        ("Saied", "ar", "وافتتحت سعيد المؤتمر بكلمة قصيرة.", "سعيد"),
    ],
)
def test_a_name_beside_a_woman_is_found(term: str, language: str, text: str, form: str) -> None:
    assert matched(term, language, text) == [form]


@pytest.mark.parametrize(
    ("term", "language", "text"),
    [
        ("Sabrine", "ar", "كان الجنود صابرين على الحصار."),  # patient: an ordinary word
        ("Velayati", "ar", "قالت الوزيرة: انتهت ولايتي وسأعود إلى الجامعة."),  # my term
        ("Sadegh", "ar", "وجاءت النتيجة صادقة."),  # the feminine adjective agrees
        ("Erkan", "ar", "استقبل رئيس هيئة الأركان وفدا عسكريا."),  # the general staff
        ("Salam", "ar", "قال رئيس هيئة السلام إن المفاوضات مستمرة."),
        ("Haddad", "ar", "أعلن مدير دائرة الحداد الرسمي الإجراءات."),  # mourning
        ("Kabila", "ar", "قال شيخ القبيلة إن الاتفاق صامد."),  # the tribe's sheikh
        ("Nusseibeh", "ar", "كانت نسيبة بنت كعب من أوائل المسلمات."),  # a given name
        ("Haniyeh", "ar", "وصلت هنية بنت محمد إلى المدينة."),
    ],
)
def test_other_words_are_not_the_name(term: str, language: str, text: str) -> None:
    assert matched(term, language, text) == []


@pytest.mark.parametrize(
    ("term", "language", "text", "form"),
    [
        ("Nusseibeh", "ar", "كتب سري نسيبة مقالا عن القدس.", "نسيبة"),
        ("Barghouti", "ar", "وقالت عائلة البرغوثي إن الزيارة منعت.", "البرغوثي"),
        ("Kabila", "ar", "قال الرئيس كابيلا إن الانتخابات ستجرى.", "كابيلا"),
    ],
)
def test_the_surname_is_still_found(term: str, language: str, text: str, form: str) -> None:
    assert matched(term, language, text) == [form]
