"""An Icelandic -dóttir name typed without its accents (Jakobsdottir): Russian and Ukrainian
write its ó as said, оу (Якобсдоуттир), in the patronymic's dóttir and, as often, in the
father's name before it (Tómasdóttir = Тоумасдоуттир); other words are not the name."""

from __future__ import annotations

import pytest

from tests.unit.query.test_names import matched


@pytest.mark.parametrize(
    ("term", "language", "text", "form"),
    [
        ("Jakobsdottir", "ru", "Премьер Катрин Якобсдоуттир подала в отставку.", "Якобсдоуттир"),
        ("Jakobsdottir", "uk", "Катрін Якобсдоуттір виступила в парламенті.", "Якобсдоуттір"),
        (
            "Sigurdardottir",
            "ru",
            "Йоханна Сигурдардоуттир возглавила правительство.",
            "Сигурдардоуттир",
        ),
        ("Tomasdottir", "ru", "Халла Тоумасдоуттир приняла послов в Рейкьявике.", "Тоумасдоуттир"),
        ("Jakobsdottir", "ru", "Премьер Катрин Якобсдоттир подала в отставку.", "Якобсдоттир"),
    ],
)
def test_an_icelandic_o_is_written_ou(term: str, language: str, text: str, form: str) -> None:
    assert matched(term, language, text) == [form]


@pytest.mark.parametrize(
    ("term", "language", "text"),
    [
        ("Jakobsdottir", "ru", "Якобсон прочитал лекцию в Москве."),  # another name
        ("Tomasdottir", "ru", "Томас прибыл в Рейкьявик."),  # the father's name alone
        ("Tomasdottir", "ru", "Тумас выиграл турнир."),  # another name
    ],
)
def test_other_words_are_not_the_dottir_name(term: str, language: str, text: str) -> None:
    assert matched(term, language, text) == []
