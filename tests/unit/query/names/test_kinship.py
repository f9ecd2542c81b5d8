"""A word after a first person's possessive and a noun of kin (``Můj bratr Kačka``, my
brother Kačka) is a relative's given name, not a surname in the news, unless the article
names the person elsewhere; a noun of kin without the possessive keeps the name's genitive
after it (``Брат Качки``)."""

from __future__ import annotations

import pytest

from tests.unit.query.test_names import matched


@pytest.mark.parametrize(
    ("term", "language", "text"),
    [
        ("Kachka", "cs", "Můj bratr Kačka studuje v Praze."),
        ("Rama", "ru", "Моя сестра Рама живёт в Москве."),
        ("Kachka", "uk", "Мій брат Качка навчається в Києві."),
        ("Kachka", "pl", "Moja siostra Kaczka mieszka w Gdańsku."),
    ],
)
def test_a_relatives_name_is_not_the_person(term: str, language: str, text: str) -> None:
    assert matched(term, language, text) == []


@pytest.mark.parametrize(
    ("term", "language", "text", "form"),
    [
        ("Rama", "ru", "Сестра Рамы рассказала о детстве.", "Рамы"),
        ("Kachka", "uk", "Брат Качки навчається в Києві.", "Качки"),
        ("Kachka", "uk", "Заступник міністра Качка прибув до Брюсселя.", "Качка"),
        # Named elsewhere in the article: the doubted word is the name too.
        ("Kachka", "uk", "Тарас Качка прибув. Мій брат Качка навчається в Києві.", "Качка"),
    ],
)
def test_the_name_stays_found(term: str, language: str, text: str, form: str) -> None:
    assert matched(term, language, text) == [form]
