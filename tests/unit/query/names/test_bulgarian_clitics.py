"""A Bulgarian sentence opener followed by a pronoun clitic and a preposition or a
conjunction is the clitic's verb (``Бия се за …``, I fight for …): a clitic after a subject
stands right before its verb (``Радев се срещна``)."""

from __future__ import annotations

import pytest

from tests.unit.query.test_names import matched


@pytest.mark.parametrize(
    ("term", "text"),
    [
        ("Bori", "Бори се за правата си."),
        ("Pazi", "Пази се от измамници."),
        ("Kara", "„Кара се с мен всеки ден“, каза тя."),
    ],
)
def test_a_verb_before_its_clitic_is_not_the_name(term: str, text: str) -> None:
    assert matched(term, "bg", text) == []


@pytest.mark.parametrize(
    ("term", "text", "form"),
    [
        ("Radev", "Радев се срещна с премиера.", "Радев"),
        ("Biya", "Бия се срещна с посланика.", "Бия"),
        ("Radev", "Радев на брифинга заяви, че ще подпише.", "Радев"),
        ("Radev", "Радев. Се за", "Радев"),  # a mark ends the opener's phrase first
    ],
)
def test_the_name_stays_found(term: str, text: str, form: str) -> None:
    assert matched(term, "bg", text) == [form]
