"""English words after an acronym: ``BATE Borisov``, ``CSKA Sofia`` (a club and its town).

English writes an organisation's acronym before a person's name only with a title between
(``FSB Director Bortnikov``, ``NATO chief Rutte``) or a possessive (``GERB's Borisov``); an
acronym right before a capitalised word makes one name of them, a club's, a firm's or a
party's list. A word an article finds there only through a name's keys (another spelling)
is doubted as a sentence opener is (see matcher): the name only where the article names the
person elsewhere. Titles written as acronyms stand before names (``PM Starmer``, ``CEO
Musk``): not these.
"""

from __future__ import annotations

from ..analysis import FieldText, Positions
from .capitals import joined
from .cases import primary_language

_LEAST = 3  # letters of an acronym: the two-letter ones are mostly titles (PM, FM, MP)
_TITLES = frozenset(["CEO", "CFO", "COO", "CTO", "MEP", "MSP", "MLA", "MPP"])
# Labels a news feed writes in capitals before a headline (``BREAKING Zelenskyy says…``).
_LABELS = frozenset(
    ["BREAKING", "EXCLUSIVE", "WATCH", "LIVE", "UPDATE", "UPDATED", "VIDEO", "PHOTOS", "OPINION"]
)


def after_an_acronym(text: FieldText, positions: Positions, language: str | None) -> Positions:
    """The ``positions`` whose word follows an acronym of at least _LEAST capitals, not a
    title's or a feed's label, with only white space between, in an English article (the
    word itself not in capitals: a headline may be)."""
    if primary_language(language) != "en":
        return []
    raw = text.raw
    return [
        p
        for p in positions
        if p > 0
        and len(raw[p - 1]) >= _LEAST
        and raw[p - 1].isupper()
        and raw[p - 1].isalpha()
        and raw[p - 1] not in _TITLES
        and raw[p - 1] not in _LABELS
        and not raw[p].isupper()  # a run of capitals: a headline written so
        and joined(text, p - 1)
    ]
