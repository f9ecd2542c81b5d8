"""Readings of a term as another country's own spelling writes the same name.

- Armenian: Eastern Armenian (Armenia's own transliteration, Russian) writes a -yan name
  with no vowel where the Western diaspora (French, Greek, Arabic, Turkish press) keeps the
  given name's i: Sargsyan = Sarkissian = Sarkisyan = Σαρκισιάν = سركيسيان, Mkrtchyan =
  Mkrtichian; Western Armenian says that given name's g before s as k.
- Belarusian: a name Russian spells with an unstressed o, Belarusian writes with a (akanye),
  and Polish and Lithuanian take the Belarusian spelling: Protasevich = Pratasevich =
  Pratasiewicz = Pratasevičius.
"""

from __future__ import annotations

import re
from itertools import combinations

# A -yan name whose sibilant before -yan (s, z, ch, sh, zh, ts, dz: the close of a given
# name, Sargis, Mkrtich) follows a consonant: Western spellings put an i between the two.
_ARMENIAN_CLUSTER = re.compile(r"(?<=[bcdfgjklmnpqrstvxz])(ch|sh|zh|ts|dz|[sz])yan$")


def armenian_western(term: str) -> tuple[str, ...]:
    """``term`` (lower case) with an i before the sibilant that closes a cluster before
    -yan (``sargisyan``), a g before it also as k (``sarkisyan``); () for another term."""
    lowered = term.lower()
    found = _ARMENIAN_CLUSTER.search(lowered) if lowered.isascii() else None
    if found is None:
        return ()
    start = found.start()
    with_i = lowered[:start] + "i" + lowered[start:]
    if lowered[start - 1] != "g":
        return (with_i,)
    return (with_i, with_i[: start - 1] + "k" + with_i[start:])


# A Russian-spelled surname of a Belarusian -vich (Protasevich, Bogdanovich): Belarusian
# writes its unstressed o's before the ending as a, and which o is unstressed only the
# stress tells, so each o (at most three) is read either way.
_BELARUSIAN_VICH = re.compile(r"[eo]vich$")
_BE_MAX_OS = 3


def belarusian_akanye(term: str) -> tuple[str, ...]:
    """``term`` (lower case) with one or more of its o's before a final -evich or -ovich
    written a (``pratasevich``), or () for another term."""
    lowered = term.lower()
    found = _BELARUSIAN_VICH.search(lowered) if lowered.isascii() else None
    if found is None:
        return ()
    stem = lowered[: found.start()]
    inner = [i for i, letter in enumerate(stem) if letter == "o"][:_BE_MAX_OS]
    return tuple(
        "".join("a" if i in chosen else letter for i, letter in enumerate(stem))
        + lowered[found.start() :]
        for count in range(1, len(inner) + 1)
        for chosen in combinations(inner, count)
    )
