"""Czech and Slovak write a Chinese name by their own system: a given name's two syllables
hyphenated, the second in lower case, and an aspirated consonant with their ch after it
(``Chu Čchun-chua`` = Hu Chunhua, ``Li Kche-čchiang`` = Li Keqiang): both are read as the
pinyin name; another given name stays apart, and a Georgian cch keeps its ch."""

from __future__ import annotations

import pytest

from tests.unit.query.test_names import matched


@pytest.mark.parametrize(
    ("term", "language", "text", "form"),
    [
        ('"Hu Chunhua"', "cs", "Vicepremiér Chu Čchun-chua navštívil Prahu.", "Chu Čchun-chua"),
        ('"Li Keqiang"', "cs", "Premiér Li Kche-čchiang jednal v Berlíně.", "Li Kche-čchiang"),
        ('"Wang Huning"', "sk", "Predseda Wang Chu-ning prijal delegáciu.", "Wang Chu-ning"),
        ('"Wang Huning"', "cs", "Předseda Wang Chu-ning přijal delegaci.", "Wang Chu-ning"),
        ("Kvaratskhelia", "cs", "Útočník Kvaracchelia přestoupil do Paříže.", "Kvaracchelia"),
    ],
)
def test_the_czech_spelling_is_found(term: str, language: str, text: str, form: str) -> None:
    assert matched(term, language, text) == [form]


@pytest.mark.parametrize(
    ("term", "language", "text"),
    [
        ('"Hu Chunhua"', "cs", "Vicepremiér Chu Čchun-ming navštívil Prahu."),
        ('"Wang Huning"', "cs", "Předseda Wang Chu-ming přijal delegaci."),
        ('"Li Keqiang"', "cs", "Premiér Li Kche-tao jednal v Berlíně."),
    ],
)
def test_other_names_stay_apart(term: str, language: str, text: str) -> None:
    assert matched(term, language, text) == []
