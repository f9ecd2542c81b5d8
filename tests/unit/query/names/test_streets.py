"""A street named after a person (its noun, then the name in the genitive; in Lithuanian and
Latvian the name first) is the street's name, not a mention of the person; a name in the
nominative after such a noun is the sentence's next word, and still the person."""

from __future__ import annotations

import pytest

from tests.unit.query.test_names import matched


@pytest.mark.parametrize(
    ("query", "language", "text"),
    [
        ("Gerasimov", "ru", "Улицу Герасимова перекрыли из-за ремонта."),
        ("Sakharov", "ru", "Митинг прошёл на проспекте академика Сахарова."),
        ("Kaczynski", "pl", "Remont ulicy Lecha Kaczyńskiego potrwa do jesieni."),
        ("Shevchenko", "uk", "На бульварі Тараса Шевченка висадили каштани."),
        ("Tudjman", "hr", "Promet u Ulici Franje Tuđmana je zatvoren."),
        ("Nauseda", "lt", "Nausėdos gatvė bus rekonstruota."),
        ("Karins", "lv", "Kariņa iela tiks remontēta."),
        ("Masaryk", "cs", "Na Masarykově náměstí se sešli lidé."),
        ("Masaryk", "cs", "Masarykova třída bude uzavřena."),
        ("Stefanik", "sk", "Štefánikova ulica je rozkopaná."),
        ("Kaczynski", "pl", "Mieszkańcy al. Lecha Kaczyńskiego skarżą się na hałas."),
    ],
    ids=[
        "ru",
        "ru, a title between",
        "pl, a given name between",
        "uk",
        "hr",
        "lt",
        "lv",
        "cs, a possessive before a square",
        "cs, before an avenue",
        "sk",
        "pl, an abbreviated avenue",
    ],
)
def test_a_person_a_street_is_named_after_is_not_found(
    query: str, language: str, text: str
) -> None:
    assert matched(query, language, text) == []


@pytest.mark.parametrize(
    ("query", "language", "text", "found"),
    [
        ("Putin", "ru", "На Красной площади Путин выступил с речью.", ["Путин"]),
        ("Lavrov", "ru", "В аэропорту Лаврова встретил посол.", ["Лаврова"]),
        ("Nauseda", "lt", "Nausėdos komanda pristatė planą.", ["Nausėdos"]),
        ("Gerasimov", "ru", "Генерал Герасимов посетил штаб.", ["Герасимов"]),
        ("Fiala", "cs", "Premiér Fiala ulici nezmínil.", ["Fiala"]),
        ("Babis", "cs", "Babišova vláda padla.", ["Babišova"]),
        ("Abadi", "pl", "Rząd al-Abadiego przetrwał kryzys.", ["Abadiego"]),
    ],
    ids=[
        "the nominative after a square's noun",
        "after an airport's noun",
        "a Lithuanian genitive before another noun",
        "no street's noun",
        "cs, a nominative before a street's noun",
        "cs, a possessive before another noun",
        "pl, after the Arabic article, no abbreviated avenue",
    ],
)
def test_the_person_is_still_found_beside_other_words(
    query: str, language: str, text: str, found: list[str]
) -> None:
    assert matched(query, language, text) == found


@pytest.mark.parametrize(
    ("query", "language", "text", "found"),
    [
        ("Makarov", "ru", "Полиция вооружена пистолетами Макарова.", []),
        ("Makarov", "ru", "У него нашли пистолет Макарова.", []),
        ("Fermat", "ru", "Теорему Ферма доказал Эндрю Уайлс.", []),
        ("Kalashnikov", "pl", "Żołnierze mieli karabinki Kałasznikowa.", []),
        ("Makarov", "ru", "Министр Макаров заявил, что пистолет старый.", ["Макаров"]),
        ("Trump", "ru", "Эффект Трампа ощущается на рынках.", ["Трампа"]),
    ],
    ids=[
        "a weapon, plural",
        "a weapon",
        "a theorem",
        "pl, a weapon",
        "the maker's name elsewhere",
        "an effect named after a politician means him",
    ],
)
def test_a_weapon_or_theorem_named_after_its_maker_is_not_the_person(
    query: str, language: str, text: str, found: list[str]
) -> None:
    assert matched(query, language, text) == found


@pytest.mark.parametrize(
    ("query", "language", "text", "found"),
    [
        ("Kutuzov", "ru", "Командиру полка вручили орден Кутузова.", []),
        ("Zhukov", "ru", "Ветерана наградили медалью Жукова.", []),
        ("Nevsky", "ru", "Учёному вручили орден Александра Невского.", []),
        ("Khmelnytsky", "uk", "Бійця нагородили орденом Богдана Хмельницького.", []),
        ("Pilecki", "pl", "Weteran otrzymał medal Pileckiego.", []),
        ("Gerasimov", "ru", "Президент вручил орден Герасимову.", ["Герасимову"]),
        ("Zhukov", "ru", "Орден вручил Жуков.", ["Жуков"]),
    ],
    ids=[
        "an order",
        "a medal, instrumental",
        "given name and surname",
        "uk, an order",
        "pl, a medal",
        "the one awarded, in the dative",
        "a nominative after the noun",
    ],
)
def test_an_order_or_medal_named_after_a_commander_is_not_the_person(
    query: str, language: str, text: str, found: list[str]
) -> None:
    assert matched(query, language, text) == found


@pytest.mark.parametrize(
    ("query", "language", "text", "found"),
    [
        ("Shevchenko", "ru", "Улица Шевченко закрыта на ремонт.", []),
        ("Shevardnadze", "ru", "Проспект Шеварднадзе перекрыли из-за марша.", []),
        ("Tymoshenko", "ru", "Кафе на проспекте Маршала Тимошенко закрыли.", []),
        ("Marinakis", "el", "Κλειστή η οδός Μαρινάκη λόγω έργων.", []),
        ("Kazantzakis", "el", "Στη λεωφόρο Καζαντζάκη σημειώθηκε τροχαίο.", []),
        ("Putin", "ru", "Выйдя на Красную площадь, Путин помахал рукой.", ["Путин"]),
        ("Tymoshenko", "uk", "На площі Тимошенко виступила з промовою.", ["Тимошенко"]),
        ("Mitsotakis", "el", "Ο Μητσοτάκης περπάτησε στην οδό Ερμού.", ["Μητσοτάκης"]),
    ],
    ids=[
        "ru, a name the same in every case after the nominative",
        "ru, after the accusative",
        "ru, a genitive title between",
        "el, the nominative",
        "el, the accusative",
        "a comma between",
        "uk, after the locative the sentence's subject",
        "el, the name before the street",
    ],
)
def test_a_street_noun_in_the_nominative_or_a_genitive_title_names_the_street(
    query: str, language: str, text: str, found: list[str]
) -> None:
    """A street's noun in the nominative or accusative, or a title in the genitive between,
    make the name after it the street's in any case, also one the same in every case."""
    assert matched(query, language, text) == found
