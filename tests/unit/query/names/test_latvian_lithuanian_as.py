"""Latvian writes a Lithuanian man's -as as its own nominative -s (Kasčiūnas = Kasčūns,
Anušauskas = Anušausks): a rule of the Lithuanian name finds it so; a Latvian genitive in -a
is not read as an -as name (Abba is no Abbas)."""

from __future__ import annotations

import pytest

from tests.unit.query.test_names import matched


@pytest.mark.parametrize(
    ("term", "text", "form"),
    [
        ("Kasciunas", "Ministrs Laurins Kasčūns ieradās Ādažos.", "Kasčūns"),
        ("Anusauskas", "Bijušais ministrs Arvīds Anušausks tikās ar kolēģiem.", "Anušausks"),
    ],
)
def test_the_latvian_nominative_is_found(term: str, text: str, form: str) -> None:
    assert form in matched(term, "lv", text)


@pytest.mark.parametrize(
    ("term", "text"),
    [
        ("Abbas", "Grupas Abba dziesmas skanēja visu vakaru."),
        ("Kasciunas", "Kastaņi zied Rīgas parkos."),
    ],
)
def test_other_words_stay_apart(term: str, text: str) -> None:
    assert matched(term, "lv", text) == []
