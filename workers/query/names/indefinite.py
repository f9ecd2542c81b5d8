"""Words after an indefinite article: ``Un Kir royal``, ``Una Callas giovane``.

An indefinite article makes its noun one thing of a kind: a drink, a make, a brand. A
person's name seldom takes it in the Romance languages, German, Dutch and Greek (``un
Poutine affaibli`` is a figure of speech), so a word an article finds only through a name's
keys (another spelling or script) right after one is doubted as a sentence opener is (see
matcher): the name only where the article names the person elsewhere. Not the first part of
a compound (``ein Kadyrow-Vertrauter``, a Kadyrov confidant), nor in English, which puts a
name before a noun as its modifier (``a Kadyrov loyalist``, ``a Zelenskyy aide``) as it
puts a maker's (``a Sikorsky helicopter``).
"""

from __future__ import annotations

from ..analysis import FieldText, Positions
from .capitals import hyphenated, joined, opens_sentence
from .cases import primary_language


def _table(source: dict[str, str]) -> dict[str, frozenset[str]]:
    return {language: frozenset(words.split()) for language, words in source.items()}


# The indefinite articles, every gender and case (German's and Greek's decline).
_ARTICLES = _table(
    {
        "de": "ein eine einen einem einer eines",
        "nl": "een",
        "fr": "un une",
        "it": "un uno una",
        "es": "un una",
        "pt": "um uma",
        "ro": "un o",
        "el": "ένας ενός έναν ένα μια μία μιας",
    }
)
_NONE: frozenset[str] = frozenset()


def after_indefinite_article(
    text: FieldText, positions: Positions, language: str | None
) -> Positions:
    """The ``positions`` whose word stands right after an indefinite article of
    ``language`` (only white space between), but a compound's first part, and a word after a
    capitalised article inside its sentence: a given name so spelled (``Μία`` for Mia,
    ``Uma``, ``Una``), the name's first part."""
    articles = _ARTICLES.get(primary_language(language), _NONE)
    if not articles:
        return []  # the usual case: English, or a language without the article
    raw, last = text.raw, len(text.raw) - 1
    return [
        p
        for p in positions
        if p > 0
        and raw[p - 1].lower() in articles
        and joined(text, p - 1)
        and not (p < last and hyphenated(text, p))
        and _an_article(text, p - 1)
    ]


def _an_article(text: FieldText, p: int) -> bool:
    """Whether the article's word at ``p`` is one: in lower case, or capitalised as its
    sentence's first word; capitalised inside a sentence it is a given name (``πρωθυπουργός
    Μία Μότλεϊ``)."""
    return text.raw[p][:1].islower() or opens_sentence(text, p)
