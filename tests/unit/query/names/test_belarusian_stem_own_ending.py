"""Polish and Lithuanian may write a Belarusian woman's surname on its Belarusian stem, an
unstressed o written a (Качанава), with their own -owa, -ova (Kaczanowa, Kalesnikowa): a
rule of the Russian spelling (Kochanova, Kolesnikova) finds it, in its cases too; other
languages keep the word as written."""

from __future__ import annotations

import pytest

from tests.unit.query.test_names import matched


@pytest.mark.parametrize(
    ("term", "language", "text", "form"),
    [
        (
            "Kochanova",
            "pl",
            "Senat w Mińsku obradował pod kierunkiem Natalli Kaczanowej.",
            "Kaczanowej",
        ),
        ("Kochanova", "pl", "Natalla Kaczanowa spotkała się z chińskim ambasadorem.", "Kaczanowa"),
        ("Kolesnikova", "pl", "Maryja Kalesnikowa wyszła na wolność.", "Kalesnikowa"),
        ("Kolesnikova", "lt", "Marija Kalesnikova išėjo į laisvę.", "Kalesnikova"),
    ],
)
def test_the_belarusian_stem_is_found(term: str, language: str, text: str, form: str) -> None:
    assert form in matched(term, language, text)


def test_other_languages_keep_the_word() -> None:
    assert matched("Kochanova", "en", "Senator Natalla Kaczanowa arrived in Beijing.") == []
