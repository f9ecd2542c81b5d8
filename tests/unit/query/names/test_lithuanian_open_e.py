"""Russian writes a Lithuanian open e (between consonants, before one consonant and a
vowel) as я: a rule of a Lithuanian man's name finds it so (Skvernelis = Сквернялис), and
one of an unmarried woman's (Blinkevičiūtė = Блинкявичюте); an e before two consonants,
or in a name of another ending, stays an e."""

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


@pytest.mark.parametrize(
    ("term", "language", "text", "form"),
    [
        (
            "Blinkeviciute",
            "ru",
            "Евродепутат Вилия Блинкявичюте вернулась в Вильнюс.",
            "Блинкявичюте",
        ),
        ("Blinkeviciute", "uk", "Спікерка Вілія Блінкявічюте прибула до Варшави.", "Блінкявічюте"),
        ("Blinkeviciute", "bg", "Председателят Вилия Блинкявичюте посети София.", "Блинкявичюте"),
        (
            "Blinkeviciute",
            "ru",
            "Вилия Блинкевичюте подписала закон.",
            "Блинкевичюте",
        ),  # as written
    ],
)
def test_a_womans_open_e_is_found_as_ya(term: str, language: str, text: str, form: str) -> None:
    assert matched(term, language, text) == [form]


@pytest.mark.parametrize(
    ("term", "text"),
    [
        ("Landsbergyte", "Депутат Ландсбяргите выступила."),  # e before two consonants
        ("Grybauskaite", "Депутат Грибаускайтис выступил."),  # a man's ending is another name
    ],
)
def test_a_womans_other_e_is_not_read_as_ya(term: str, text: str) -> None:
    assert matched(term, "ru", text) == []
