"""A Latvian name in -is (Dombrovskis, Krišjānis) in its genitive -a and accusative -i,
the genitive softening the consonant before it (Krišjāņa; Valdis: Valža; Dāvis: Dāvja):
found in a Latvian article, as the dative -im and locative -ī already were."""

from __future__ import annotations

import pytest

from tests.unit.query.test_names import matched


@pytest.mark.parametrize(
    ("term", "text", "form"),
    [
        ("Dombrovskis", "Komisāra Dombrovska vizīte ilga vienu dienu.", "Dombrovska"),
        ("Dombrovskis", "Žurnālisti gaidīja Dombrovski pie ieejas.", "Dombrovski"),
        ("Krisjanis", "Prezidents saņēma Krišjāņa vēstuli.", "Krišjāņa"),
        ("Valdis", "Ministrs gaida Valža atbildi.", "Valža"),
        ("Davis", "Treneris gaida Dāvja atgriešanos.", "Dāvja"),
    ],
)
def test_the_latvian_cases_are_found(term: str, text: str, form: str) -> None:
    assert form in matched(term, "lv", text)


@pytest.mark.parametrize(
    ("term", "language", "text"),
    [
        ("Dombrovskis", "de", "Der Minister traf Dombrovska in Berlin."),
        ("Valdis", "lv", "Ministrs gaida Valsa atbildi."),
    ],
)
def test_other_words_and_languages_stay_apart(term: str, language: str, text: str) -> None:
    assert matched(term, language, text) == []
