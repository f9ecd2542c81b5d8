"""Taiwan's names in Wade-Giles with a hyphenated given name (``Tsai Ing-wen``) as Russian
and Ukrainian write them: the given name's two syllables joined into one word, spelled by
Palladius's system from the Mandarin sound (``Цай Инвэнь``, ``Лай Циндэ``, ``Кэ Вэньчжэ``);
another given name, or the given name after another family name, is not the name."""

from __future__ import annotations

import pytest

from tests.unit.query.test_names import matched


@pytest.mark.parametrize(
    ("query", "language", "text", "form"),
    [
        ('"Tsai Ing-wen"', "ru", "Визит Цай Инвэнь в Прагу вызвал протест Пекина.", "Цай Инвэнь"),
        ('"Lai Ching-te"', "uk", "Лай Цінде відвідав острів Кіньмень.", "Лай Цінде"),
        ('"Lai Ching-te"', "ru", "Самолёт Лай Циндэ приземлился на Гавайях.", "Лай Циндэ"),
        ('"Ko Wen-je"', "ru", "Бывший мэр Тайбэя Кэ Вэньчжэ арестован.", "Кэ Вэньчжэ"),
        ('"Hou Yu-ih"', "ru", "Мэр Нового Тайбэя Хоу Юи проиграл выборы.", "Хоу Юи"),
        ('"Cheng Li-wun"', "uk", "Чжен Лівень зустрілася з делегацією.", "Чжен Лівень"),
        ('"Han Kuo-yu"', "ru", "Спикер парламента Хань Гоюй принял делегацию.", "Хань Гоюй"),
        ('"Chen Chien-jen"', "ru", "Премьер Чэнь Цзяньжэнь подал в отставку.", "Чэнь Цзяньжэнь"),
        ('"Hsiao Bi-khim"', "uk", "Сяо Бікхім прибула до Праги.", "Сяо Бікхім"),
    ],
)
def test_a_hyphenated_given_name_is_found_joined_in_cyrillic(
    query: str, language: str, text: str, form: str
) -> None:
    assert matched(query, language, text) == [form]


@pytest.mark.parametrize(
    ("query", "language", "text"),
    [
        ('"Tsai Ing-wen"', "ru", "Цай Инь приехал в Тайбэй."),  # another given name
        ('"Lai Ching-te"', "ru", "Лай Цинь выступил в парламенте."),
        ('"Ko Wen-je"', "ru", "Кэ Вэнь прибыл в Гаосюн."),
        ('"Lai Ching-te"', "ru", "Чжан Циндэ выступил в парламенте."),  # another family name
        ('"Hou Yu-ih"', "ru", "Лю Юи заявил о поддержке."),
        ('"Tsai Ing-wen"', "ru", "Инвэнь Цай — вымышленное имя."),  # the order reversed
    ],
)
def test_other_names_are_not_the_joined_given_name(query: str, language: str, text: str) -> None:
    assert matched(query, language, text) == []
