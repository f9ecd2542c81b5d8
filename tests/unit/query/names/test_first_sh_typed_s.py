"""A name's first š or ş typed s before o or u (Šuica = Suica, Şükrü = Sukru, Šoltes =
Soltes, Subašić = Subasic): Cyrillic and Arabic write its sound (Шуица, شويتسا, Шольтес,
Шубашич), in a name of five letters or more (a short Song would be Шон); its s reading
stays, and other words and names are not the name."""

from __future__ import annotations

import pytest

from tests.unit.query.test_names import matched


@pytest.mark.parametrize(
    ("term", "language", "text", "form"),
    [
        ("Soltes", "ru", "Судья Шольтес вынес решение.", "Шольтес"),
        ("Suica", "ru", "Визит Шуицы в Амман прошёл успешно.", "Шуицы"),
        ("Suica", "ar", "وصلت شويتسا إلى عمان.", "شويتسا"),
        ("Subasic", "ru", "Вратарь Шубашич отразил пенальти.", "Шубашич"),
        ("Sustar", "ru", "Полузащитник Шустар забил гол.", "Шустар"),
        ("Sokolov", "ru", "Соколов выиграл гонку.", "Соколов"),  # its s kept
    ],
)
def test_a_first_sh_typed_s_is_read(term: str, language: str, text: str, form: str) -> None:
    assert matched(term, language, text) == [form]


@pytest.mark.parametrize(
    ("term", "language", "text"),
    [
        ("Song", "ru", "Шон Пенн приехал в Киев."),  # a short name: not read so
        ("Suica", "ru", "Шуба стоила дорого."),  # a fur coat
        ("Soltes", "ru", "Шолохов написал роман."),  # another name
        ("Sustar", "ru", "Шустер вёл ток-шоу."),  # another name
    ],
)
def test_other_words_are_not_the_first_sh_name(term: str, language: str, text: str) -> None:
    assert matched(term, language, text) == []
