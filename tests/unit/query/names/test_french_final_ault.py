"""French says a name's final -ault, -aud or -aut o, its l and last consonant silent
(Arnault = Арно = Αρνό = أرنو): a term ending so, after another syllable, is also read with
that o. Not a one-syllable word (Maud, Kraut), nor a word spelled another way."""

from __future__ import annotations

import pytest

from tests.unit.query.test_names import matched


@pytest.mark.parametrize(
    ("term", "language", "text", "form"),
    [
        ("Perrault", "ru", "Сказки Перро переиздали в Москве.", "Перро"),
        ("Renault", "uk", "Концерн Рено відкрив новий завод.", "Рено"),
        ("Giraud", "ru", "Генерал Жиро прибыл в Алжир.", "Жиро"),
        ("Thibaut", "el", "Ο Τιμπό δήλωσε ότι θα παραμείνει στη Ρεάλ.", "Τιμπό"),
        ("Renault", "ar", "قالت رينو إن الشركة ستتوسع.", "رينو"),
        ("Arnault", "el", "Ο Αρνό ανακοίνωσε νέες επενδύσεις.", "Αρνό"),
    ],
)
def test_a_french_final_ault_is_found_said_o(
    term: str, language: str, text: str, form: str
) -> None:
    assert matched(term, language, text) == [form]


@pytest.mark.parametrize(
    ("term", "language", "text"),
    [
        ("Maud", "ru", "Мо приехала в Лондон."),  # one syllable: English Maud
        ("Kraut", "ru", "Кро выступил на конференции."),  # one syllable: German Kraut
        ("Perrault", "ru", "Перри выступил на конференции."),  # another name
    ],
)
def test_other_words_are_not_the_french_ault_name(term: str, language: str, text: str) -> None:
    assert matched(term, language, text) == []
