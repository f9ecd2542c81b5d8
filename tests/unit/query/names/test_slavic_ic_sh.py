"""A South Slavic -ić surname typed without its marks (Pasic for Pašić): the s right before
its -ic may be a š, which Cyrillic and Arabic spell (Пашич, باشيتش), as it may be the
name's own s (Mesic = Месич); other words with a ш there are not the name."""

from __future__ import annotations

import pytest

from tests.unit.query.test_names import matched


@pytest.mark.parametrize(
    ("term", "language", "text", "form"),
    [
        ("Pasic", "ru", "Премьер Никола Пашич подписал договор в Белграде.", "Пашич"),
        ("Pasic", "ru", "Правительство Пашича ушло в отставку.", "Пашича"),
        ("Misic", "uk", "Воєвода Живоїн Мішич командував Першою армією.", "Мішич"),
        ("Misic", "sr", "Војвода Живојин Мишић рођен је у Струганику.", "Мишић"),
        ("Dusic", "ru", "Нападающий Душич забил в добавленное время.", "Душич"),
        ("Pasic", "ar", "وقع رئيس الوزراء نيكولا باشيتش المعاهدة.", "باشيتش"),
        ("Mesic", "ru", "Бывший президент Хорватии Стипе Месич дал интервью.", "Месич"),
    ],
)
def test_the_s_before_a_slavic_ic_may_be_sh(term: str, language: str, text: str, form: str) -> None:
    assert matched(term, language, text) == [form]


@pytest.mark.parametrize(
    ("term", "language", "text"),
    [
        ("Pasic", "ru", "Премьер Пашинян прибыл в Москву."),  # another name with пш
        ("Misic", "ru", "Миша купил новый велосипед."),  # an ordinary given name
        ("Kosic", "ru", "В Кошице открылся новый мост."),  # a city
        ("Pasic", "ru", "Фермер пашет поле."),  # an ordinary verb
        ("Dusic", "uk", "Душа співала від радості."),  # an ordinary noun
        ("Pasic", "ar", "حضر الباشا الاحتفال."),  # an ordinary Arabic word
    ],
)
def test_other_words_are_not_the_slavic_ic_name(term: str, language: str, text: str) -> None:
    assert matched(term, language, text) == []
