"""A name ending in -ian or -yan is written in Arabic script with the glide before its a
(پزشکیان, باشينيان): a word ending in ان without it is another word, a Persian plural
(کریمان, the generous)."""

from __future__ import annotations

import pytest

from tests.unit.query.test_names import matched


@pytest.mark.parametrize(
    ("term", "text"),
    [
        ("Karimian", "کریمان شهر به فقرا کمک کردند."),
        ("Rostamian", "رستمان دلاور جنگیدند."),
        ("Mohammadian", "محمدان آمدند."),
    ],
)
def test_a_plural_without_the_glide_is_not_the_name(term: str, text: str) -> None:
    assert matched(term, "fa", text) == []


@pytest.mark.parametrize(
    ("term", "language", "text", "form"),
    [
        ("Karimian", "fa", "کریمیان به تهران آمد.", "کریمیان"),
        ("Sarkissian", "fa", "سرکیسیان به تهران آمد.", "سرکیسیان"),
        ("Pashinyan", "ar", "التقى الوزير لباشينيان أمس.", "لباشينيان"),
        ("Pashinyan", "ar", "قال باشينيان إن الاتفاق جاهز.", "باشينيان"),
    ],
)
def test_the_name_stays_found(term: str, language: str, text: str, form: str) -> None:
    assert matched(term, language, text) == [form]
