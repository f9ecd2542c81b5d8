"""A word found only through a name's keys right after an indefinite article (``Una
Callas giovane``, ``Un Kir royal``) is a thing of a kind, not the person: it counts only
where the article names the person elsewhere. English puts names before nouns as modifiers
(``a Kadirov loyalist``), so the article says nothing there."""

from __future__ import annotations

import pytest

from tests.unit.query.test_names import matched


@pytest.mark.parametrize(
    ("term", "language", "text"),
    [
        ("Kallas", "fr", "Une Callas jeune chantait à Milan."),
        ("Kallas", "it", "Una Callas giovane cantava alla Scala."),
        ("Kallas", "es", "Una Callas joven cantaba en Atenas."),
        ("Kallas", "pt", "Uma Callas jovem cantava em Atenas."),
        ("Kallas", "el", "Μια Κάλας νεαρή τραγουδούσε στην Αθήνα."),
        ("Kadyrov", "de", "Ein Kadirow stand auf der Speisekarte."),
    ],
)
def test_a_word_after_an_indefinite_article_is_not_the_name(
    term: str, language: str, text: str
) -> None:
    assert matched(term, language, text) == []


@pytest.mark.parametrize(
    ("term", "language", "text", "form"),
    [
        # Named elsewhere in the article: the doubted word is the name too.
        ("Kadyrov", "fr", "Ramzan Kadirov a parlé. Un Kadirov souriant.", "Kadirov"),
        # English: a name modifies the noun after it.
        ("Kadyrov", "en", "A Kadirov loyalist spoke to reporters.", "Kadirov"),
        # No article before it.
        ("Kadyrov", "fr", "Le président Kadirov a parlé.", "Kadirov"),
    ],
)
def test_the_name_stays_found(term: str, language: str, text: str, form: str) -> None:
    assert matched(term, language, text) == [form]
