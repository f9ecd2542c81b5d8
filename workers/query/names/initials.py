"""Latin sentence openers that begin with another sound than the name: ``Szansa na pokój``
and ``Šanca na postup`` (chance) are found for ``Jansa`` only through the French reading of
its J (zh), which no Polish or Slovak news gives a Slovenian name.

A word opening a sentence has a capital whatever it is, so there a foreign reading of the
term's first letter finds the language's own words. A Latin-script word found for a name
term only through keys whose first sound is none of the sounds the term's first letter has
as written (``J``: dzh or y; ``Z``: s-class, so ``Selenskyj`` keeps ``Zelensky``) is doubted
when it opens a sentence: it counts only where the article also names the person elsewhere
(see matcher). Inside a sentence its capital still says "name" and it counts. Languages
that respell every foreign name by its sound, Latin ones too (Serbian ``Đorđesku`` for
Georgescu, Latvian ``Žospēns`` for Jospin), give such openers as the name: not doubted.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache

from ..analysis import FieldText, Positions
from .capitals import opens_sentence
from .cases import primary_language
from .forms import article_keys
from .latin import readings, script
from .phonetic import WRITTEN, latin_keys

_LATIN = "Latn"
# Pinyin's x and q, which Latin news abroad spell by their sound (Czech ``Si`` for Xi): s or
# sh. A name seldom starts with either otherwise.
_PINYIN_INITIALS = {"x": frozenset("SX"), "q": frozenset("SX")}
_NONE: frozenset[str] = frozenset()
# Languages whose news respell Latin-script names too (see above): no opener doubted.
_RESPELLING = frozenset({"sr", "bs", "cnr", "lv", "lt", "sq", "az", "uz", "tk", "kk"})
_H = frozenset("G")  # the sound of an h (or kh, gh) said


def other_initial_openers(
    text: FieldText, positions: Positions, term: str, keys: Iterable[str], language: str | None
) -> list[int]:
    """The ``positions`` (found through the keys of the name word ``term``, folded) whose
    Latin-script word opens a sentence and meets ``keys`` only in keys of another first
    sound than ``term``'s as written."""
    if primary_language(language) in _RESPELLING:
        return []
    raw = text.raw
    return [
        p
        for p in positions
        if script(raw[p]) == _LATIN
        and opens_sentence(text, p)
        and not _same_initial(article_keys(raw[p], language).intersection(keys), term, raw[p])
    ]


def _same_initial(shared: frozenset[str], term: str, word: str) -> bool:
    """Whether any of the ``shared`` keys (``kind:key``) of the article's ``word`` and
    ``term`` starts with a first sound of ``term`` as written (no foreign reading of its
    letters)."""
    initials = _written_initials(term)
    if word[:1] in "Hh" and term[:1] != "h":
        # The word's h read silent (the French way) meeting a term of another first letter
        # read away too (German ``Hansa`` = Jansa read with a y): two readings away.
        initials = initials & _H
    # A key is its kind, a colon and its sounds; the colon is never a sound.
    return any(k.partition(":")[2][:1] in initials for k in shared)


@lru_cache(maxsize=4096)  # a rule's name words, asked for each doubtful opener
def _written_initials(term: str) -> frozenset[str]:
    """The first sounds of ``term``'s keys read as written (diacritics aside: WRITTEN), and
    a pinyin initial's sounds abroad."""
    written = {k[:1] for r in readings(term, None) for k in latin_keys(r, loose=WRITTEN)}
    return frozenset(written) | _PINYIN_INITIALS.get(term[:1], _NONE)
