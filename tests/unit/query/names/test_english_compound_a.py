"""An English surname of two parts (-cliffe, -ford, -field, -ton) whose first a is closed by
its consonants says it as a short a, which Russian and Ukrainian write э, е: Ratcliffe =
Рэтклифф = Реткліфф, Radcliffe = Рэдклифф, Stanford = Стэнфорд; the a stays a too
(Ратклифф), and a name of no such parts keeps its a."""

from __future__ import annotations

import pytest

from tests.unit.query.test_names import matched


@pytest.mark.parametrize(
    ("term", "language", "text", "form"),
    [
        ("Radcliffe", "ru", "Актёр Дэниел Рэдклифф сыграет на Бродвее.", "Рэдклифф"),
        ("Radcliffe", "uk", "Актор Денієл Редкліфф зіграє на Бродвеї.", "Редкліфф"),
        ("Radcliffe", "ru", "Роль досталась Рэдклиффу после кастинга.", "Рэдклиффу"),
        ("Ratcliffe", "ru", "Глава ЦРУ Ратклифф прибыл в Израиль.", "Ратклифф"),
        ("Stanford", "ru", "Финансист Аллен Стэнфорд осуждён на 110 лет.", "Стэнфорд"),
        ("Bradford", "ru", "Защитник Брэдфорд пропустит матч.", "Брэдфорд"),
        ("Hampton", "ru", "Сенатор Хэмптон выступил против законопроекта.", "Хэмптон"),
        ("Sutcliffe", "ru", "Писатель Сатклифф представил новую книгу.", "Сатклифф"),
    ],
)
def test_an_english_compounds_short_a_is_found(
    term: str, language: str, text: str, form: str
) -> None:
    assert matched(term, language, text) == [form]


@pytest.mark.parametrize(
    ("term", "language", "text"),
    [
        ("Santos", "ru", "Министр Сентос выступил в парламенте."),  # no English compound
        ("Carlton", "ru", "Актёр Кэрлтон выступил в театре."),  # ar is no short a
    ],
)
def test_other_names_keep_their_a(term: str, language: str, text: str) -> None:
    assert matched(term, language, text) == []
