"""A word after an Arabic country's noun (its national team, republic or kingdom:
``منتخب كرواتيا``, ``جمهورية الدومينيكان``) is the country's name, not a person's; a
person of the same name is still found beside a person's neighbours."""

from __future__ import annotations

import pytest

from tests.unit.query.test_names import matched


@pytest.mark.parametrize(
    ("query", "text"),
    [
        ("Montenegro", "تعادل منتخب مونتينيغرو مع منتخب صربيا."),
        ("Mali", "خسر منتخب مالي أمام ضيفه في التصفيات."),
        ("Chad", "زار الوفد جمهورية تشاد الأسبوع الماضي."),
    ],
    ids=["national team", "national team, a word too", "republic"],
)
def test_a_word_after_a_countrys_noun_is_the_country(query: str, text: str) -> None:
    assert matched(query, "ar", text) == []


def test_the_person_is_still_found_beside_a_title() -> None:
    text = "قال رئيس الوزراء البرتغالي لويس مونتينيغرو إن الحكومة باقية."
    assert matched("Montenegro", "ar", text) == ["مونتينيغرو"]
