"""The part of a hyphenated given name after the hyphen, written in lower case by an article
(``Κιμ Γιονγκ-ουν``, ``Moon Jae-ina``): found through its keys right after the name's part
before the hyphen, in any case, where the article's names leave it out for its lower case."""

from __future__ import annotations

import pytest

from tests.unit.query.test_names import matched


@pytest.mark.parametrize(
    ("query", "language", "text", "found"),
    [
        ('"Kim Jong-un"', "el", "Ο Κιμ Γιονγκ-ουν επισκέφθηκε τη Μόσχα.", ["Κιμ Γιονγκ-ουν"]),
        ('"Kim Jong-un"', "el", "Ο Κιμ Γιονγκ-Ουν επισκέφθηκε τη Μόσχα.", ["Κιμ Γιονγκ-Ουν"]),
        ('"Moon Jae-in"', "el", "Ο Μουν Τζε-ιν συναντήθηκε με τον Σι.", ["Μουν Τζε-ιν"]),
        ('"Moon Jae-in"', "pl", "Prezydent Moon Jae-ina odwiedził Seul.", ["Moon Jae-ina"]),
        ('"Lai Ching-te"', "el", "Δήλωση του Λάι Τσινγκ-τε για την άμυνα.", ["Λάι Τσινγκ-τε"]),
        ("Ching-te", "el", "Ο Τσινγκ-τε μίλησε.", ["Τσινγκ-τε"]),
        # Only the part after a hyphen: the same word apart, or after another word, is none.
        ('"Moon Jae-in"', "el", "Ο Μουν Τζε ιν είπε.", []),
        ('"Moon Jae-in"', "el", "Ο Μουν Τζε-ον είπε.", []),
        ('"Lai Ching-te"', "el", "Ο Λάι Σονγκ-τε μίλησε.", []),
    ],
)
def test_a_lower_case_part_after_a_hyphen_is_the_name(
    query: str, language: str, text: str, found: list[str]
) -> None:
    assert matched(query, language, text) == found


def test_a_name_of_loose_words_still_needs_its_hyphenated_part() -> None:
    """``Lee`` and ``Jae`` are Arabic function words (see NameWords.loose), so the rule index
    needs ``Myung``: Arabic still finds the name (an article's lower-case ``-myung`` is no
    name word the index sees, so there the name is still missed)."""
    assert matched('"Lee Jae-myung"', "ar", "قال الرئيس لي جاي ميونغ إن الوفد وصل.") == [
        "لي جاي ميونغ"
    ]
