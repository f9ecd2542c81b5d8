"""A noun for a person by what he or she does opening a sentence (``Теннисист Новак
Джокович``): its capital is the sentence's, so the run of names starts after it and its
first word is a given name, as after the noun inside a sentence."""

from __future__ import annotations

import pytest

from tests.unit.query.test_names import matched


@pytest.mark.parametrize(
    ("term", "language", "text"),
    [
        ("Novak", "ru", "Теннисист Новак Джокович вышел в полуфинал."),
        ("Kalin", "bg", "Писателят Калин Терзийски представи новата си книга."),
        ("Oleksandr", "uk", "Футболіст Олександр Зінченко перейшов до нового клубу."),
        ("Rama", "ru", "Режиссёр Рама Бурштейн представила фильм."),
        ("Goran", "sr", "Кошаркаш Горан Драгић завршио је каријеру."),
        ("Pavel", "be", "Акцёр Павел Харланчук сыграў галоўную ролю."),
    ],
)
def test_a_given_name_after_an_opening_person_noun_is_not_the_name(
    term: str, language: str, text: str
) -> None:
    assert matched(term, language, text) == []


@pytest.mark.parametrize(
    ("term", "language", "text", "found"),
    [
        ("Djokovic", "ru", "Теннисист Новак Джокович вышел в полуфинал.", ["Джокович"]),
        ("Medvedev", "ru", "Теннисист Медведев проиграл в первом круге.", ["Медведев"]),
        ("Abiy", "ru", "Премьер Абий Ахмед открыл плотину.", ["Абий"]),
        ("Prabowo", "ru", "Президент Прабово Субианто прибыл в Москву.", ["Прабово"]),
        ("Novak", "ru", "Вице-премьер Александр Новак заявил о рекордной добыче.", ["Новак"]),
    ],
)
def test_a_title_opening_the_sentence_or_a_surname_after_the_noun_is_still_the_name(
    term: str, language: str, text: str, found: list[str]
) -> None:
    """A title or office stands before a name given alone too (Abiy, Prabowo): not a noun
    of the list; the surname after the given name is found as before."""
    assert matched(term, language, text) == found
