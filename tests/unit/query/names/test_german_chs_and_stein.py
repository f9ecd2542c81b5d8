"""A German ch before s is said k (chs = ks: Fuchs = Фукс, Sachs = Закс), and the st of a
compound's -stein after a consonant sht, as German says an initial st (Epstein = Эпштейн,
Goldstein = Гольдштейн = غولدشتاين, Hochstein = Хокштейн = هوكشتاين); their other readings
stay, and other words and names are not the name."""

from __future__ import annotations

import pytest

from tests.unit.query.test_names import matched


@pytest.mark.parametrize(
    ("term", "language", "text", "form"),
    [
        ("Fuchs", "ru", "Министр Фукс выступил в бундестаге.", "Фукс"),
        ("Sachs", "ru", "Аналитики Закса повысили прогноз.", "Закса"),
        ("Epstein", "ru", "Суд рассекретил документы по делу Эпштейна.", "Эпштейна"),
        ("Goldstein", "uk", "Професор Гольдштейн прочитав лекцію.", "Гольдштейн"),
        ("Bernstein", "ar", "قاد برنشتاين الأوركسترا في فيينا.", "برنشتاين"),
        ("Rubinstein", "ru", "Концерт Рубинштейна прошёл в Вене.", "Рубинштейна"),
        ("Epstein", "el", "Ο Έπσταϊν κατηγορήθηκε.", "Έπσταϊν"),  # its st kept
    ],
)
def test_german_chs_and_stein_are_heard(term: str, language: str, text: str, form: str) -> None:
    assert matched(term, language, text) == [form]


@pytest.mark.parametrize(
    ("term", "language", "text"),
    [
        ("Fuchs", "ru", "Фуко написал эту книгу."),  # another name
        ("Sachs", "ru", "Сахар подорожал."),  # an ordinary word
        ("Epstein", "ru", "Эпоха Возрождения началась."),  # an ordinary word
        ("Goldstein", "ru", "Гольдман выступил на конференции."),  # another name
        ("Rubinstein", "ru", "Рубин стоит дорого."),  # an ordinary word
    ],
)
def test_other_words_are_not_the_chs_or_stein_name(term: str, language: str, text: str) -> None:
    assert matched(term, language, text) == []
