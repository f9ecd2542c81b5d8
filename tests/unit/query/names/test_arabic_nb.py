"""Arabic writes ن where it says the m of an mb (جنبلاط Jumblatt, قنبر Qambar, الأنباري
Ambari), as Latin writes the mb it hears: a Latin term's mb also reads نب; words with
other letters stay apart."""

from __future__ import annotations

import pytest

from tests.unit.query.test_names import matched


@pytest.mark.parametrize(
    ("term", "text", "form"),
    [
        ("Jumblatt", "ترأس جنبلاط اجتماع الكتلة النيابية.", "جنبلاط"),
        ("Jumblatt", "وجه النائب انتقادات لجنبلاط بسبب موقفه.", "لجنبلاط"),
        ("Qambar", "التقى الوزير علي قنبر في بغداد.", "قنبر"),
        ("Qambar", "وقال قمبر إن المفاوضات مستمرة.", "قمبر"),
        ("Ambari", "قدم الشاعر الأنباري قصيدة جديدة.", "الأنباري"),
    ],
)
def test_mb_is_written_nb(term: str, text: str, form: str) -> None:
    assert form in matched(term, "ar", text)


@pytest.mark.parametrize(
    ("term", "text"),
    [
        ("Jumblatt", "وقف الجنود جنبا إلى جنب."),
        ("Qambar", "انفجرت قنبلة في السوق."),
        ("Qambar", "ظهر القمر فوق المدينة."),
    ],
)
def test_other_words_stay_apart(term: str, text: str) -> None:
    assert matched(term, "ar", text) == []
