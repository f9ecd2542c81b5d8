"""Possessive adjectives of names in the West and South Slavic languages (Czech ``Babišova
vláda``, Croatian ``Putinov režim``, Bulgarian ``Тръмповата администрация``) are the name's
forms: -ov- after a consonant, -ev- after a soft one, -in- for a name in -a; in Bulgarian and
Macedonian only with the definite article, which no -ov surname takes."""

from __future__ import annotations

import pytest

from tests.unit.query.test_names import matched


@pytest.mark.parametrize(
    ("term", "language", "text", "form"),
    [
        ("Macron", "cs", "Macronova vláda přežila hlasování.", "Macronova"),
        ("Macron", "cs", "Ve Macronově projevu zazněla kritika.", "Macronově"),
        ("Zeman", "cs", "Zemanův mandát skončil.", "Zemanův"),
        ("Duda", "cs", "Dudova kancelář to potvrdila.", "Dudova"),  # a name in -a
        ("Fico", "sk", "Ficovej vláde hrozí pád.", "Ficovej"),  # a name in -o
        ("Orban", "sk", "Orbánov kabinet schválil zákon.", "Orbánov"),
        ("Scholz", "hr", "Scholzova vlada se raspala.", "Scholzova"),
        ("Plenkovic", "hr", "Plenkovićevim riječima, dogovor je blizu.", "Plenkovićevim"),
        ("Kallas", "sl", "Kallasova izjava je odmevala.", "Kallasova"),
        ("Rama", "bs", "Ramina vlada je pala.", "Ramina"),
        ("Meloni", "sr", "Мелонијева влада је пала.", "Мелонијева"),
        ("Orban", "sr", "Орбанова влада је пала.", "Орбанова"),
        ("Macron", "bg", "Макроновото правителство оцеля.", "Макроновото"),
        ("Erdogan", "mk", "Ердогановата влада објави мерки.", "Ердогановата"),
    ],
)
def test_a_possessive_adjective_is_a_form_of_the_name(
    term: str, language: str, text: str, form: str
) -> None:
    assert matched(term, language, text) == [form]


@pytest.mark.parametrize(
    ("term", "language", "text"),
    [
        ("Petro", "bg", "Министър Петров заяви, че бюджетът е готов."),  # a surname: no article
        ("Ivan", "mk", "Премиерот Иванов ја посети Скопје."),
        ("Medved", "hr", "Medvedeva izjava izazvala je reakcije."),  # -ev after no soft letter
        ("Macron", "en", "Macronova is a brand of garden furniture."),  # no such English form
        ("Macron", "ru", "Макронова речь прозвучала в Париже."),  # not a Russian rule
    ],
)
def test_what_is_not_a_possessive_of_the_name(term: str, language: str, text: str) -> None:
    assert matched(term, language, text) == []
