"""Where a capital says nothing about a name: a sentence opener followed by an ordinary
word's words; and where it keeps its meaning: a name's own spelling before a capital."""

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
        ("Putin", "en", "Putin and his allies met in Minsk.", "Putin"),
        ("Mitsotakis", "el", "Μητσοτάκης και ο Ερντογάν συναντήθηκαν.", "Μητσοτάκης"),
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
        (["and", "his"], "en", False),  # a list of people
        (["και", "ο"], "el", False),
        (["e", "il"], "it", False),
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
