"""Belarusian р, ж, ш, ч, ц are always hard: an unstressed е after one is written а
(Азаранка = Азаренка = Azarenka): a Belarusian word is also read with such an а as е;
other names and words stay apart."""

from __future__ import annotations

import pytest

from tests.unit.query.test_names import matched


@pytest.mark.parametrize(
    ("term", "language", "text", "form"),
    [
        ("Azarenka", "be", "Тэнісістка Вікторыя Азаранка выйграла турнір у Маямі.", "Азаранка"),
        ("Sharenko", "be", "Міністр Андрэй Шаранка наведаў Гомель.", "Шаранка"),
        ("Cherenko", "be", "Дэпутат Аляксей Чаранка выступіў у палаце.", "Чаранка"),
    ],
)
def test_a_belarusian_hard_a_reads_as_e(term: str, language: str, text: str, form: str) -> None:
    assert matched(term, language, text) == [form]


@pytest.mark.parametrize(
    ("term", "language", "text"),
    [
        ("Azarenka", "ru", "Теннисистка Азаранка выиграла турнир."),  # Russian: as written
        ("Sharenko", "be", "Міністр Андрэй Шуранка наведаў Гомель."),  # another surname
        ("Cherenko", "be", "Дэпутат Аляксей Чарнянка выступіў у палаце."),
    ],
)
def test_other_words_are_not_the_name(term: str, language: str, text: str) -> None:
    assert matched(term, language, text) == []
