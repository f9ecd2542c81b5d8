"""A Latin name's y between vowels (Velayati's -aya-) is a glide Arabic writes with its ي,
leaving the short vowel after it unwritten (ولايتي); the same word as "my term of office"
stays an ordinary word."""

from __future__ import annotations

import pytest

from tests.unit.query.test_names import matched


@pytest.mark.parametrize(
    ("term", "language", "text", "form"),
    [
        ("Velayati", "ar", "وصل علي أكبر ولايتي إلى بيروت في زيارة رسمية.", "ولايتي"),
        ("Velayati", "ar", "أكد المستشار ولايتي دعم طهران لحلفائها.", "ولايتي"),
        ("Velayati", "fa", "مشاور رهبری علی اکبر ولایتی به بیروت سفر کرد.", "ولایتی"),
        ("Tokayev", "ar", "استقبل الرئيس قاسم جومارت توكاييف الوفد.", "توكاييف"),
    ],
)
def test_the_glide_is_written(term: str, language: str, text: str, form: str) -> None:
    assert form in matched(term, language, text)


@pytest.mark.parametrize(
    "text",
    [
        "قال الرئيس: خلال ولايتي حققنا الكثير.",
        "انتهت ولايتي الأولى ولن أترشح.",
    ],
)
def test_my_term_of_office_is_no_name(text: str) -> None:
    assert matched("Velayati", "ar", text) == []
