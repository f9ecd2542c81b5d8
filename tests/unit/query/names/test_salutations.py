"""A salutation opening a sentence (``Dragi prieteni,``, dear friends): its "dear" may spell
a surname (Draghi), but before a noun of the people addressed it is no name; a name
opening its sentence before a verb still is."""

from __future__ import annotations

import pytest

from tests.unit.query.test_names import matched


@pytest.mark.parametrize(
    ("term", "language", "text"),
    [
        ("Draghi", "ro", "Dragi colegi, sesiunea de azi începe la ora zece."),
        ("Draghi", "ro", "Dragi cititori, vă mulțumim pentru fidelitate."),
        ("Draghi", "bg", "Драги приятели, днес отбелязваме годишнина."),
        ("Draghi", "bg", "Драги сънародници, предстоят трудни решения."),
        ("Draghi", "sr", "Dragi prijatelji, hvala vam na podršci."),
    ],
)
def test_a_salutation_is_not_the_name(term: str, language: str, text: str) -> None:
    assert matched(term, language, text) == []


@pytest.mark.parametrize(
    ("term", "language", "text", "form"),
    [
        ("Draghi", "bg", "Драги заяви, че Европа трябва да инвестира повече.", "Драги"),
        ("Draghi", "ro", "Raportul lui Draghi cere investiții masive.", "Draghi"),
        ("Lavrov", "ru", "Лавров заявил журналистам, что переговоры продолжаются.", "Лавров"),
        ("Lavrov", "ru", "Лавров, друзья мои, ничего не сказал.", "Лавров"),
    ],
)
def test_a_name_opening_its_sentence_is_still_found(
    term: str, language: str, text: str, form: str
) -> None:
    assert matched(term, language, text) == [form]
