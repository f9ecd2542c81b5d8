"""A Baltic genitive opening a sentence is a possessor and stands before its noun
(``Rinkēviča vizīte``, ``Nausėdos komanda``); followed by a preposition it has no noun, and
the word is another one that spells like the name's genitive: Latvian ``Karīna ar meitu``
(Karīna, a woman's given name, with her daughter) is not Kariņš's genitive Kariņa. Such an
opener counts only where the article names the person elsewhere (see matcher).
"""

from __future__ import annotations

from collections.abc import Iterable

from ..analysis import FieldText, Positions
from .capitals import joined, opens_sentence
from .cases import primary_language
from .forms import NO_CASES, article_keys
from .prepositions import PREPOSITIONS

# The commonest prepositions, which take the noun after them, never a genitive before.
_PREPOSITIONS = {language: PREPOSITIONS[language] for language in ("lv", "lt")}


def genitives_before_a_preposition(
    text: FieldText, positions: Positions, keys: Iterable[str], language: str | None
) -> list[int]:
    """The ``positions`` of a Latvian or Lithuanian article whose word opens a sentence
    before a preposition and meets the name's ``keys`` only read in another case."""
    prepositions = _PREPOSITIONS.get(primary_language(language))
    if prepositions is None:
        return []
    raw, last = text.raw, len(text.raw) - 1
    return [
        p
        for p in positions
        if p < last
        and raw[p + 1] in prepositions
        and joined(text, p)
        and opens_sentence(text, p)
        and article_keys(raw[p], language, NO_CASES).isdisjoint(keys)
    ]
