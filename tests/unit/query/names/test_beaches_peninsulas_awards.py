"""A name after the noun of a beach, a peninsula, an island, a training ground or an award
(``пляж Бонди``, ``χερσόνησος Γιαμάλ``, ``полигон Мулино``, ``جائزة نوبل``, ``приз Яшина``)
names the place or the prize, not the person; the person beside such a noun stays found."""

from __future__ import annotations

import pytest

from tests.unit.query.test_names import matched


@pytest.mark.parametrize(
    ("term", "language", "text"),
    [
        ("Bondi", "ru", "Спасатели дежурят на пляже Бонди круглый год."),
        ("Bondi", "uk", "Серфери зібралися на пляжі Бонді зранку."),
        ("Bondi", "el", "Η παραλία Μπόντι γέμισε κολυμβητές."),
        ("Bondi", "ar", "امتلأ شاطئ بوندي بالسباحين."),
        ("Yamal", "ru", "На полуострове Ямал построят новый порт."),
        ("Yamal", "el", "Η χερσόνησος Γιαμάλ έχει πλούσια κοιτάσματα."),
        ("Yamal", "bg", "Полуостров Ямал е богат на газ."),
        ("Yamal", "cs", "Na poloostrově Jamal vyrostlo nové město."),
        ("Mulino", "ru", "Танкисты стреляли на полигоне Мулино всю ночь."),
        ("Mulino", "uk", "Навчання пройшли на полігоні Муліно."),
        ("Yashin", "el", "Το βραβείο Γιασίν πήγε σε νεαρό τερματοφύλακα."),
        ("Yashin", "ar", "فاز الحارس بجائزة ياشين هذا العام."),
        ("Yashin", "ru", "Голкипер впервые получил приз Яшина."),
        ("Yashin", "uk", "Воротар отримав премію Яшина."),
    ],
)
def test_a_name_after_a_place_or_prize_noun_is_not_the_person(
    term: str, language: str, text: str
) -> None:
    assert matched(term, language, text) == []


@pytest.mark.parametrize(
    ("term", "language", "text", "form"),
    [
        ("Lavrov", "ru", "Пляж закрыли, а Лавров заявил о переговорах.", "Лавров"),
        ("Lavrov", "ar", "قال لافروف على شاطئ البحر إن المحادثات مستمرة.", "لافروف"),
        ("Yashin", "ru", "Губернатор вручил премию Яшину.", "Яшину"),  # awarded to him
        ("Mulino", "ru", "Президент Панамы Мулино посетил полигон.", "Мулино"),
    ],
)
def test_the_person_beside_such_a_noun_is_found(
    term: str, language: str, text: str, form: str
) -> None:
    assert matched(term, language, text) == [form]
