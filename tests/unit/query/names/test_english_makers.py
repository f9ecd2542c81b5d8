"""English puts a maker's name before the noun of its weapon or aircraft (``a Tupoljew
aircraft``, ``Kalaschnikow rifles``): a word found there through a name's keys is the
maker, not the person; a person's name takes the possessive there (``Kadirov's
helicopter``)."""

from __future__ import annotations

import pytest

from tests.unit.query.test_names import matched


@pytest.mark.parametrize(
    ("term", "text"),
    [
        ("Kalashnikov", "Soldiers carried Kalaschnikow rifles."),
        ("Tupolev", "A Tupoljew aircraft landed in Minsk."),
        ("Makarov", "He carried a Makarow pistol."),
    ],
)
def test_a_makers_name_before_its_thing_is_not_the_person(term: str, text: str) -> None:
    assert matched(term, "en", text) == []


@pytest.mark.parametrize(
    ("term", "text", "form"),
    [
        ("Kadyrov", "Kadirov's helicopter landed in Grozny.", "Kadirov"),
        ("Kadyrov", "Kadirov’s helicopter landed in Grozny.", "Kadirov"),
        ("Kadyrov", "Kadirov said the helicopter was shot down.", "Kadirov"),
    ],
)
def test_the_name_stays_found(term: str, text: str, form: str) -> None:
    assert matched(term, "en", text) == [form]
