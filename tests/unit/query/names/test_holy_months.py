"""The Islamic months that Russian, Ukrainian and Bulgarian write in lower case in a date
(ICU's names) but news capitalises as a holy month are months like ``May``: a name term
finds one only where the article writes it after a capitalised word of its sentence, a
given name or a title (not a capitalised preposition opening it: ``В Рамадан``)."""

from __future__ import annotations

import pytest

from tests.unit.query.test_names import matched


@pytest.mark.parametrize(
    ("query", "language", "text"),
    [
        ("Ramadan", "ru", "Во время Рамадана кафе открываются после заката."),
        ("Ramadan", "uk", "На Рамадан ціни на фрукти зросли."),
        ("Ramazan", "bg", "По време на Рамазана джамиите са пълни."),
        ("Shaaban", "ru", "В середине Шаабана паломники отправились в Мекку."),
        ("Muharram", "uk", "Мухаррам відкриває мусульманський рік."),
    ],
    ids=["ru, genitive", "uk, after a preposition", "bg", "ru, another month", "uk, opener"],
)
def test_a_holy_month_is_not_the_person(query: str, language: str, text: str) -> None:
    assert matched(query, language, text) == []


@pytest.mark.parametrize(
    ("query", "language", "text", "found"),
    [
        ("Ramadan", "ru", "Певец Мохамед Рамадан выступил в Каире.", ["Рамадан"]),
        (
            "Ramadan",
            "uk",
            "Тарік Рамадан виступив у Женеві. Пізніше Рамадану заборонили в'їзд.",
            ["Рамадан", "Рамадану"],
        ),
        ("Rajab", "ru", "Министр Ахмед Раджаб прибыл в Душанбе.", ["Раджаб"]),
        ("Ramadan", "en", "During Ramadan, Senator Ramadan fasted.", ["Ramadan"]),
    ],
    ids=[
        "ru, after a given name",
        "uk, named once, then its case",
        "after a title and a given name",
        "en as before",
    ],
)
def test_the_person_is_still_found(query: str, language: str, text: str, found: list[str]) -> None:
    assert matched(query, language, text) == found


@pytest.mark.parametrize("language", ["ru", "uk", "bg", "mk"])
def test_the_holy_months_are_icus_lower_case_islamic_months(language: str) -> None:
    from workers.query.names.calendar_words import HOLY_MONTHS
    from workers.query.text import fold

    icu = pytest.importorskip("icu", reason="PyICU not installed (a dev dependency)")
    symbols = icu.DateFormatSymbols(icu.Locale(language), "islamic")
    names = {w for c in (0, 1) for w in symbols.getMonths(c, icu.DateFormatSymbols.WIDE)}
    one_word = {fold(w) for w in names if w[:1].islower() and w.isalpha()}
    assert HOLY_MONTHS[language] == one_word
