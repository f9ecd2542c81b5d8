"""Russian writes a Lithuanian open e (between consonants, before one consonant and a
vowel) as я: a rule of a Lithuanian man's name finds it so (Skvernelis = Сквернялис), and
an e before two consonants, or in a name of another ending, stays an e."""

from __future__ import annotations

import pytest

from tests.unit.query.test_names import matched


@pytest.mark.parametrize(
    ("term", "text", "form"),
    [
        ("Skvernelis", "Саулюс Сквернялис встретился с послом.", "Сквернялис"),
        ("Skvernelis", "Фракция Сквернялиса покинула зал.", "Сквернялиса"),
        ("Linkevicius", "Бывший министр Линкявичюс дал интервью.", "Линкявичюс"),
    ],
)
def test_a_lithuanian_open_e_is_found_as_ya(term: str, text: str, form: str) -> None:
    assert matched(term, "ru", text) == [form]


@pytest.mark.parametrize(
    ("term", "text"),
    [
        ("Landsbergis", "Депутат Ландсбяргис выступил."),  # e before two consonants
        ("Medvedev", "Депутат Медвядев выступил."),  # no Lithuanian ending
    ],
)
def test_another_e_is_not_read_as_ya(term: str, text: str) -> None:
    assert matched(term, "ru", text) == []
