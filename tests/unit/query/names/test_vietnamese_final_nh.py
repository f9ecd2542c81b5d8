"""The Vietnamese final -nh, a palatal n that Russian and Ukrainian write нь (Minh = Минь,
Chinh = Тинь = Чінь, Thanh = Тхань): a term's final nh after a vowel is also read as n."""

from __future__ import annotations

import pytest

from tests.unit.query.test_names import matched


@pytest.mark.parametrize(
    ("term", "language", "text", "form"),
    [
        ("Chinh", "ru", "Премьер Вьетнама Фам Минь Тинь прибыл в Пекин.", "Тинь"),
        ("Chinh", "uk", "Прем'єр Фам Мінь Чінь прибув до Ханоя.", "Чінь"),
        ("Thanh", "ru", "Генерал Нгуен Ши Тхань командовал армией.", "Тхань"),
        ("Dinh", "ru", "Президент Нго Динь Зьем правил Южным Вьетнамом.", "Динь"),
    ],
)
def test_a_final_nh_is_found_as_a_soft_n(term: str, language: str, text: str, form: str) -> None:
    assert matched(term, language, text) == [form]


def test_a_name_of_three_words_is_found_whole() -> None:
    text = "Визит Фам Минь Тиня в Москву продлится три дня."
    assert matched('"Pham Minh Chinh"', "ru", text) == ["Фам Минь Тиня"]


@pytest.mark.parametrize(
    ("term", "language", "text"),
    [
        ("Minh", "ru", "Минск принял делегацию."),
        ("Chinh", "ru", "Тинейджеры собрались у школы."),
        ("Thanh", "ru", "Танк выехал на площадь."),
    ],
)
def test_other_words_are_not_the_name(term: str, language: str, text: str) -> None:
    assert matched(term, language, text) == []
