"""A field's words read as names are bounded: of a field with more distinct words that are
not lower-case than the bound, only the first ones in text order are (a hostile field holds
a hundred thousand, each costly to key); lower-case words never count towards it."""

from __future__ import annotations

import pytest

from tests.unit.query.test_names import matched
from workers.query.names import document

BOUND = 3


@pytest.fixture(autouse=True)
def _small_bound(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(document, "MAX_NAME_WORDS", BOUND)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Лавров прибыл в Каир, Дамаск и Амман.", ["Лавров"]),
        ("Каир, Дамаск и Лавров.", ["Лавров"]),  # the third: within the bound
        ("Каир, Дамаск, Амман и Лавров.", []),  # the fourth: past it
        ("Каир, Каир, Каир и Лавров.", ["Лавров"]),  # distinct words count, not words
        ("в каир и дамаск и амман прибыл Лавров.", ["Лавров"]),  # lower-case words do not
    ],
)
def test_only_the_first_words_of_a_field_past_the_bound_read_as_names(
    text: str, found: list[str]
) -> None:
    assert matched("Lavrov", "ru", text) == found
