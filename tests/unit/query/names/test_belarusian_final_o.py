"""A rule written as Belarusian Latin ends a surname (final unstressed -o said -a: -yka,
-enka) also finds it as Russian, Ukrainian, Greek and Arabic write it, with the -o (an
-enka name with any unstressed a as o too); a final -a of other names stays an a."""

from __future__ import annotations

import pytest

from tests.unit.query.test_names import matched


@pytest.mark.parametrize(
    ("term", "language", "text", "form"),
    [
        ("Babaryka", "ru", "Адвокаты Виктора Бабарико обжаловали приговор.", "Бабарико"),
        ("Babaryka", "uk", "Віктор Бабарико провів у колонії п'ять років.", "Бабарико"),
        ("Babaryka", "el", "Ο Μπαμπαρίκο μίλησε σε δημοσιογράφους.", "Μπαμπαρίκο"),
        ("Babaryka", "ar", "تحدث باباريكو إلى الصحفيين بعد الإفراج عنه.", "باباريكو"),
        ("Lukashenka", "ru", "Лукашенко помиловал ещё двадцать человек.", "Лукашенко"),
    ],
)
def test_a_belarusian_final_a_is_found_as_the_o_of_other_scripts(
    term: str, language: str, text: str, form: str
) -> None:
    assert matched(term, language, text) == [form]


@pytest.mark.parametrize(
    ("term", "language", "text", "form"),
    [
        ("Sabalenka", "ru", "Соболенко вышла в полуфинал.", "Соболенко"),
        ("Sabalenka", "uk", "Тренер Соболенко залишив команду.", "Соболенко"),
        ("Kavalenka", "ru", "Министр Коваленко подписал указ.", "Коваленко"),
    ],
)
def test_an_enka_names_unstressed_a_is_found_as_the_o_of_other_scripts(
    term: str, language: str, text: str, form: str
) -> None:
    assert matched(term, language, text) == [form]


@pytest.mark.parametrize(
    ("term", "language", "text"),
    [
        ("Rama", "ru", "Рамо выступил в парламенте."),
        ("Kalinka", "ru", "Калинко выступил в парламенте."),
    ],
)
def test_another_final_a_is_not_read_as_o(term: str, language: str, text: str) -> None:
    assert matched(term, language, text) == []
