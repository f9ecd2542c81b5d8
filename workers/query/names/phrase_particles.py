"""Arabic particles a name term of several words writes capitalised, as words of their own
(``"Al Baker"``, ``"Abu Obeida"``, ``"Ibn Saud"``), as articles write them.

A capitalised particle before the name's next word is kept in the name (see
compile.particles_before_a_name: only a lower-case or hyphenated one is left out), so
``"Al Baker"`` never finds ``Baker`` alone (James Baker). Other languages write such a
particle their own way, which its keys as a name do not reach:

- the article in lower case, in Cyrillic and Greek hyphenated or not (``аль-Бакер``, ``ал
  Бакер``, ``эль-Сиси``, ``αλ-Σίσι``), in Latin hyphenated only (``al-Baker``), the Russian
  Эл of Al Gore, and Arabic joined to the next word (``الباكر``, ``للباكر``, ``والباكر``: see
  compile._article_joined);
- "father of" as Turkish writes it (``Ebu Ubeyde``), Arabic in its cases (``أبو``, ``أبي``,
  ``أبا``: keyed);
- "son of" in lower case (``ибн Сауд``, ``бин Салман``), and in French (``ben Salmane``).

A term may write "son of" and "father of" in lower case too (``"bin Mubarak"``): it is kept
in the name and found so as well (see KINSHIP).

A word written so stands for the particle in any case, only beside the name's next word
(a phrase needs every word), and the rule index does not ask for it. The name's other
words are read as an Arabic name's: an opening o before a consonant also as u, as the
other scripts write ʿu (``Obeida`` = ``Убейда`` = ``Ουμπάιντα`` = ``Ubeyde``), and a final a
also as ة, whatever the name's length (``عبيدة``; see phonetic._marbuta).
"""

from __future__ import annotations

import re
from functools import lru_cache

from .forms import HeldKeys, held, phrase_word_keys
from .function_words import ARABIC_KEY
from .phonetic import arabic_keys
from .universe import RULE_KEYS

HYPHENATED = "-"  # opens a spelling that stands for the particle only before a hyphen

# Latin writes the article in lower case before a name with a hyphen (``al-Baker``):
# without one, Spanish and Italian al and el are "to the" and "the" (``viajó al Sabah``).
_ARTICLE = f"{HYPHENATED}al {HYPHENATED}el ал аль эль ель эл αλ ελ"
_FATHER_OF = "abu abou ebu абу αμπου أبو وأبو لأبو"
# Latin ben is French "son of" (``ben Salmane``); Arabic writes a conjunction or li onto it.
_SON_OF = "bin ibn ben бин бін ибн ібн бен μπιν ιμπν μπεν بن ابن وبن لبن وابن لابن"
_DAUGHTER_OF = "bint бинт бінт μπιντ بنت وبنت لبنت"
# Each particle a term may write capitalised, with the folded spellings that stand for it.
_SPELLINGS = {
    "al": frozenset(_ARTICLE.split()),
    "el": frozenset(_ARTICLE.split()),
    "abu": frozenset(_FATHER_OF.split()),
    "abou": frozenset(_FATHER_OF.split()),
    "bin": frozenset(_SON_OF.split()),
    "ibn": frozenset(_SON_OF.split()),
    "ben": frozenset(_SON_OF.split()),
    "bint": frozenset(_DAUGHTER_OF.split()),
}
# The kinship particles a term may also write in lower case (``"bin Mubarak"``, ``"abu
# Ali"``): kept in the name, unlike a lower-case article or von, since "son of X" is
# another person than X (``bin Salman`` is not King Salman); found as spelled above.
KINSHIP = frozenset(("bin", "ibn", "ben", "bint", "abu", "abou"))
ARTICLES = frozenset(("al", "el"))  # the ones Arabic joins to the next word


def spelling(written: str) -> tuple[str, bool]:
    """A spelling of _SPELLINGS as a folded word, and whether it must be hyphenated to the
    next word."""
    word = written.removeprefix(HYPHENATED)
    return word, word != written


def phrase_particles(words: list[str]) -> tuple[frozenset[str], ...]:
    """For each of a name term's kept ``words``, the folded spellings that stand for it if
    it is a capitalised Arabic particle before another of them (see the module), else an
    empty set; () if none is."""
    found = tuple(
        _SPELLINGS.get(word.lower(), frozenset())
        if i + 1 < len(words) and _written_as_particle(word) and words[i + 1][:1].isupper()
        else frozenset()
        for i, word in enumerate(words)
    )
    return found if any(found) else ()


def _written_as_particle(word: str) -> bool:
    """Whether a term's ``word`` may be a particle of _SPELLINGS: capitalised (but Ben, a
    given name: Ben Stokes), or a kinship one in lower case (see KINSHIP)."""
    if word in KINSHIP:
        return True
    return word[:1].isupper() and word.lower() not in _GIVEN_NAMES


_GIVEN_NAMES = frozenset(("ben",))


# "Father of" in the accusative, which Arabic writes after inna and as a verb's object
# (``إن أبا عبيدة``): the nominative أبو and the genitive أبي are its keys as a name.
_FATHER_OF_ACCUSATIVE = "أبا"
_FATHERS = frozenset(("abu", "abou"))


@lru_cache(maxsize=4)
def _accusative_keys() -> frozenset[str]:
    return frozenset(f"{ARABIC_KEY}{k}" for k in arabic_keys(_FATHER_OF_ACCUSATIVE))


def particle_word_keys(word: str, keys: HeldKeys) -> HeldKeys:
    """``keys`` of the particle ``word`` (see phrase_particles), with those of Abu's
    accusative (see above) if it is Abu and is keyed in Arabic."""
    if word.lower() not in _FATHERS or not any(k.startswith(ARABIC_KEY) for k in keys):
        return keys
    more = _accusative_keys()
    if more.issubset(keys):
        return keys
    RULE_KEYS.note(more)
    return held(more.union(keys))


# An opening o before a consonant (not ou, already u): Arabic's ʿu, which Cyrillic, Greek
# and Turkish write u (Obeida = Убейда, Othman = Усман).
_OPENING_O = re.compile("^[Oo](?=[b-df-hj-np-tv-z])")
_MARBUTA_KEY = "h"  # how an Arabic key writes ة (and a final ه)
_ALEF_KEY = "a"  # how an Arabic key writes a final alef


def arabic_name_keys(word: str, keys: HeldKeys, policy: str) -> HeldKeys:
    """``keys`` (of ``word``, a word of a name term holding an Arabic particle) with the
    readings of an Arabic name (see the module); ``keys`` itself if they add none."""
    if not keys:
        return keys
    more: set[str] = set()
    if _OPENING_O.match(word):
        said_u = phrase_word_keys("U" + word[1:], policy)
        more.update(k for k in said_u if not k.startswith(ARABIC_KEY))
    if word[-1:].lower() in ("a", "e"):
        more.update(
            k[: -len(_ALEF_KEY)] + _MARBUTA_KEY
            for k in keys
            if k.startswith(ARABIC_KEY) and k.endswith(_ALEF_KEY)
        )
    if more.issubset(keys):
        return keys
    RULE_KEYS.note(more)
    return held(more.union(keys))
