"""A Polish name typed without the marks of its nasal vowels ą, ę (Walesa for Wałęsa) is found
where another script writes them as they sound, a vowel and n or m (Валенса, Домбровский,
Свёнтек, Σβιόντεκ); other words, and names not spelled the Polish way, are not."""

from __future__ import annotations

import pytest

from tests.unit.query.test_names import matched


@pytest.mark.parametrize(
    ("term", "language", "text", "form"),
    [
        ("Walesa", "ru", "Бывший президент Лех Валенса приехал в Гданьск.", "Валенса"),
        ("Walesa", "uk", "Лех Валенса отримав Нобелівську премію миру.", "Валенса"),
        ("Swiatek", "ru", "Теннисистка Свёнтек вышла в полуфинал.", "Свёнтек"),
        ("Swiatek", "bg", "Свентек спечели турнира в Рим.", "Свентек"),
        ("Swiatek", "uk", "Іга Свьонтек перемогла у двох сетах.", "Свьонтек"),
        ("Swiatek", "el", "Η Σβιόντεκ προκρίθηκε στον τελικό.", "Σβιόντεκ"),
        ("Dabrowski", "ru", "Писатель Домбровский выступил в Кракове.", "Домбровский"),
        ("Wasik", "ru", "Депутат Вонсик был задержан полицией.", "Вонсик"),
    ],
)
def test_a_polish_nasal_typed_without_its_mark_is_found(
    term: str, language: str, text: str, form: str
) -> None:
    assert matched(term, language, text) == [form]


@pytest.mark.parametrize(
    ("term", "language", "text"),
    [
        ("Walesa", "ru", "Клуб из Валенсии выиграл матч."),  # the city, another word
        ("Swiatek", "ru", "Светлана Свет выступила вчера."),
        ("Lewis", "ru", "Гонщик Ленвис не вышел на старт."),  # no Polish spelling
        ("Patel", "ru", "Министр Пантел выступил в парламенте."),
        ("Bates", "ru", "Нападающий Бентес забил гол."),  # not spelled the Polish way
        ("Kowalski", "ru", "Ковальчук выступил с заявлением."),  # another name
    ],
)
def test_other_words_are_not_the_polish_name(term: str, language: str, text: str) -> None:
    assert matched(term, language, text) == []
