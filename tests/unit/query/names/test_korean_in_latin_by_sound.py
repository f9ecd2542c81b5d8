"""A Korean name's words after its family name as the Latin languages that spell foreign
names by their sound write them (Czech, Serbian): with the vowels and plain stops as
Russian reads them (``Han Duck-soo`` = Czech ``Han Tok-su``, ``Kim Dong-yeon`` =
``Kim Tong-jon``); another person of the same family name is not the name."""

from __future__ import annotations

import pytest

from tests.unit.query.test_names import matched


@pytest.mark.parametrize(
    ("query", "language", "text", "form"),
    [
        ('"Han Duck-soo"', "cs", "Premiér Han Tok-su navštívil Prahu.", "Han Tok-su"),
        ('"Kim Dong-yeon"', "cs", "Guvernér Kim Tong-jon vyhrál volby.", "Kim Tong-jon"),
        ('"Kim Boo-kyum"', "cs", "Expremiér Kim Pu-gjom kandidoval.", "Kim Pu-gjom"),
        ('"Jung Dong-young"', "cs", "Ministr Čong Tong-jong odcestoval.", "Čong Tong-jong"),
        ('"Kim Dong-yeon"', "sr", "Guverner Kim Tong-jon je pobedio.", "Kim Tong-jon"),
        ('"Han Dong-hoon"', "cs", "Vůdce strany Han Tong-hun odmítl obvinění.", "Han Tong-hun"),
    ],
)
def test_a_korean_name_is_found_as_czech_spells_it(
    query: str, language: str, text: str, form: str
) -> None:
    assert matched(query, language, text) == [form]


@pytest.mark.parametrize(
    ("query", "language", "text"),
    [
        ('"Han Duck-soo"', "cs", "Han Solo je postava z Hvězdných válek."),
        ('"Han Dong-hoon"', "cs", "Premiér Han Tok-su navštívil Prahu."),  # another Han
        ('"Kim Keon-hee"', "cs", "Kim Kon-su vyhrál závod."),
        ('"Kim Keon-hee"', "pl", "Kim Kardashian przyleciała do Seulu."),
    ],
)
def test_other_people_are_not_the_korean_name(query: str, language: str, text: str) -> None:
    assert matched(query, language, text) == []
