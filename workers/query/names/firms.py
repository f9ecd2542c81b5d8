"""Firms named by people joined with an ampersand: ``Klöckner & Co``, ``Marks & Spencer``,
``Procter & Gamble``, ``Ernst & Young``.

An ampersand joins names into a firm's or a brand's; news joins two people with a word
("and", ``и``, ``و``). A word a name term finds only as another spelling, script or case
beside one is the firm's word, not the person's (the name as written still counts).
"""

from __future__ import annotations

from ..analysis import FieldText

_AMPERSAND = "&"


def names_a_firm(text: FieldText, position: int) -> bool:
    """Whether an ampersand stands between the word at ``position`` and the word before or
    after it (only white space besides): the word is a firm's (``Klöckner & Co``)."""
    starts, ends = text.starts, text.ends
    last = len(text.raw) - 1
    after = position < last and _joins(text.text[ends[position] : starts[position + 1]])
    return after or (position > 0 and _joins(text.text[ends[position - 1] : starts[position]]))


def _joins(between: str) -> bool:
    """Whether ``between`` (the text between two words) is an ampersand in white space."""
    return between.strip() == _AMPERSAND
