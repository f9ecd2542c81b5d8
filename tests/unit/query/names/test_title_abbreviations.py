"""A title abbreviated with a dot before a name (Greek ``κ.``, ``κα.``, ``Mr.``, ``проф.``)
ends no sentence: the name after it is no sentence opener whose capital says nothing."""

from __future__ import annotations

import pytest

from tests.unit.query.test_names import matched


@pytest.mark.parametrize(
    ("query", "language", "text", "found"),
    [
        ("Erdogan", "el", "Ο πρωθυπουργός θα δει τον κ. Ερντογάν την Τρίτη.", ["Ερντογάν"]),
        ("Rama", "el", "Το έγγραφο υπέγραψε ο κ. Ράμα χθες.", ["Ράμα"]),
        ("Kallas", "el", "Η υπουργός συνάντησε την κα. Κάλας στις Βρυξέλλες.", ["Κάλας"]),
        ("Lavrov", "ru", "Делегацию принял проф. Лавров вчера.", ["Лавров"]),
        ("Lavrov", "en", "The minister met Mr. Lavrov on Monday.", ["Lavrov"]),
    ],
)
def test_a_name_after_a_title_abbreviation_is_inside_its_sentence(
    query: str, language: str, text: str, found: list[str]
) -> None:
    assert matched(query, language, text) == found


@pytest.mark.parametrize(
    ("query", "language", "text"),
    [
        ("Rama", "ru", "Он закрыл окно. Рама окна треснула."),
        ("Rama", "ru", "Дом построили в 1990 г. Рама окна треснула."),  # г.: "year" too
        ("Rama", "el", "Έκλεισε το παράθυρο. Ράμα του παραθύρου έσπασε."),
    ],
)
def test_a_real_sentence_end_still_opens_one(query: str, language: str, text: str) -> None:
    """An opener followed by an ordinary phrase's words is doubted (see matcher)."""
    assert matched(query, language, text) == []
