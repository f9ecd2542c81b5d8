"""English writes Russian ё after a consonant as yo (Fyodor, Pyotr, Seleznyov): such a term
finds the name written with ё or е, as a transliteration reads both as e, and in the other
scripts."""

from __future__ import annotations

import pytest

from tests.unit.query.test_names import matched


@pytest.mark.parametrize(
    ("query", "language", "text", "form"),
    [
        ("Fyodorov", "ru", "Министр Фёдоров заявил журналистам.", "Фёдоров"),
        ("Fyodorov", "ru", "Министр Федоров заявил журналистам.", "Федоров"),
        ("Seleznyov", "ru", "Бывший спикер Селезнёв выступил.", "Селезнёв"),
        ("Lyovin", "uk", "Міністр Льовін заявив.", "Льовін"),
        ("Fyodorov", "el", "Ο υπουργός Φιόντοροφ δήλωσε.", "Φιόντοροφ"),
        ("Fyodorov", "pl", "Minister Fiodorow powiedział.", "Fiodorow"),
        ('"Pyotr Tolstoy"', "ru", "Вице-спикер Пётр Толстой заявил.", "Пётр Толстой"),
        ('"Artyom Dzyuba"', "ru", "Нападающий Артём Дзюба забил.", "Артём Дзюба"),
    ],
    ids=["ё", "е", "-yov", "uk ьо", "Greek", "Polish", "a given name", "a given name, -tyom"],
)
def test_yo_after_a_consonant_finds_russian_yo(
    query: str, language: str, text: str, form: str
) -> None:
    assert matched(query, language, text) == [form]


def test_a_word_opening_with_yo_keeps_its_y() -> None:
    assert matched("Yoshida", "ru", "Премьер Йосида заявил.") == ["Йосида"]
