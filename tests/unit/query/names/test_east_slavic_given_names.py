"""A full name's East Slavic given name in the form another language of the region writes
it: Russian news write a Ukrainian's given name in its Russian form (Volodymyr = Владимир),
Ukrainian news a Russian's in its Ukrainian form (Vladimir = Володимир); only a word written
as a given name, never a one-word term, and only the same name's forms."""

from __future__ import annotations

import pytest

from tests.unit.query.test_names import matched


@pytest.mark.parametrize(
    ("query", "language", "text", "found"),
    [
        ('"Andriy Sybiha"', "ru", "Глава МИД Андрей Сибига прибыл в Варшаву.", ["Андрей Сибига"]),
        (
            '"Oleksiy Danilov"',
            "ru",
            "Бывший секретарь СНБО Алексей Данилов дал интервью.",
            ["Алексей Данилов"],
        ),
        (
            '"Mykola Azarov"',
            "ru",
            "Встреча с Николаем Азаровым не состоялась.",
            ["Николаем Азаровым"],
        ),
        ('"Ihor Klymenko"', "ru", "Министр Игорь Клименко опроверг сообщения.", ["Игорь Клименко"]),
        (
            '"Olena Zelenska"',
            "ru",
            "Первая леди Елена Зеленская посетила Лондон.",
            ["Елена Зеленская"],
        ),
        (
            '"Dmitry Peskov"',
            "uk",
            "Речник Кремля Дмитро Пєсков прокоментував заяву.",
            ["Дмитро Пєсков"],
        ),
        (
            '"Sergei Shoigu"',
            "uk",
            "Секретар Радбезу РФ Сергій Шойгу прибув до Пхеньяна.",
            ["Сергій Шойгу"],
        ),
        ("Kyrylo Budanov", "ru", "Начальник ГУР Кирилл Буданов заявил.", ["Кирилл", "Буданов"]),
        (
            '"Pavlo Kyrylenko"',
            "bg",
            "Губернаторът Павел Кириленко пристигна в София.",
            ["Павел Кириленко"],
        ),
    ],
)
def test_a_given_name_is_found_in_its_regional_form(
    query: str, language: str, text: str, found: list[str]
) -> None:
    assert matched(query, language, text) == found


@pytest.mark.parametrize(
    ("query", "language", "text"),
    [
        ("Andriy", "ru", "Андрей Рублёв написал «Троицу»."),  # a one-word term: no given name
        ("Petro", "ru", "Пётр Первый основал Петербург."),
        ('"Oleksandr Syrskyi"', "ru", "Алексей Сырский, однофамилец генерала, выступил."),
        ('"Yulia Svyrydenko"', "ru", "Юрий Свириденко, тёзка министра, ответил."),
        ('"Volodymyr Zelensky"', "ru", "Владимир Путин обвинил Зеленского в срыве переговоров."),
        ('"Hanna Maliar"', "ru", "Иван Маляр покрасил забор."),
    ],
)
def test_other_names_are_not_the_given_name(query: str, language: str, text: str) -> None:
    assert matched(query, language, text) == []
