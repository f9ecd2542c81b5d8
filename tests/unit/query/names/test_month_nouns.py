"""A word a name term finds only in another spelling, script or case is a month's name of
another calendar (Hebrew, Islamic, Persian), not the person's, right after "month" (and
"of"): ``the month of Radjab``, ``du mois de Nissan``, ``im Monat Nissan``. Slavic
"month" is left out: the genitive after it is a person's (``первый месяц Трампа``)."""

from __future__ import annotations

import pytest

from tests.unit.query.test_names import matched


@pytest.mark.parametrize(
    ("query", "language", "text"),
    [
        ("Rajab", "en", "Pilgrims travel during the month of Radjab."),
        ("Safar", "en", "The battle took place in the month of Saphar."),
        ("Nisan", "fr", "La fête tombe le quinzième jour du mois de Nissan."),
        ("Nisan", "de", "Das Fest beginnt im Monat Nissan."),
    ],
    ids=["en", "en, another month", "fr", "de, no 'of'"],
)
def test_a_month_named_by_its_noun_is_not_the_person(query: str, language: str, text: str) -> None:
    assert matched(query, language, text) == []


@pytest.mark.parametrize(
    ("query", "language", "text", "found"),
    [
        ("Nisan", "en", "Senator Nissan said the month was hard.", ["Nissan"]),
        ("Rajab", "ar", "قال رجب إن الاتفاق صامد.", ["رجب"]),
        ("Putin", "ru", "Первый месяц Путина в Кремле прошёл спокойно.", ["Путина"]),
        ("Tebet", "en", "The month of Tebet began, Senator Tebet said.", ["Tebet"]),
    ],
    ids=["a senator", "ar, a speaker", "ru, a person's month", "the name as written"],
)
def test_the_person_is_still_found(query: str, language: str, text: str, found: list[str]) -> None:
    assert matched(query, language, text) == found
