"""German umlauts typed as English news types them, oe, ue, ae (Roettgen, Mueller,
Baerbock): the term finds the name written with its umlaut (Röttgen, Müller, Bärbock) and
as Cyrillic spells it (Рьоттген); an oe, ue, ae before a final consonant is two vowels."""

from __future__ import annotations

import pytest

from tests.unit.query.test_names import matched


@pytest.mark.parametrize(
    ("term", "language", "text", "form"),
    [
        (
            "Roettgen",
            "de",
            "Der Außenpolitiker Norbert Röttgen kritisierte die Regierung.",
            "Röttgen",
        ),
        ("Roettgen", "uk", "Депутат Норберт Рьоттген виступив у Берліні.", "Рьоттген"),
        ("Schroeder", "cs", "Bývalý kancléř Gerhard Schröder přijel do Moskvy.", "Schröder"),
        ("Goebbels", "pl", "Przemówienie Göbbelsa nadało radio w Berlinie.", "Göbbelsa"),
        ("Baerbock", "de", "Außenministerin Annalena Bärbock reiste nach Kiew.", "Bärbock"),
        ("Mueller", "pl", "Trener Thomas Müller ogłosił zakończenie kariery.", "Müller"),
        ("Soeder", "uk", "Баварський прем'єр Маркус Зьодер виступив на з'їзді.", "Зьодер"),
        ("Huebner", "de", "Die Schauspielerin Charly Hübner drehte einen neuen Film.", "Hübner"),
    ],
)
def test_a_typed_umlaut_finds_the_marked_name(
    term: str, language: str, text: str, form: str
) -> None:
    assert matched(term, language, text) == [form]


@pytest.mark.parametrize(
    ("term", "language", "text"),
    [
        ("Michael", "cs", "Předseda hnutí Michal Šimečka kritizoval vládu."),  # a final ael
        ("Samuel", "pl", "Premier Samul spotkał się z ministrem."),
        ("Joel", "de", "Der Sänger Jol trat in Berlin auf."),
        ("Roettgen", "de", "Die Rettung kam zu spät."),  # another vowel
        ("Mueller", "de", "Der Maler stellte in Köln aus."),
    ],
)
def test_other_words_are_not_the_umlaut_name(term: str, language: str, text: str) -> None:
    assert matched(term, language, text) == []
