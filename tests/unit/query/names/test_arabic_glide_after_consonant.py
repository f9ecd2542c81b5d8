"""Arabic writes a y after a consonant, before a vowel, as its ي and leaves the short vowel
after it unwritten (Maryam = مريم), as it does a y between vowels (Velayati = ولايتي)."""

from __future__ import annotations

import pytest

from tests.unit.query.test_names import matched


@pytest.mark.parametrize(
    ("term", "text", "form"),
    [
        ('"Maryam Rajavi"', "ألقت مريم رجوي كلمة أمام أنصارها في باريس.", "مريم رجوي"),
        ('"Maryam Mirzakhani"', "نالت مريم ميرزاخاني جائزة فيلدز.", "مريم ميرزاخاني"),
        ("Benyamin", "قال بنيامين إن الحكومة ستستمر.", "بنيامين"),
    ],
)
def test_a_glide_after_a_consonant_is_found_as_ya(term: str, text: str, form: str) -> None:
    assert matched(term, "ar", text) == [form]


@pytest.mark.parametrize(
    ("term", "text"),
    [
        ("Maryam", "نقل المريض إلى المستشفى."),  # sick: another consonant
        ('"Maryam Rajavi"', "ألقت مريم كلمة أمام أنصارها."),  # one word of two
    ],
)
def test_other_words_are_not_the_name(term: str, text: str) -> None:
    assert matched(term, "ar", text) == []
