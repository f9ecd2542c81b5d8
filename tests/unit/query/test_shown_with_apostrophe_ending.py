"""Turkish and Polish join a case ending to a name with an apostrophe (``Kohli'nin``,
``Rice'a``): the tokenizer reads the ending as a word of its own, and a match shows the
whole word, as the article writes it; other languages, other words after an apostrophe and
an English possessive show the name alone."""

from __future__ import annotations

import pytest

from workers.query import Document, RuleIndex, RuleSpec, analyze, parse_query


def _shown(term: str, language: str, text: str) -> list[str]:
    index = RuleIndex.build([RuleSpec("r", parse_query(term), names="exact")])
    matches = index.match(analyze(Document("", text, language=language)))
    return list(matches[0].terms) if matches else []


@pytest.mark.parametrize(
    ("term", "language", "text", "shown"),
    [
        ("Kohli", "tr", "Kohli'nin attığı sayılar galibiyeti getirdi.", ["Kohli'nin"]),
        ("Sarkozy", "tr", "Mahkeme Sarkozy'ye beş yıl hapis cezası verdi.", ["Sarkozy'ye"]),
        ("Amrabat", "tr", "Fenerbahçe Amrabat’ı kadrosuna kattı.", ["Amrabat’ı"]),
        ("Kennedy", "pl", "Zabójstwo Kennedy'ego wstrząsnęło światem.", ["Kennedy'ego"]),
        ("Kohli", "tr", "Kohli'ninkilerdenmiş bu sözler.", ["Kohli"]),  # no ending so long
        ("Kohli", "tr", "Kohli'Nin adı geçti.", ["Kohli"]),  # capitalised: not an ending
        ("Kohli", "tr", "Kohli 'nin dedi.", ["Kohli"]),  # a space first
        ("Putin", "en", "Putin's plan was rejected.", ["Putin"]),  # the possessive is dropped
        ("Kohli", "en", "Kohli'nin is how Turkish writes it.", ["Kohli"]),  # not English
    ],
    ids=[
        "tr, genitive",
        "tr, dative",
        "tr, accusative after a typographic apostrophe",
        "pl, genitive",
        "tr, too long for an ending",
        "tr, a capital after the apostrophe",
        "tr, a space before the apostrophe",
        "en, a possessive",
        "en, not a language of such endings",
    ],
)
def test_a_name_is_shown_with_the_case_ending_its_apostrophe_joins(
    term: str, language: str, text: str, shown: list[str]
) -> None:
    assert _shown(term, language, text) == shown
