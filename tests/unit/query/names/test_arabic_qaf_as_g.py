"""A Latin name's plain g may be the Arabic ق, which the Gulf, Sudan and Libya say g and
Latin spellings of their names write so (Gargash = قرقاش, Dagalo = دقلو)."""

from __future__ import annotations

import pytest

from tests.unit.query.test_names import matched


@pytest.mark.parametrize(
    ("term", "text", "found"),
    [
        ("Gergawi", "افتتح الوزير محمد القرقاوي القمة العالمية للحكومات.", ["القرقاوي"]),
        ("Bugshan", "استحوذت مجموعة بقشان على حصة في الشركة.", ["بقشان"]),
    ],
)
def test_a_plain_g_is_found_as_arabic_qaf(term: str, text: str, found: list[str]) -> None:
    assert matched(term, "ar", text) == found


@pytest.mark.parametrize(
    ("term", "text"),
    [
        ("Araghchi", "قال مسؤول عراقي إن الانتخابات ستجري في موعدها."),  # gh is غ, not ق
    ],
)
def test_a_gh_is_not_read_as_qaf(term: str, text: str) -> None:
    assert matched(term, "ar", text) == []
