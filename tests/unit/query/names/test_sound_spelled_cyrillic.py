"""Cyrillic languages that spell names by their sound. Belarusian: a softened т and д as ц
and дз, an unstressed е as я and о as а, its ў the u of Belarusian Latin, and its own case
endings; Bulgarian: an English vowel heard as a schwa as ъ; Macedonian: ѓ and ќ for the
Serbian ђ and ћ."""

from __future__ import annotations

import pytest

from tests.unit.query.test_names import matched


@pytest.mark.parametrize(
    ("term", "text", "form"),
    [
        ("Putin", "Пасланне Пуціна агучылі ў Маскве.", "Пуціна"),
        ("Medvedev", "Выступ Дзмітрыя Мядзведзева выклікаў рэзананс.", "Мядзведзева"),
        ("Zelensky", "Каманда Зяленскага адказала хутка.", "Зяленскага"),
        ("Peskov", "Словы Пяскова працытавалі ўсе агенцтвы.", "Пяскова"),
        ("Kolesnikova", "Суд над Марыяй Калеснікавай скончыўся.", "Калеснікавай"),
        ("Erdogan", "Прэзідэнт Турцыі Эрдаган прыбыў у Баку.", "Эрдаган"),
        ("Tsikhanouskaya", "Сустрэча з Святланай Ціханоўскай адбылася ў Вільні.", "Ціханоўскай"),
        ("Lukashenko", "Прэм'ер сустрэўся з Лукашэнкам у Мінску.", "Лукашэнкам"),
        ("Lavrov", "Заява Лаўрова прагучала ўчора.", "Лаўрова"),
    ],
)
def test_a_belarusian_spelling_finds_the_name(term: str, text: str, form: str) -> None:
    assert matched(term, "be", text) == [form]


@pytest.mark.parametrize(
    ("term", "language", "text"),
    [
        ("Putin", "ru", "Белорусское написание Пуцін в русском тексте редкость."),
        ("Erdogan", "be", "Эрдэні выйграў турнір."),
        ("Kolesnikova", "be", "Калеснік адрамантаваў дах."),
    ],
)
def test_belarusian_spellings_stay_belarusian(term: str, language: str, text: str) -> None:
    """The readings hold in a Belarusian article only, and change no consonant."""
    assert matched(term, language, text) == []


@pytest.mark.parametrize(
    ("term", "language", "text", "form"),
    [
        ("Trump", "bg", "Администрацията на Тръмп обяви нови мита.", "Тръмп"),
        ("Musk", "bg", "Компанията на Мъск пусна нова ракета.", "Мъск"),
        ("Johnson", "bg", "Бившият премиер Джонсън коментира.", "Джонсън"),
        ("Djokovic", "mk", "Тенисерот Новак Ѓоковиќ победи во финалето.", "Ѓоковиќ"),
        ("Vucic", "mk", "Претседателот Вучиќ допатува во Скопје.", "Вучиќ"),
    ],
)
def test_a_bulgarian_schwa_and_macedonian_soft_letters(
    term: str, language: str, text: str, form: str
) -> None:
    assert matched(term, language, text) == [form]
