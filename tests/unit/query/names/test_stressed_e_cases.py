"""A French name ending in a stressed -é declines in Polish, Czech and Slovak as an adjective,
its accent kept (Mbappé: Polish Mbappégo, Mbappému, Mbappém; Czech and Slovak Mbappého,
Mbappému, Mbappém): each such form is the name's, for a term typed with or without the
accent. Other names in those cases are not the name."""

from __future__ import annotations

import pytest

from tests.unit.query.test_names import matched


@pytest.mark.parametrize(
    ("term", "language", "text", "form"),
    [
        ("Kante", "pl", "Transfer Kantégo do Arabii Saudyjskiej ogłoszono wczoraj.", "Kantégo"),
        ("Kante", "pl", "Trener pogratulował Kantému po meczu.", "Kantému"),
        ("Kante", "pl", "Rozmawiano z Kantém o nowym kontrakcie.", "Kantém"),
        ("Kanté", "pl", "Transfer Kantégo ogłoszono wczoraj.", "Kantégo"),
        ("Juppe", "pl", "Rząd Juppégo upadł po strajkach.", "Juppégo"),
        ("Kante", "cs", "Přestup Kantého byl oznámen ve středu.", "Kantého"),
        ("Kante", "cs", "Trenér poděkoval Kantému za výkon.", "Kantému"),
        ("Kante", "cs", "Mluvili jsme s Kantém o smlouvě.", "Kantém"),
        ("Debre", "cs", "Vláda Debrého padla po roce.", "Debrého"),
        ("Kante", "sk", "Prestup Kantého bol oznámený v stredu.", "Kantého"),
    ],
)
def test_a_stressed_e_name_is_found_in_its_cases(
    term: str, language: str, text: str, form: str
) -> None:
    assert matched(term, language, text) == [form]


@pytest.mark.parametrize(
    ("term", "language", "text"),
    [
        ("Kante", "pl", "Transfer Kantorego ogłoszono wczoraj."),  # another name's case
        ("Kante", "cs", "Přestup Kantorého byl oznámen."),
        ("Juppe", "pl", "Rząd Jupiego upadł po strajkach."),
        ("Kante", "en", "Kantégo was a name in the story."),  # not a declining language
    ],
)
def test_other_words_are_not_the_stressed_e_name(term: str, language: str, text: str) -> None:
    assert matched(term, language, text) == []
