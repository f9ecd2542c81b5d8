"""Where a capital says nothing about a name: a sentence opener followed by an ordinary word's
words, and a name's own spelling opening a run of capitalised words (a place, a brand or
another person's given name)."""

from __future__ import annotations

import pytest

from tests.unit.query.test_names import matched
from workers.query.names.openers import reads_as_ordinary


@pytest.mark.parametrize(
    ("term", "language", "text"),
    [
        ("Magyar", "en", "Magyar is the official language of Hungary."),
        ("Albanese", "it", "Albanese è la lingua ufficiale dell'Albania."),
        ("Alcaraz", "es", "Alcaraz es un municipio de la provincia de Albacete."),
        ("Pellegrini", "it", "Pellegrini e turisti affollano la piazza."),
        ("Rubio", "es", "Rubio y de ojos azules, el niño sonrió."),
        ("Metsola", "it", "Mezzola è un lago in Lombardia."),
    ],
)
def test_an_opener_followed_by_a_definition_or_a_list_of_nouns_is_no_name(
    term: str, language: str, text: str
) -> None:
    assert matched(term, language, text) == []


@pytest.mark.parametrize(
    ("term", "language", "text", "form"),
    [
        ("Tajani", "it", "Tajani ha incontrato l'omologo egiziano.", "Tajani"),
        ("Vance", "en", "Vance told reporters the talks were productive.", "Vance"),
        ("Trump", "en", "Trump and Putin met in Alaska.", "Trump"),
        ("Trump", "en", "Trump is expected to sign the bill.", "Trump"),
        # The same opener counts where the article also names it inside a sentence.
        ("Magyar", "en", "Magyar is the favourite. Voters like Magyar.", "Magyar"),
        ("Rubio", "es", "Rubio y sus asesores llegaron. Habló Rubio.", "Rubio"),
    ],
)
def test_an_opener_followed_by_a_verb_or_named_elsewhere_is_a_name(
    term: str, language: str, text: str, form: str
) -> None:
    assert matched(term, language, text) == [form]


@pytest.mark.parametrize(
    ("following", "language", "ordinary"),
    [
        (["is", "the"], "en", True),
        (["è", "la"], "it", True),
        (["e", "turisti"], "it", True),
        (["и", "лист"], "ru", True),
        (["and", "Putin"], "en", False),  # a list of names
        (["is", "expected"], "en", False),
        (["said", "the"], "en", False),
        (["is", "the"], None, False),  # no language: no table
        (["is"], "en", False),
    ],
)
def test_the_words_after_an_opener_that_show_an_ordinary_word(
    following: list[str], language: str | None, ordinary: bool
) -> None:
    assert reads_as_ordinary(following, language) is ordinary


@pytest.mark.parametrize(
    ("term", "language", "text"),
    [
        ("Costa", "es", "Costa Rica celebró elecciones presidenciales."),
        ("Costa", "en", "Costa Coffee opened forty new shops."),
        ("Costa", "en", "Tourists flock to Costa Rica every winter."),
        ("Vance", "en", "Vance Boelter was charged on Monday."),
        ("Petro", "en", "Petro Poroshenko addressed parliament on Tuesday."),
    ],
)
def test_a_name_opening_a_run_of_capitalised_words_is_a_given_name_or_a_place(
    term: str, language: str, text: str
) -> None:
    assert matched(term, language, text) == []


@pytest.mark.parametrize(
    ("term", "language", "text", "form"),
    [
        ("Sanchez", "es", "Pedro Sánchez Castejón ganó.", "Sánchez"),  # inside the run
        ("Magyar", "hu", "Magyar Péter tüntetést szervezett.", "Magyar"),  # surname first
        ("Orban", "hu", "Orbán Viktor bejelentette.", "Orbán"),
        ("Merz", "de", "Kanzler Merz Regierung", "Merz"),  # German nouns have capitals
        ("Costa", "en", "COSTA SAYS EU MUST ACT", "COSTA"),  # all capitals say nothing
        ("Costa", "en", "President Costa Said No", "Costa"),  # a Title Case body line
    ],
)
def test_a_name_keeps_its_place_inside_a_run_or_where_capitals_say_nothing(
    term: str, language: str, text: str, form: str
) -> None:
    assert matched(term, language, text) == [form]
