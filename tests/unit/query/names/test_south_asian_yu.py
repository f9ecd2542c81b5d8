"""Pakistani English writes the short u of an Arabic name opening with a long yu as a
(Yousaf, Younas for Yusuf, Yunus): other scripts and languages write the u (Yousafzai =
Юсуфзай = Yusufzay = Júsufzaiová)."""

from __future__ import annotations

import pytest

from tests.unit.query.test_names import matched


@pytest.mark.parametrize(
    ("term", "language", "text", "form"),
    [
        ("Yousaf", "ru", "Премьер Шотландии Юсуф подал в отставку.", "Юсуф"),
        ("Younas", "ru", "Пакистанский игрок Юнус завершил карьеру.", "Юнус"),
        ("Yousafzai", "tr", "Aktivist Yusufzay konferansta konuştu.", "Yusufzay"),
        ("Yousafzai", "cs", "Aktivistka Júsufzaiová přijela do Brna.", "Júsufzaiová"),
        ("Yousaf", "pl", "Minister Jusuf przyjechał do Warszawy.", "Jusuf"),
    ],
)
def test_the_a_of_a_long_yu_name_is_found_as_u(
    term: str, language: str, text: str, form: str
) -> None:
    assert matched(term, language, text) == [form]


@pytest.mark.parametrize(
    ("term", "language", "text"),
    [
        ("Yousaf", "ru", "Юсупов прибыл в Москву."),
        ("Younas", "ru", "Юнона вышла на орбиту."),
        ("Yamal", "ru", "Ямул прибыл в Москву."),  # no long yu before
        ("Yousaf", "ru", "Юсиф прибыл в Баку."),  # another vowel
    ],
)
def test_other_words_are_not_the_yu_name(term: str, language: str, text: str) -> None:
    assert matched(term, language, text) == []
