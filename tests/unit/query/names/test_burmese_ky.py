"""Burmese writes with ky before a vowel the sound other scripts write ч, ť, تش (Suu Kyi
= Су Чжи = Su Ťij = سو تشي): a word of a name of several opening so is also
read so; a word alone is not."""

from __future__ import annotations

import pytest

from tests.unit.query.test_names import matched


@pytest.mark.parametrize(
    ("term", "language", "text", "form"),
    [
        ('"Suu Kyi"', "ru", "Адвокаты Су Чжи подали апелляцию.", "Су Чжи"),
        ('"Suu Kyi"', "uk", "Хунта перевела Су Чжі під домашній арешт.", "Су Чжі"),
        ('"Suu Kyi"', "cs", "Soud poslal Su Ťij do vězení.", "Su Ťij"),
        ('"Suu Kyi"', "ar", "نقلت السلطات سو تشي إلى الإقامة الجبرية.", "سو تشي"),
    ],
)
def test_a_burmese_ky_is_found_as_other_scripts_write_it(
    term: str, language: str, text: str, form: str
) -> None:
    assert matched(term, language, text) == [form]


@pytest.mark.parametrize(
    ("term", "language", "text"),
    [
        ("Kyi", "ru", "Чжи Ган выступил."),  # a word alone: read as written only
        ("Kyi", "bg", "Ти ли си?"),
        ('"Suu Kyi"', "ru", "Су Ли выступила на форуме."),
    ],
)
def test_other_words_are_not_the_name(term: str, language: str, text: str) -> None:
    assert matched(term, language, text) == []
