"""Two families of openers wrongly doubted: a Russian man's past tense without its -л
(``отверг``, ``сжёг``, ``привлёк``, ``принёс``, ``помог``) is a verb after a surname opening
its sentence; and a capitalised indefinite article inside a sentence is a given name
(Greek ``Μία``, Mia; ``Uma``, ``Una``), the surname after it the person's. An ordinary
word opening a sentence, and the article that opens one, are still doubted."""

from __future__ import annotations

import pytest

from tests.unit.query.test_names import matched


@pytest.mark.parametrize(
    ("term", "language", "text", "form"),
    [
        ("Lavrov", "ru", "Лавров отверг претензии Вашингтона.", "Лавров"),
        ("Lavrov", "ru", "Лавров привёз ответ в Берлин.", "Лавров"),
        ("Lavrov", "ru", "Лавров сжёг мосты.", "Лавров"),
        ("Lavrov", "ru", "Лавров помог коллеге.", "Лавров"),
        ("Ardern", "el", "Η ηθοποιός Μία Άρντερν μίλησε στους δημοσιογράφους.", "Άρντερν"),
        ("Merkel", "el", "Η τραγουδίστρια Μία Μέρκελ εμφανίστηκε χθες.", "Μέρκελ"),
    ],
)
def test_the_person_is_found(term: str, language: str, text: str, form: str) -> None:
    assert matched(term, language, text) == [form]


@pytest.mark.parametrize(
    ("term", "language", "text"),
    [
        ("Rama", "ru", "Рама окна треснула."),  # an ordinary word's phrase
        ("Pena", "ru", "Пена для бритья подорожала."),
        ("Kir", "fr", "Un Kyr royal est servi au bar."),  # the article opening its sentence
    ],
)
def test_ordinary_openers_stay_doubted(term: str, language: str, text: str) -> None:
    assert matched(term, language, text) == []
