"""A Czech woman's surname in -ová is -ové in the dative as in the genitive: after a medal's
or order's noun it reads as the woman who won it or is given it (``Zlatá medaile
Gauffové``), not as the one of old it is named after, which stays a man's genitive
(``řád Kutuzova``; see names.streets)."""

from __future__ import annotations

import pytest

from tests.unit.query.test_names import matched


@pytest.mark.parametrize(
    ("term", "language", "text", "form"),
    [
        ("Gauff", "cs", "Zlatá medaile Gauffové potěšila Američany.", "Gauffové"),
        ("Sabalenka", "cs", "Bronzová medaile Aryny Sabalenkové je první.", "Sabalenkové"),
        ("Biles", "cs", "Medaile Bilesové z prostných byla jedenáctá.", "Bilesové"),
        ("Ledecky", "cs", "Stříbrná medaile Ledeckyové překvapila.", "Ledeckyové"),
        ("Meloni", "cs", "Prezident udělil řád Giorgii Meloniové.", "Meloniové"),
    ],
)
def test_a_womans_ove_after_an_awards_noun_is_found(
    term: str, language: str, text: str, form: str
) -> None:
    assert matched(term, language, text) == [form]


@pytest.mark.parametrize(
    ("term", "language", "text"),
    [
        ("Kutuzov", "cs", "Velitel obdržel řád Kutuzova."),  # a man's genitive: named after
        ("Suvorov", "cs", "Důstojník dostal medaile Suvorova."),
        ("Masaryk", "cs", "Medaile Masaryka byla udělena."),
    ],
)
def test_a_mans_genitive_after_an_awards_noun_stays_the_awards(
    term: str, language: str, text: str
) -> None:
    assert matched(term, language, text) == []
