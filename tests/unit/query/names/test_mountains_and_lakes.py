"""A mountain's, lake's or cape's noun before a word, as Latin-script news write them
(``Mount Rainier``, ``Lake Tana``, ``le mont Blanc``, ``el lago Titicaca``): the word is the
place's name, not a person's found in another spelling; the name as written, and a person
after other nouns, still count."""

from __future__ import annotations

import pytest

from tests.unit.query.test_names import matched


@pytest.mark.parametrize(
    ("term", "language", "text"),
    [
        ("Rayner", "en", "A small eruption of Mount Rainier is not expected this year."),
        ("Rayner", "de", "Der Gipfel des Mount Rainier war in Wolken gehüllt."),
        ("Rayner", "es", "Los alpinistas subieron al monte Rainier en julio."),
        ("Rayner", "fr", "Les alpinistes ont gravi le mont Rainier en juillet."),
    ],
)
def test_a_place_after_its_noun_is_not_the_name(term: str, language: str, text: str) -> None:
    assert matched(term, language, text) == []


@pytest.mark.parametrize(
    ("term", "language", "text", "form"),
    [
        ("Rayner", "en", "Deputy leader Angela Rayner visited the site.", "Rayner"),
        ("Rayner", "de", "Die Ministerin Rainer besuchte Mount Vernon.", "Rainer"),
        ("Rayner", "fr", "Angela Reyner a visité le mont Blanc.", "Reyner"),
    ],
)
def test_the_name_elsewhere_is_still_found(term: str, language: str, text: str, form: str) -> None:
    assert matched(term, language, text) == [form]
