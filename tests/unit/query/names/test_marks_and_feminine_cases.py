"""A rule typed without its name's consonant marks (Zurawski for Żurawski, Dockal for
Dočkal) finds the name's case forms too, as it finds the nominative by plain folding;
vowels keep their accents, which tell case endings apart. A woman's surname in -ová, -owa,
-ska (and in Polish an East Slavic one in -ina, -yna) is found in the cases it declines in,
as an adjective does."""

from __future__ import annotations

import pytest

from tests.unit.query.test_names import matched


@pytest.mark.parametrize(
    ("term", "language", "text", "form"),
    [
        ("Zurawski", "pl", "Według Żurawskiego plan jest zły.", ["Żurawskiego"]),
        ("Zebrowski", "pl", "Nagrodę wręczono Żebrowskiemu.", ["Żebrowskiemu"]),
        ("Zmudzka", "pl", "Według Żmudzkiej to błąd.", ["Żmudzkiej"]),
        ("Dockal", "cs", "Podle Dočkala je to chyba.", ["Dočkala"]),
        ("Dockal", "cs", "Trenér mluvil s Bořkem Dočkalem.", ["Dočkalem"]),
        ("Blaszczak", "pl", "Premier rozmawiał z Błaszczakiem.", ["Błaszczakiem"]),
        ("Grlic Radman", "hr", "Sastanak s Gordanom Grlićem Radmanom.", ["Grlićem", "Radmanom"]),
    ],
)
def test_a_case_form_is_found_without_its_consonant_marks(
    term: str, language: str, text: str, form: list[str]
) -> None:
    assert matched(term, language, text) == form


def test_vowel_accents_still_tell_a_case_ending() -> None:
    """Czech fialová is the colour (or Fiala's wife): not Fialova, Fiala's possessive."""
    assert matched("Fiala", "cs", "Fialová barva letos vládne módním přehlídkám.") == []


@pytest.mark.parametrize(
    ("term", "language", "text", "form"),
    [
        ("Cernochova", "cs", "Podle Jany Černochové armáda potřebuje peníze.", "Černochové"),
        ("Cernochova", "cs", "Ministr jednal s Janou Černochovou.", "Černochovou"),
        ("Zakharova", "cs", "Podle Marie Zacharovové jde o provokaci.", "Zacharovové"),
        ("Zakharova", "sk", "Podľa Márie Zacharovovej ide o provokáciu.", "Zacharovovej"),
        ("Zakharova", "sk", "Novinári oslovili Máriu Zacharovovú.", "Zacharovovú"),
        ("Tikhanovskaya", "pl", "Według Swiatłany Cichanouskiej wybory sfałszowano.", None),
        ("Ivanova", "pl", "Według Marii Iwanowej plan jest gotowy.", "Iwanowej"),
        ("Kowalska", "pl", "Nagrodę wręczono Annie Kowalskiej.", "Kowalskiej"),
        ("Kalinina", "pl", "Według Anheliny Kalininej mecz był trudny.", "Kalininej"),
        ("Vesnina", "pl", "Trener Jeleny Wiesninej odszedł po turnieju.", "Wiesninej"),
        ("Gannushkina", "pl", "Według Swietłany Gannuszkinej jest gorzej.", "Gannuszkinej"),
    ],
)
def test_a_womans_surname_is_found_in_its_cases(
    term: str, language: str, text: str, form: str | None
) -> None:
    if form is None:  # a spelling no reading reaches (Cichanouska): found by an alias only
        assert matched(term, language, text) == []
    else:
        assert matched(term, language, text) == [form]


def test_a_slovak_possessive_opening_a_sentence_is_still_a_possessive() -> None:
    """Ficovej (Fico's) shares its ending with the feminine -ovej: read as the possessive,
    it may open a sentence."""
    assert matched("Fico", "sk", "Ficovej vláde hrozí pád.") == ["Ficovej"]
