"""A Latvian or Lithuanian word opening a sentence before a preposition that reads as the
name only in its genitive is another word (a genitive possessor stands before its noun):
``Karīna ar meitu`` is not Kariņš's; the genitive before its noun, the nominative before a
preposition, and such an opener where the article names the person elsewhere stay found."""

from __future__ import annotations

import pytest

from tests.unit.query.test_names import matched


@pytest.mark.parametrize(
    ("term", "language", "text"),
    [
        ("Karins", "lv", "Karīna ar meitu devās uz Rīgu."),
        ("Karins", "lv", "Karīna no Liepājas uzvarēja konkursā."),
        ("Rinkevics", "lv", "Rinkēviča pie loga sēdēja kaķis."),
        ("Nauseda", "lt", "Nausėdos su draugais išvyko į Kauną."),
    ],
)
def test_a_genitive_before_a_preposition_is_no_name(term: str, language: str, text: str) -> None:
    assert matched(term, language, text) == []


@pytest.mark.parametrize(
    ("term", "language", "text", "form"),
    [
        ("Rinkevics", "lv", "Rinkēviča vizīte Vašingtonā ilga divas dienas.", "Rinkēviča"),
        ("Karins", "lv", "Kariņš ar delegāciju devās uz Briseli.", "Kariņš"),
        ("Nauseda", "lt", "Nausėdos komanda paskelbė naują planą.", "Nausėdos"),
        ("Nauseda", "lt", "Nausėda su delegacija atvyko į Rygą.", "Nausėda"),
        ("Karins", "lv", "Premjers Kariņš runāja. Kariņa ar komandu devās prom.", "Kariņa"),
    ],
)
def test_the_name_stays_found(term: str, language: str, text: str, form: str) -> None:
    assert form in matched(term, language, text)
