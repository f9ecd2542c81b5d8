"""A word a name term of one word finds only in another script, spelling or case is a
firm's or a brand's name right after the noun for a company, concern, bank, radio station or
store chain (``Концерн Бош``), or a toy set's (``конструктора Лего``); the owner's genitive
after such a noun (``компании Маска``), a name the same in every case (``Компания Адани``),
a designer's title, and any word after an Arabic noun (``شركة ماسك``, which writes an
owner as a brand) stay the person."""

from __future__ import annotations

import pytest

from tests.unit.query.test_names import matched


@pytest.mark.parametrize(
    ("term", "language", "text"),
    [
        ("Bosch", "ru", "Концерн Бош сократит рабочие места в Германии."),
        ("Siemens", "uk", "Компанія Сіменс уклала контракт з Укрзалізницею."),
        ("Boeing", "ru", "Компания Боинг приостановила поставки самолётов."),
        ("Svoboda", "ru", "Об этом сообщило Радио Свобода со ссылкой на источники."),
        ("Ford", "bg", "Компанията Форд изтегля хиляди автомобили."),
        ("Legault", "ru", "Дети собрали из конструктора Лего модель ракеты."),
    ],
    ids=[
        "ru, a concern",
        "uk, a company",
        "ru, a company",
        "ru, a radio station mid-sentence",
        "bg, a company with its article",
        "ru, a toy set, genitive",
    ],
)
def test_a_firm_named_after_its_noun_is_not_the_person(term: str, language: str, text: str) -> None:
    assert matched(term, language, text) == []


@pytest.mark.parametrize(
    ("term", "language", "text", "found"),
    [
        ("Musk", "ru", "Акции компании Маска упали на 10 процентов.", ["Маска"]),
        ("Bezos", "uk", "Ракету компанії Безоса запустили вдруге.", ["Безоса"]),
        ("Adani", "ru", "Компания Адани построит порт в Шри-Ланке.", ["Адани"]),
        ("Trump", "ar", "حققت شركات ترامب أرباحا كبيرة.", ["ترامب"]),
        ("Musk", "ar", "أعلنت شركة ماسك عن خطة جديدة.", ["ماسك"]),
        ("Dangote", "ar", "افتتحت شركة دانغوتي مصفاة جديدة في لاغوس.", ["دانغوتي"]),
        ('"Elon Musk"', "ar", "أطلقت شركة إيلون ماسك صاروخا جديدا.", ["إيلون ماسك"]),
        ("Korolev", "ru", "Главный конструктор Королёв руководил запуском.", ["Королёв"]),
        ("Ford", "ru", "Президент Форд помиловал Никсона.", ["Форд"]),
    ],
    ids=[
        "ru, the owner's genitive",
        "uk, the owner's genitive",
        "ru, a name the same in every case",
        "ar, the plural companies",
        "ar, the owner after company",
        "ar, a firm named after its owner",
        "ar, a full name",
        "ru, a designer's title",
        "ru, no firm's noun",
    ],
)
def test_the_owner_after_a_firm_noun_is_the_person(
    term: str, language: str, text: str, found: list[str]
) -> None:
    assert matched(term, language, text) == found
