"""A salutation that opens a sentence: ``Dragi prieteni,`` ``Драги колеги,`` ``Дорогие
друзья,`` (dear friends). Its first word is an adjective of address ("dear"), which may
spell a surname (``Dragi``, ``Драги``: Draghi); the plural noun of the people addressed
after it says it is no name opening its sentence (a name is not followed by "friends")."""

from __future__ import annotations

from ..analysis import FieldText, Positions
from .capitals import joined, opens_sentence


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Plural nouns of the people a speech or letter addresses (friends, colleagues, citizens,
# compatriots, readers, listeners), lower case (German's are capitalised, as
# its nouns always are), in the languages of the news.
_ADDRESSED = _words(
    """
    prieteni colegi cetățeni cetăţeni compatrioți compatrioţi ascultători cititori
    колеги приятели граждани сънародници слушатели читатели
    prijatelji kolege građani sugrađani čitatelji čitaoci slušaoci пријатељи колеге грађани
    друзья коллеги граждане сограждане соотечественники читатели зрители слушатели
    друзі колеги громадяни співвітчизники читачі
    przyjaciele koledzy rodacy przyjaciółki přátelé kolegové spoluobčané priatelia kolegovia
    amici colleghi amigos colegas compatriotas amis collègues
    """
)


def opening_salutations(text: FieldText, positions: Positions) -> list[int]:
    """The ``positions`` whose word opens its sentence right before a noun of the people
    addressed (see _ADDRESSED): the "dear" of a salutation, not a name (kept only where the
    article names the person elsewhere, as other doubtful openers)."""
    raw, last = text.raw, len(text.raw) - 1
    return [
        p
        for p in positions
        if p < last and raw[p + 1] in _ADDRESSED and joined(text, p) and opens_sentence(text, p)
    ]
