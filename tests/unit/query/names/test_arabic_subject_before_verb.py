"""An Arabic word found for a name that Arabic writes more often as an ordinary word is the
name where a name's neighbours stand: also right after "that" (أن, إن), where Arabic puts
the subject before its verb, when a verb only a person does follows (``أن حفتر التقى``,
that Haftar met), and after "attacked" (``هاجم المالكي``), a verb a person does."""

from __future__ import annotations

import pytest

from tests.unit.query.test_names import matched


@pytest.mark.parametrize(
    ("query", "language", "text", "form"),
    [
        ("Haftar", "ar", "قالت مصادر إن حفتر التقى المبعوث الأممي.", "حفتر"),
        ("Saied", "ar", "أكد المتحدث أن سعيد قال ذلك صراحة.", "سعيد"),
        ("Maliki", "ar", "هاجم المالكي الحكومة الجديدة.", "المالكي"),
    ],
    ids=["'that' and 'met'", "'that' and 'said'", "after 'attacked'"],
)
def test_a_persons_verb_shows_the_name(query: str, language: str, text: str, form: str) -> None:
    assert matched(query, language, text) == [form]


@pytest.mark.parametrize(
    ("query", "language", "text"),
    [
        ("Saied", "ar", "يبدو أن المواطن سعيد بالقرار."),
        ("Haddad", "ar", "أعلنت الحكومة أن الحداد سيستمر ثلاثة أيام."),
        ("Salam", "ar", "أكد الوزير أن السلام أعلن في المنطقة."),
    ],
    ids=["an adjective after 'that'", "mourning, no person's verb", "a passive's verb"],
)
def test_an_ordinary_word_stays_one(query: str, language: str, text: str) -> None:
    assert matched(query, language, text) == []
