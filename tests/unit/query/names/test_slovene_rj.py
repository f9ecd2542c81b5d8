"""A Slovene man's name in -r takes a j before its case endings (Mlakar: Mlakarja,
Mlakarju, Mlakarjem, Mlakarjeva): found in a Slovene article, not read so elsewhere."""

from __future__ import annotations

import pytest

from tests.unit.query.test_names import matched


@pytest.mark.parametrize(
    ("term", "text", "form"),
    [
        ("Mlakar", "Novinarji so Mlakarja čakali pred sodiščem.", "Mlakarja"),
        ("Tavcar", "Župan je Tavčarju podelil priznanje.", "Tavčarju"),
        ("Kolar", "Ministrica se je sestala s Kolarjem.", "Kolarjem"),
        ("Baker", "Predlog je podprla tudi Bakerjeva stranka.", "Bakerjeva"),
    ],
)
def test_the_slovene_cases_are_found(term: str, text: str, form: str) -> None:
    assert form in matched(term, "sl", text)


@pytest.mark.parametrize(
    ("term", "language", "text"),
    [
        ("Kolar", "hr", "Gledali smo Kolarja na televiziji."),
        ("Mlakar", "sl", "Novinarji so Mlakarico čakali pred sodiščem."),
    ],
)
def test_other_words_and_languages_stay_apart(term: str, language: str, text: str) -> None:
    assert matched(term, language, text) == []
