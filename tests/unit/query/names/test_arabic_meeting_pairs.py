"""An Arabic surname that is also an ordinary word, written with "and the" joined (والخاطر),
is the name as the second of two people meeting: after a word without the article (the
first person) in a clause opened by a verb of meeting or بين, "between" (see arabic_words)."""

from __future__ import annotations

import pytest

from tests.unit.query.test_names import matched


@pytest.mark.parametrize(
    ("query", "text", "found"),
    [
        ("Mangoush", "جرى لقاء بين إيلي كوهين والمنقوش في روما.", ["والمنقوش"]),
        ("Khater", "جرت محادثات بين كوهين والخاطر في باريس.", ["والخاطر"]),
        ("Mangoush", "اجتمع وفد من الكنيست مع كوهين والمنقوش سرا.", ["والمنقوش"]),
    ],
)
def test_the_second_of_two_people_meeting_is_the_name(
    query: str, text: str, found: list[str]
) -> None:
    assert matched(query, "ar", text) == found


@pytest.mark.parametrize(
    ("query", "text"),
    [
        ("Khater", "وازن الكاتب بين العقل والخاطر في روايته."),  # mind and heart
        ("Khater", "كتب الشاعر عن حزنه والخاطر المكسور."),  # no meeting
        ("Khater", "التقى الوزير بالسفير، ثم عاد إلى حزنه والخاطر المكسور."),  # another clause
    ],
)
def test_an_ordinary_word_after_and_is_no_name(query: str, text: str) -> None:
    assert matched(query, "ar", text) == []
