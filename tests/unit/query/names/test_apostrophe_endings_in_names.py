"""Polish writes the case ending of a foreign name whose last letter is silent after an
apostrophe, on each word of the name (George'a Clooneya): the ending, a word of its own to
the tokenizer, does not part the words of a name phrase. Other words between them still do."""

from __future__ import annotations

import pytest

from tests.unit.query.test_names import matched


@pytest.mark.parametrize(
    ("term", "text", "form"),
    [
        ('"Steve Jobs"', "Biografia Steve'a Jobsa trafiła do księgarń.", "Steve'a Jobsa"),
        (
            '"Bruce Springsteen"',
            "Koncert Bruce'a Springsteena w Warszawie.",
            "Bruce'a Springsteena",
        ),
        ('"Jean-Claude Juncker"', "Słowa Jean-Claude'a Junckera.", "Jean-Claude'a Junckera"),
        ('"Mike Pence"', "Wizyta Mike'a Pence'a w Polsce.", "Mike'a Pence'a"),
        ('"Steve Jobs"', "Steve'owi Jobsowi przyznano nagrodę.", "Steve'owi Jobsowi"),
    ],
)
def test_an_apostrophe_case_ending_inside_a_name_is_passed(term: str, text: str, form: str) -> None:
    assert matched(term, "pl", text) == [form]


@pytest.mark.parametrize(
    ("term", "text"),
    [
        ('"Steve Jobs"', "Filmy o Steve'a i Jobsa."),  # a word between
        ('"Steve Jobs"', "Steve' a Jobsa nie znał."),  # a lone letter, not a glued ending
        ('"Steve Jobs"', "Jobsa i Steve'a poznali."),  # the other order
    ],
)
def test_other_words_between_still_part_the_name(term: str, text: str) -> None:
    assert matched(term, "pl", text) == []
