"""A Belarusian woman's surname in Latin letters, as Belarusian spells it (-ava, -awa, each
unstressed o written a), is found for a rule written as English news write the Russian form:
Zolatava = Золотова = Zolotova, Bakhvalava = Bakhvalova."""

from __future__ import annotations

import pytest

from tests.unit.query.test_names import matched


@pytest.mark.parametrize(
    ("term", "language", "text", "found"),
    [
        ("Zolotova", "en", "Editor Maryna Zolatava was sentenced to prison.", ["Zolatava"]),
        ("Zolotova", "pl", "Redaktorka Maryna Zolatawa usłyszała wyrok.", ["Zolatawa"]),
        (
            "Bakhvalova",
            "de",
            "Die Journalistin Katsiaryna Bakhvalava kam frei.",
            ["Bakhvalava"],
        ),
        (
            "Bakhvalova",
            "pl",
            "Uwolnienia Kaciaryny Bakhvalawy domagali się dziennikarze.",
            ["Bakhvalawy"],
        ),
        ("Ostrov", "cs", "Ostrava hraje doma.", []),
        ("Lovo", "sk", "Slava hrdinom.", []),
    ],
    ids=[
        "en",
        "pl, w for v",
        "de, an a that stays a",
        "pl genitive, an a that stays a",
        "a town in -ava is not a Russian -ova name",
        "a short word keeps its a",
    ],
)
def test_a_belarusian_womans_surname_in_latin_letters_reads_as_the_russian_one(
    term: str, language: str, text: str, found: list[str]
) -> None:
    assert matched(term, language, text) == found
