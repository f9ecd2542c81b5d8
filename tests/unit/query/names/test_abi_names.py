"""A one-word name opening with Abi, the genitive of "father of" (Lebanese surnames written
joined in Latin: Abisaab, Abikhalil), found as Arabic writes it, in two words (``أبي صعب``),
side by side only."""

from __future__ import annotations

import pytest

from tests.unit.query.test_names import matched
from workers.query.names.split_names import arabic_parts


@pytest.mark.parametrize(
    ("query", "text", "found"),
    [
        ("Abisaab", "قال النائب فادي أبي صعب إن الجلسة تأجلت.", ["أبي صعب"]),
        ("Abikhalil", "استقبل الوزير سيزار أبي خليل الوفد.", ["أبي خليل"]),
    ],
)
def test_an_abi_name_is_found_in_two_words(query: str, text: str, found: list[str]) -> None:
    assert matched(query, "ar", text) == found


@pytest.mark.parametrize(
    "text",
    [
        "قال أبي إن صعب الأمور يمر.",  # my father ... apart
        "وصل صعب إلى بيروت أمس.",  # the second part alone
    ],
)
def test_the_parts_count_only_side_by_side(text: str) -> None:
    assert matched("Abisaab", "ar", text) == []


def test_a_short_rest_is_no_abi_name() -> None:
    assert arabic_parts("Abiy") is None
