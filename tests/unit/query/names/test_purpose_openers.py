"""A sentence opener followed by the preposition of a purpose and two lower-case words
(``Рама для картины стоит``, a frame for a picture costs) is an ordinary noun with its
modifier; the name stays found before a verb or an outlet's name (``Рама для RT: …``,
``Рама для журнала «Огонёк»: …``)."""

from __future__ import annotations

import pytest

from tests.unit.query.test_names import matched


@pytest.mark.parametrize(
    ("term", "language", "text"),
    [
        ("Rama", "ru", "Рама для картины стоит дорого."),
        ("Rama", "uk", "Рама для вікна коштує дорого."),
        ("Kachka", "pl", "Kaczka dla smakoszy pojawiła się w menu."),
    ],
)
def test_an_opener_before_a_purpose_is_not_the_name(term: str, language: str, text: str) -> None:
    assert matched(term, language, text) == []


@pytest.mark.parametrize(
    ("term", "language", "text", "form"),
    [
        ("Rama", "ru", "Рама для RT: Албания готова к переговорам.", "Рама"),
        ("Rama", "ru", "Рама заявил о готовности к переговорам.", "Рама"),
        ("Rama", "ru", "Рама в понедельник заявил о готовности.", "Рама"),
        ("Kachka", "pl", "Kaczka dla Onetu: negocjacje trwają.", "Kaczka"),
        # An outlet's noun and its name: an interview's headline.
        ("Rama", "ru", "Рама для журнала «Огонёк»: Албания готова к переговорам.", "Рама"),
        ("Rama", "ru", "Рама для журнала Time рассказал о планах.", "Рама"),
        ("Kachka", "pl", "Kaczka dla tygodnika Wprost: negocjacje trwają.", "Kaczka"),
    ],
)
def test_the_name_stays_found(term: str, language: str, text: str, form: str) -> None:
    assert matched(term, language, text) == [form]
