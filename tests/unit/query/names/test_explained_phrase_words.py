"""``rules test`` explains a word of a name of several words by the keys it has there: a
Korean name's vowels, a short word's Arabic spelling, Abu with its article."""

from __future__ import annotations

import pytest

from workers.query.names.explain import explain
from workers.query.parser import parse_query


@pytest.mark.parametrize(
    ("query", "found", "language", "line"),
    [
        ('"Kim Jong Un"', "Ким Чен Ын", "ru", "Un matched Ын (Cyrillic)"),
        ('"Han Duck Soo"', "Хан Док Су", "ru", "Duck matched Док (Cyrillic)"),
        ('"Aboul Gheit"', "أبو الغيط", "ar", "Aboul matched أبو (Arabic)"),
    ],
)
def test_a_word_of_a_name_of_several_is_explained_as_it_matched(
    query: str, found: str, language: str, line: str
) -> None:
    assert line in explain(parse_query(query).root, [found], language, "variants")
