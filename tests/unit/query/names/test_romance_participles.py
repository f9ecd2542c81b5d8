"""A Portuguese, Spanish or Italian sentence opener found through a name's keys and
followed by a participle and then a verb (``Casa abandonada necesita reformas``) is a bare
noun with its participle; a name opening a headline with a participle goes on with a
preposition, an article or an adverb (``Casa acusado de corrupción``), and before a mark
or a verb the opener stays the name."""

from __future__ import annotations

import pytest

from tests.unit.query.test_names import matched


@pytest.mark.parametrize(
    ("term", "language", "text"),
    [
        ("Caza", "es", "Casa abandonada necesita reformas urgentes."),
        ("Caza", "pt", "Casa abandonada precisa de reformas."),
        ("Collah", "it", "Colla rinforzata tiene meglio il legno."),
    ],
)
def test_a_noun_and_its_participle_are_not_the_name(term: str, language: str, text: str) -> None:
    assert matched(term, language, text) == []


@pytest.mark.parametrize(
    ("term", "language", "text", "form"),
    [
        ("Caza", "es", "Casa acusado de corrupción por la fiscalía.", "Casa"),
        ("Caza", "pt", "Casa internado às pressas em Brasília.", "Casa"),
        ("Caza", "es", "Casa detenido nuevamente en Caracas.", "Casa"),
        ("Caza", "es", "Casa afirmó que el gobierno resistirá.", "Casa"),
        ("Collah", "it", "Colla rinforzata: come usarla.", "Colla"),
    ],
)
def test_the_name_stays_found(term: str, language: str, text: str, form: str) -> None:
    assert matched(term, language, text) == [form]
