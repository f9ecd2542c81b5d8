"""A word opening a sentence before "am", "are" of the first or second person (Bulgarian
``Буден съм``, I am awake; Czech ``Rádi jsme``, we are glad): the subject is "I", "we" or
"you", so the word is a predicate's adjective or noun, not a person named in the third.

Only the forms no other word shares: not Serbian and Croatian ``sam`` (also "alone") nor
the clitic ``си``, ``si`` (also "oneself": ``Борисов си тръгна``, Borisov left).
"""

from __future__ import annotations

from functools import lru_cache

from ..analysis import FieldText, Positions
from .capitals import joined, opens_sentence
from .cases import primary_language

_COPULAS = {
    "bg": "съм сме сте",
    "mk": "сум сме сте",
    **dict.fromkeys(("sr", "hr", "bs", "me", "sh"), "смо сте smo ste"),
    "sl": "smo ste",
    "cs": "jsem jsme jste",
    "sk": "som sme ste",
    "pl": "jestem jesteśmy jesteście",
    "el": "είμαι είμαστε είστε είσαστε",
}


@lru_cache(maxsize=64)  # bounded: an article's language tag is input
def _copulas(language: str | None) -> frozenset[str]:
    return frozenset(_COPULAS.get(primary_language(language), "").split())


def before_a_first_person_copula(
    text: FieldText, positions: Positions, language: str | None
) -> Positions:
    """The ``positions`` whose word opens a sentence right before a first or second
    person's "am", "are" (see _COPULAS), white space alone between."""
    copulas = _copulas(language)
    if not copulas:
        return []  # the usual case
    raw, last = text.raw, len(text.raw) - 1
    return [
        p
        for p in positions
        if p < last and raw[p + 1] in copulas and joined(text, p) and opens_sentence(text, p)
    ]
