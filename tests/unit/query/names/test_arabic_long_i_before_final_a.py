"""A name ending in -i, one consonant and -a, whose long i Arabic writes (شاكيرا, كاميلا;
كريمة with an Arabic name's ة), is not an Arabic word written without it and with a final
alif: an indefinite accusative (صابرا patient, شكرا thanks, سالما safe)."""

from __future__ import annotations

import pytest

from tests.unit.query.test_names import matched


@pytest.mark.parametrize(
    ("term", "text", "form"),
    [
        ("Kamila", "قالت كاميلا إن الفيلم سيعرض قريبا.", "كاميلا"),
        ("Karima", "قالت كريمة إن الحكومة ستستقيل.", "كريمة"),
        ("Kalina", "فازت كالينا بالبطولة.", "كالينا"),
        ("Fatima", "قالت فاطمة إن الحكومة ستستقيل.", "فاطمة"),
        ("Kovica", "قالت كوفيتسا إن الاتحاد سيرسل مساعدات.", "كوفيتسا"),  # ts: two letters
    ],
)
def test_the_name_with_its_i_is_found(term: str, text: str, form: str) -> None:
    assert matched(term, "ar", text) == [form]


@pytest.mark.parametrize(
    ("term", "text"),
    [
        ("Sabira", "ظل صابرا على المرض سنوات."),
        ("Shakira", "وقال شكرا لكل من ساعده."),
        ("Salima", "وصل سالما إلى بيته."),
    ],
)
def test_an_accusative_without_the_i_is_no_name(term: str, text: str) -> None:
    assert matched(term, "ar", text) == []
