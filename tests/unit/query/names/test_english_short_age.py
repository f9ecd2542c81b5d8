"""An English name of one syllable ending -age is said with a long a and a soft g, its e
silent (Page = Пейдж, Cage = Кейдж): Cyrillic spells it so; a longer name's unstressed
-age is not read so."""

from __future__ import annotations

import pytest

from tests.unit.query.test_names import matched


@pytest.mark.parametrize(
    ("term", "language", "text", "form"),
    [
        ("Cage", "ru", "Актёр Николас Кейдж снялся в новом триллере.", "Кейдж"),
        ("Cage", "ru", "Фильм с Николасом Кейджем вышел в прокат.", "Кейджем"),
        ("Cage", "uk", "Ніколас Кейдж отримав нову роль.", "Кейдж"),
        ("Gage", "ru", "Генерал Томас Гейдж командовал войсками в Бостоне.", "Гейдж"),
        ("Page", "bg", "Певецът Джими Пейдж излезе на сцената.", "Пейдж"),
    ],
)
def test_short_age_said_eidzh(term: str, language: str, text: str, form: str) -> None:
    assert form in matched(term, language, text)


@pytest.mark.parametrize(
    ("term", "language", "text"),
    [
        ("Page", "ru", "Джо Пейн выступил на конференции."),
        ("Page", "ru", "Посол Пиджин прибыл в Москву."),
        ("Cage", "ru", "Журналист Кейн задал вопрос."),
        ("Savage", "ru", "Министр Сэвидж выступил в парламенте."),
    ],
)
def test_others_stay_apart(term: str, language: str, text: str) -> None:
    assert matched(term, language, text) == []
