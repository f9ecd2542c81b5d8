"""Case endings of declining languages found missing by a held-out batch: Slovenian men's
names in -a, the adjectival -oj of South Slavic women's names, the Latvian dative of a
Lithuanian name kept whole, the Hungarian instrumental after a digraph, Polish spellings
of Czech -ová and South Slavic -ić, and the possessor's case opening Finnish and Hungarian
sentences."""

from __future__ import annotations

import pytest

from tests.unit.query.test_names import matched


@pytest.mark.parametrize(
    ("term", "text", "form"),
    [
        ("Duda", "Premier se je sestal z Dudo v Varšavi.", "Dudo"),
        ("Duda", "Kritiki Dude so zahtevali odstop.", "Dude"),
        ("Rama", "Vlada je Rami poslala pismo.", "Rami"),
    ],
)
def test_a_slovenian_mans_name_in_a_is_found_in_its_cases(term: str, text: str, form: str) -> None:
    assert matched(term, "sl", text) == [form]


@pytest.mark.parametrize(
    ("term", "text", "form"),
    [
        ("Zakharova", "Novinari su postavili pitanje Zaharovoj.", "Zaharovoj"),
        ("Zakharova", "Новинари су поставили питање Захаровој.", "Захаровој"),
    ],
)
def test_a_serbian_womans_name_in_a_is_found_in_its_adjectival_dative(
    term: str, text: str, form: str
) -> None:
    assert matched(term, "sr", text) == [form]


@pytest.mark.parametrize(
    ("term", "text", "form"),
    [
        ("Landsbergis", "Ministrs pasniedza Landsbergim balvu.", "Landsbergim"),
        ("Zemaitaitis", "Žurnālisti uzdeva jautājumus Žemaitaitim.", "Žemaitaitim"),
    ],
)
def test_a_latvian_dative_of_a_name_a_rule_keeps_in_is_is_found(
    term: str, text: str, form: str
) -> None:
    assert matched(term, "lv", text) == [form]


@pytest.mark.parametrize(
    ("term", "text", "form"),
    [
        ("Nagy", "A miniszter Naggyal tárgyalt.", "Naggyal"),
        ("Kovacs", "A polgármester Kováccsal egyeztetett.", "Kováccsal"),
        ("Karacsony", "Az ellenzék Karácsonnyal vitázott.", "Karácsonnyal"),
    ],
)
def test_a_hungarian_instrumental_doubling_a_digraph_is_found(
    term: str, text: str, form: str
) -> None:
    assert matched(term, "hu", text) == [form]


@pytest.mark.parametrize(
    ("term", "text", "form"),
    [
        ("Pliskova", "Rywalką Pliskovej była Białorusinka.", "Pliskovej"),
        ("Caputova", "Wizyta Caputovej w Kijowie trwała dwa dni.", "Caputovej"),
    ],
)
def test_a_polish_ovej_of_a_czech_or_slovak_womans_name_is_found(
    term: str, text: str, form: str
) -> None:
    assert matched(term, "pl", text) == [form]


@pytest.mark.parametrize(
    ("term", "text", "form"),
    [
        ("Vucic", "Rząd Vucicia stracił większość.", "Vucicia"),
        ("Plenkovic", "Premier przyznał Plenkoviciowi rację.", "Plenkoviciowi"),
    ],
)
def test_a_polish_case_of_a_south_slavic_name_in_ic_is_found(
    term: str, text: str, form: str
) -> None:
    assert matched(term, "pl", text) == [form]


@pytest.mark.parametrize(
    ("term", "language", "text", "form"),
    [
        ("Orpo", "fi", "Orpolla on edessään vaikea kevät.", "Orpolla"),
        ("Orban", "hu", "Orbánnak nincs többsége a parlamentben.", "Orbánnak"),
        ("Putin", "et", "Putinil on uus plaan.", "Putinil"),
    ],
)
def test_a_possessors_case_opening_a_sentence_is_found(
    term: str, language: str, text: str, form: str
) -> None:
    assert matched(term, language, text) == [form]
