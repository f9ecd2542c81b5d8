"""French, Spanish, Italian and Portuguese name a town by its noun and "of" before the name
(``la ville de Sissi``, ``la ciudad de Rafá``): a word there that a name term finds only as
another spelling is the town's, not the person's (see names.place_nouns)."""

from __future__ import annotations

import pytest

from tests.unit.query.test_names import matched


@pytest.mark.parametrize(
    ("term", "language", "text"),
    [
        ("Sisi", "fr", "Le festival a lieu dans la ville de Sissi."),
        ("Rafah", "es", "Los bombardeos en la ciudad de Rafá continúan."),
        ("Bennett", "it", "Il sindaco della città di Benet ha parlato."),
        ("Jenin", "fr", "Des heurts ont eu lieu dans la ville de Jénine."),
    ],
    ids=["fr ville de", "es ciudad de", "it città di", "fr, a town's term too"],
)
def test_a_name_after_a_towns_noun_and_of_is_the_town(term: str, language: str, text: str) -> None:
    assert matched(term, language, text) == []


@pytest.mark.parametrize(
    ("term", "language", "text", "form"),
    [
        ("Sisi", "fr", "La visite de Sissi à Paris a été reportée.", "Sissi"),  # no town's noun
        ("Sisi", "it", "La villa di Sissi è in vendita.", "Sissi"),  # a villa is a house
        ("Sisi", "fr", "Le maire de la ville, Sissi, a parlé.", "Sissi"),  # a comma between
        ("Mahrez", "fr", "La ville de Mahrez fête son joueur.", "Mahrez"),  # as written
    ],
)
def test_the_name_is_still_found_elsewhere(term: str, language: str, text: str, form: str) -> None:
    assert matched(term, language, text) == [form]
