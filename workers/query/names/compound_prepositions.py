"""Adverbs opening a sentence that make a preposition with the word after them: Greek
``Χάρις στις βροχές…`` (thanks to the rains), ``Δίπλα στο σπίτι…``, ``Σύμφωνα με…``.

Some spell a name too (``Χάρις``, Harris): an opener a name's keys find there is as likely
the preposition, and counts as the name only where the article names the person elsewhere
(see matcher). Their capital is the sentence's; the preposition after them is one a name
opening a sentence seldom takes without a verb between.
"""

from __future__ import annotations

from ..analysis import FieldText, Positions
from ..text import fold
from .capitals import joined, opens_sentence
from .cases import primary_language

# Greek adverbs that with the preposition after them make one ("thanks to", "next to",
# "according to", "far from": ``χάρη στις βροχές``, ``δίπλα στο σπίτι``, ``σύμφωνα με``),
# with the prepositions each takes (σε with its article joined: στο, στην...). One spells
# a name too (``Χάρις``, Harris): an opener so followed is the preposition's.
_GREEK_TO = "σε στο στον στη στην στα στους στις στης στου"
_GREEK = {
    "χάρη χάρις δίπλα κοντά απέναντι ενάντια πάνω μπροστά": _GREEK_TO,
    "μακριά γύρω εκτός": "από",
    "σύμφωνα μαζί": "με",
}


def _folded(table: dict[str, str]) -> dict[str, frozenset[str]]:
    """Each adverb of ``table`` (folded, as an article's words are compared) with its
    prepositions (folded)."""
    return {
        fold(adverb): frozenset(fold(p) for p in prepositions.split())
        for adverbs, prepositions in table.items()
        for adverb in adverbs.split()
    }


_COMPOUND_PREPOSITIONS = {"el": _folded(_GREEK)}


def before_their_preposition(
    text: FieldText, positions: Positions, language: str | None
) -> Positions:
    """The ``positions`` (found through a name's keys) whose word opens its sentence as an
    adverb that makes a preposition with the word after it (see _COMPOUND_PREPOSITIONS:
    ``Χάρις στις βροχές…``, thanks to the rains), read as a name only where the article
    names the person elsewhere (see matcher)."""
    adverbs = _COMPOUND_PREPOSITIONS.get(primary_language(language) or "")
    if not adverbs:
        return []  # the usual case
    raw, last = text.raw, len(text.raw) - 1
    return [
        p
        for p in positions
        if p < last
        and fold(raw[p + 1]) in adverbs.get(fold(raw[p]), _NONE)
        and joined(text, p)
        and opens_sentence(text, p)
    ]


_NONE: frozenset[str] = frozenset()
