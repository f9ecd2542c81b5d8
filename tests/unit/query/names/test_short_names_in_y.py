"""A short name ending in a vowel and i (Lai, Tsai, Wei: Russian and Ukrainian Лай, Цай,
Вэй, Вей, whose й is a consonant) declines as one ending in a consonant, its stem two letters
(Лая, Цаю, Вэя, Даем); Czech declines one in -ai as one in -aj (Kaie, as Mamaje). Other
names stay apart."""

from __future__ import annotations

import pytest

from tests.unit.query.test_names import matched


@pytest.mark.parametrize(
    ("term", "language", "text", "form"),
    [
        ("Tsai", "ru", "Администрация Цая заявила о поддержке.", "Цая"),
        ("Tsai", "ru", "Пекин пригрозил Цаю санкциями.", "Цаю"),
        ('"Dai Bingguo"', "ru", "Встреча с Даем Бинго прошла в Пекине.", "Даем Бинго"),
        ("Wei", "ru", "Адвокаты Вэя подали жалобу.", "Вэя"),
        ("Wei", "uk", "Адвокати Вея подали скаргу.", "Вея"),
        ('"Kai Havertz"', "cs", "Trenér chválil Kaie Havertze za výkon.", "Kaie Havertze"),
    ],
)
def test_a_case_form_is_found(term: str, language: str, text: str, form: str) -> None:
    assert matched(term, language, text) == [form]


@pytest.mark.parametrize(
    ("term", "language", "text"),
    [
        ("Tsai", "ru", "Администрация Цапа заявила о поддержке."),
        ("Lai", "ru", "Адвокаты Лайма подали жалобу."),
        ("Wei", "ru", "Адвокаты Вэла подали жалобу."),
    ],
)
def test_other_names_stay_apart(term: str, language: str, text: str) -> None:
    assert matched(term, language, text) == []
