"""Two contexts that tell a name from the common Arabic word it spells: a source after
"according to" with ل joined and without the article, closing its phrase (``وفقا لسلام
فإن``, according to Salam), and a word before a person's descent (``وحداد من أصل لبناني``,
Haddad, of Lebanese descent); not a rule or a count there."""

from __future__ import annotations

import pytest

from tests.unit.query.test_names import matched


@pytest.mark.parametrize(
    ("term", "language", "text", "form"),
    [
        ("Salam", "ar", "ووفقا لسلام فإن الحكومة ستنال الثقة.", "لسلام"),
        ("Saied", "ar", "وطبقا لسعيد، فإن الدستور الجديد يحمي الحريات.", "لسعيد"),
        ("Haddad", "ar", "وحداد من أصل لبناني ويعيش في باريس.", "وحداد"),
        ("Salam", "ar", "وسلام من أصول فلسطينية ويعمل في لندن.", "وسلام"),
    ],
)
def test_the_name_is_found(term: str, language: str, text: str, form: str) -> None:
    assert matched(term, language, text) == [form]


@pytest.mark.parametrize(
    ("term", "language", "text"),
    [
        ("Salam", "ar", "وقع الطرفان الاتفاق وفقا لسلام دائم في المنطقة."),  # a describer
        ("Salam", "ar", "وفقا لسلام العالم وأمنه."),  # an owner: a construct
        ("Haddad", "ar", "ومر حداد من أصل 40 يوما على الفاجعة."),  # a count
        ("Haddad", "ar", "وأعلنت الحكومة الحداد من أصل الاحتفالات."),
    ],
)
def test_the_word_is_not_the_name(term: str, language: str, text: str) -> None:
    assert matched(term, language, text) == []
