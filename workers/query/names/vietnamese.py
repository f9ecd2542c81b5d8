"""Vietnamese names as Russian, Ukrainian and Bulgarian write them.

Cyrillic spells a Vietnamese name by its northern sound, not its letters: tr is said ch
(``Trong`` = ``Чонг``, ``Truong`` = ``Чыонг``, ``Tran`` = ``Чан``), s is said sh (``Sang``
= ``Шанг``, ``Sinh`` = ``Шинь``) and d is said z (``Dung`` = ``Зунг``, ``Duong`` =
``Зыонг``). These readings apply to the words of a name term of several whose first word is a
Vietnamese family name and whose every word is one Vietnamese syllable (``"Nguyen Phu
Trong"``), never to a word alone: read so, any s would be sh.
"""

from __future__ import annotations

import re

from .surname_first import VIETNAMESE_SURNAMES

# One Vietnamese syllable typed without marks: an initial, a vowel group, a final.
_SYLLABLE = re.compile(
    "(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnprstvx])?[aeiouy]{1,3}(?:ch|ng|nh|[cmnpt])?",
    re.IGNORECASE,
)
# A syllable's first letters and how Cyrillic hears them.
_INITIALS: tuple[tuple[str, str], ...] = (("tr", "ch"), ("s", "sh"), ("d", "z"))


def vietnamese_name(words: list[str]) -> bool:
    """Whether ``words`` (a name term's words) are a Vietnamese name: a Vietnamese family
    name, then more, each word one Vietnamese syllable."""
    return (
        len(words) > 1
        and words[0].casefold() in VIETNAMESE_SURNAMES
        and all(_SYLLABLE.fullmatch(word) for word in words)
    )


def vietnamese_spellings(word: str) -> tuple[str, ...]:
    """The Latin spelling of a Vietnamese name's ``word`` (lower case) as Cyrillic hears its
    first letters (``trong``: ``chong``), or none for a word without such an initial."""
    lowered = word.lower()
    for initial, heard in _INITIALS:
        if lowered.startswith(initial) and not lowered.startswith("dz"):
            return (heard + lowered[len(initial) :],)
    return ()
