"""An Arabic title with the article that spells a name term (الوزير, the minister, for
Wazir; الشيخ for Sheikh) is the surname only right after a given name (``خليل الوزير``,
``أبو جهاد الوزير``); after a verb of saying, another title or an inquiry's noun it is the
title itself (``وقال الوزير إن``, the minister said)."""

from __future__ import annotations

import pytest

from tests.unit.query.test_names import matched


@pytest.mark.parametrize(
    ("term", "text", "form"),
    [
        ("Wazir", "وزار خليل الوزير مخيمات اللاجئين في لبنان.", "الوزير"),
        ("Wazir", "وكان أبو جهاد الوزير من مؤسسي الحركة.", "الوزير"),
        ("Sheikh", "وقال حسين الشيخ إن السلطة مستعدة للحوار.", "الشيخ"),
        ("Wazir", "وأكد كامل الوزير أن القطار سيعمل العام المقبل.", "الوزير"),
    ],
)
def test_a_title_after_a_given_name_is_the_surname(term: str, text: str, form: str) -> None:
    assert matched(term, "ar", text) == [form]


@pytest.mark.parametrize(
    ("term", "text"),
    [
        ("Wazir", "وأعلن الوزير أمس عن خطة جديدة للنقل."),
        ("Sheikh", "وقال الشيخ في خطبة الجمعة إن الصبر مفتاح الفرج."),
        ("Wazir", "والتقى السفير بالوزير لبحث العلاقات الثنائية."),
        ("Wazir", "وقدم النائب طلبا للوزير لزيارة المنطقة."),  # a request, accusative
    ],
)
def test_a_title_after_a_verb_or_another_title_is_the_title(term: str, text: str) -> None:
    assert matched(term, "ar", text) == []
