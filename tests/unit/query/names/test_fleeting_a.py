"""Croatian, Serbian, Bosnian and Slovene drop the a of a surname in -ac before a case
ending (Primorac: Primorca, Primorcu, Primorcem; Serbian Cyrillic Приморца), and Russian
news copies the Serbian forms: such a case is found for the term in -ac. Only after a
consonant, only before c, and only in those languages."""

from __future__ import annotations

import pytest

from tests.unit.query.test_names import matched


@pytest.mark.parametrize(
    ("term", "language", "text", "form"),
    [
        ("Gorinac", "hr", "Premijer se sastao s ministrom Gorincem u Zagrebu.", "Gorincem"),
        ("Gorinac", "hr", "Prema riječima zastupnika Gorinca, proračun kasni.", "Gorinca"),
        ("Markovac", "bs", "Pitanja su upućena Markovcu o porezima.", "Markovcu"),
        ("Markovac", "sr", "Према речима министра Марковца, раст ће се наставити.", "Марковца"),
        ("Markovac", "sl", "Minister se je sestal z Markovcem v Ljubljani.", "Markovcem"),
        ("Markovac", "ru", "По словам министра Марковца, рост продолжится.", "Марковца"),
    ],
)
def test_a_case_without_the_fleeting_a_is_found(
    term: str, language: str, text: str, form: str
) -> None:
    assert matched(term, language, text) == [form]


@pytest.mark.parametrize(
    ("term", "language", "text"),
    [
        ("Gorinac", "en", "The minister met Gorinca in Zagreb."),  # English declines nothing
        ("Novak", "hr", "Ministar se sastao s Novkom u Zagrebu."),  # an -ak keeps its a
        ("Mauac", "hr", "Ministar se sastao s Maucem u Zagrebu."),  # no a after a vowel
    ],
)
def test_no_fleeting_a_elsewhere(term: str, language: str, text: str) -> None:
    assert matched(term, language, text) == []
