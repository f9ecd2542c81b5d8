"""A sportsperson's noun with the article and a nationality adjective after it, which stand
before a name as a title does (``العداء اللبناني جاد حداد``, the Lebanese runner Jad
Haddad): a surname that is also a common Arabic word is found there; not after the noun
alone, a sentence's subject before its predicate (``اللاعب سعيد``, the player is happy)."""

from __future__ import annotations

import pytest

from tests.unit.query.test_names import matched


@pytest.mark.parametrize(
    ("term", "language", "text", "form"),
    [
        ("Haddad", "ar", "وفاز العداء اللبناني جاد حداد بالسباق.", "حداد"),
        ("Saied", "ar", "وتوج الملاكم التونسي أمين سعيد بالذهبية.", "سعيد"),
        ("Haddad", "ar", "وأحرزت الرامية الأردنية لين حداد الميدالية الفضية.", "حداد"),
    ],
)
def test_the_name_after_a_sportspersons_nationality(
    term: str, language: str, text: str, form: str
) -> None:
    assert matched(term, language, text) == [form]


@pytest.mark.parametrize(
    ("term", "language", "text"),
    [
        ("Saied", "ar", "اللاعب سعيد بالفوز."),  # the player is happy
        ("Haddad", "ar", "وعلق اللاعب على حداد العائلة."),  # the family's mourning
        ("Saied", "ar", "وبدا الجمهور المصري سعيدا بالفوز."),  # no sportsperson's noun
    ],
)
def test_the_common_word_elsewhere(term: str, language: str, text: str) -> None:
    assert matched(term, language, text) == []
