"""Where a capital says nothing about a name: a sentence opener followed by an ordinary
word's words; and where it keeps its meaning: a name's own spelling before a capital."""

from __future__ import annotations

import pytest

from tests.unit.query.test_names import matched
from workers.query.names.openers import ordinary_words


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
        ("Putin", "en", "Putin and his allies met in Minsk.", "Putin"),
        ("Mitsotakis", "el", "Μητσοτάκης και ο Ερντογάν συναντήθηκαν.", "Μητσοτάκης"),
        ("Tusk", "pl", "Tusk i prezydent Nawrocki rozmawiali o budżecie.", "Tusk"),
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
    ("following", "language", "used"),
    [
        (["is", "the", "official", "language"], "en", 2),
        (["è", "la"], "it", 2),
        (["e", "turisti", "affollano", "la"], "it", 4),
        (["и", "лавровый", "лист", "добавляют"], "ru", 4),
        (["and", "Putin"], "en", 0),  # a list of names
        (["and", "his", "allies", "met"], "en", 0),  # a list of people
        (["και", "ο", "πρόεδρος", "είπαν"], "el", 0),
        (["i", "prezydent", "Nawrocki", "rozmawiali"], "pl", 0),  # a title and a name
        (["e", "turisti."], "it", 0),  # too short to tell
        (["is", "expected"], "en", 0),
        (["said", "the"], "en", 0),
        (["is", "the"], None, 0),  # no language: no table
        (["is"], "en", 0),
    ],
)
def test_the_words_after_an_opener_that_show_an_ordinary_word(
    following: list[str], language: str | None, used: int
) -> None:
    assert ordinary_words(following, language) == used


@pytest.mark.parametrize(
    ("term", "language", "text", "form"),
    [
        # A name's own spelling before another capital stays a match: a company's or a
        # product's name is written so too (Apple Watch), and exact matching finds it.
        ("Apple", "en", "Apple Watch sales rose.", "Apple"),
        ("Costa", "es", "Costa Rica celebró elecciones presidenciales.", "Costa"),
    ],
)
def test_a_names_own_spelling_before_another_capital_still_matches(
    term: str, language: str, text: str, form: str
) -> None:
    assert matched(term, language, text) == [form]


@pytest.mark.parametrize(
    ("query", "text", "found"),
    [
        ('"Kim Jong Un"', "North Korean leader Kim Jong-un visited the plant.", ["Kim Jong-un"]),
        ("Un", "He called it un-American.", []),
    ],
)
def test_a_lower_case_part_after_a_hyphen_belongs_to_the_capitalised_name_before_it(
    query: str, text: str, found: list[str]
) -> None:
    assert matched(query, "en", text) == found
