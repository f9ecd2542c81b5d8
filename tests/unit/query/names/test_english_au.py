"""An English au is said o, and Cyrillic and Greek write it so (Austin = Остин = Όστιν, Gauff
= Гофф, Saul = Сол), before two consonants too, where an English u alone is a short u (read
a: Trump = Трамп): au is a vowel's two letters, not a short u. Not before a final ng, a
Burmese au (Aung = Аун, not Он, he); other words and names are not the name."""

from __future__ import annotations

import pytest

from tests.unit.query.test_names import matched


@pytest.mark.parametrize(
    ("term", "language", "text", "form"),
    [
        ("Auster", "ru", "Новый роман Остера вышел осенью.", "Остера"),
        ("Auster", "el", "Ο Όστερ έγραψε ένα νέο μυθιστόρημα.", "Όστερ"),
        ("Saunders", "ru", "Сондерс выступил в Сенате.", "Сондерс"),
        ("Faulkner", "uk", "Роман Фолкнера переклали українською.", "Фолкнера"),
        ("Gauff", "ru", "Коко Гофф вышла в финал.", "Гофф"),
    ],
)
def test_an_english_au_is_heard_o(term: str, language: str, text: str, form: str) -> None:
    assert matched(term, language, text) == [form]


@pytest.mark.parametrize(
    ("term", "language", "text"),
    [
        ("Auster", "ru", "Астерикс снова на экранах."),  # another name
        ("Auster", "ru", "Устрицы подали к ужину."),  # an ordinary word
        ("Gauff", "ru", "Гафт сыграл в фильме."),  # another name
        ("Aung", "ru", "Он приехал в Янгон утром."),  # he: a Burmese au stays au
        ("Saunders", "ru", "Сандерс выступил в Сенате."),  # Sanders, another name
    ],
)
def test_other_words_are_not_the_au_name(term: str, language: str, text: str) -> None:
    assert matched(term, language, text) == []
