"""An Arabic word that is also a name, after the noun of a person's birth (``ميلاد أمل``,
Amal's birthday) or after a noun of a tribute, a title won or a work taking ل joined to the
person (``تحية لنوال``, ``أغنية جديدة لكريم``): the name; the ordinary word there takes
the article or an adjective."""

from __future__ import annotations

import pytest

from tests.unit.query.test_names import matched


@pytest.mark.parametrize(
    ("term", "language", "text", "form"),
    [
        ("Warda", "ar", "احتفل المعجبون بعيد ميلاد وردة في القاهرة.", "وردة"),
        ("Amal", "ar", "احتفل المعجبون بعيد ميلاد أمل في القاهرة.", "أمل"),
        ("Nawal", "ar", "ووجه الجمهور تحية لنوال في ختام الحفل.", "لنوال"),
        ("Warda", "ar", "ووجه الجمهور تحية لوردة في ختام الحفل.", "لوردة"),
        ("Nawal", "ar", "وصدر ألبوم جديد لنوال في الأسواق.", "لنوال"),
        ("Amal", "ar", "ونشرت الصحيفة قصيدة لأمل في عددها الأخير.", "لأمل"),
        ("Karim", "ar", "وتصدرت أغنية جديدة لكريم قوائم الاستماع.", "لكريم"),
    ],
)
def test_name_after_birth_tribute_or_work(term: str, language: str, text: str, form: str) -> None:
    assert matched(term, language, text) == [form]


@pytest.mark.parametrize(
    ("term", "language", "text"),
    [
        ("Amal", "ar", "ونشرت الصحيفة قصيدة للأمل."),  # to hope: the article
        ("Hayat", "ar", "احتفل الجميع بميلاد حياة جديدة."),  # the birth of a new life
        ("Sabah", "ar", "ووجه الجمهور تحية لصباح العيد."),  # to the feast's morning
        ("Sabah", "ar", "وقدم الفريق تحية صباح اليوم للجمهور."),  # this morning
    ],
)
def test_ordinary_words_there_are_not_the_name(term: str, language: str, text: str) -> None:
    assert matched(term, language, text) == []
