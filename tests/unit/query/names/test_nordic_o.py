"""Norwegian and Swedish say many an o u, which Russian and Ukrainian write у (Rosenborg =
Русенборг): a term ending as a Nordic compound surname does is also read with its o's as u,
in Cyrillic only; its o reading stays, and other terms and scripts keep their o."""

from __future__ import annotations

import pytest

from tests.unit.query.test_names import matched


@pytest.mark.parametrize(
    ("term", "language", "text", "form"),
    [
        ("Rosenborg", "ru", "Норвежский Русенборг обыграл «Молде».", "Русенборг"),
        ("Rosenborg", "uk", "Футболіст перейшов до Русенборга.", "Русенборга"),
        ("Holmstad", "ru", "Гол на последней минуте забил Хульмстад.", "Хульмстад"),
        ("Bondevik", "ru", "Кьелль Магне Бондевик выступил в стортинге.", "Бондевик"),  # its o
        ("Forsberg", "ru", "Эмиль Форсберг забил победный гол.", "Форсберг"),  # its o
    ],
)
def test_a_nordic_o_is_heard_u(term: str, language: str, text: str, form: str) -> None:
    assert matched(term, language, text) == [form]


@pytest.mark.parametrize(
    ("term", "language", "text"),
    [
        ("Solana", "ru", "Хавьер Сулана выступил в Брюсселе."),  # no Nordic ending
        ("Rosenborg", "el", "Η Ρουζενμποργκ έχασε στο Τρόντχαϊμ."),  # Greek writes the o
        ("Holmstad", "en", "Hulmstad said nothing."),  # Latin articles write the o
        ("Forsberg", "ru", "Фуршет начался в семь."),  # an ordinary word
    ],
)
def test_other_words_are_not_the_nordic_o_name(term: str, language: str, text: str) -> None:
    assert matched(term, language, text) == []
