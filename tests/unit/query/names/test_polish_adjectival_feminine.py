"""Polish declines an East Slavic woman's adjectival surname (Ukrainian Безугла, Russian
Крутая) as an adjective whatever consonant ends its stem: -ej in the genitive, dative and
locative (Bezuhłej for Bezuhła, as Nawalnej for Nawalna); a man's -ego stays his."""

from __future__ import annotations

import pytest

from tests.unit.query.test_names import matched


@pytest.mark.parametrize(
    ("term", "text", "form"),
    [
        ("Bezuhla", "Według Bezuhłej armia potrzebuje głębokich reform.", "Bezuhłej"),
        ("Bezuhla", "Posłowie odebrali Bezuhłej funkcję w komisji.", "Bezuhłej"),
        ("Navalnaya", "Film o Julii Nawalnej pokazano w Berlinie.", "Nawalnej"),
    ],
)
def test_the_adjectival_oblique_is_found(term: str, text: str, form: str) -> None:
    assert form in matched(term, "pl", text)


def test_another_language_keeps_its_word() -> None:
    assert matched("Bezuhla", "en", "Bezuhlej was not a word she knew.") == []
