"""A name's dative opening a sentence: verbs of lacking, liking and happening put their
person first in the dative (``Тянаку не хватило``, ``Tänakovi chybělo``, ``Porziņģim šis
ir``), followed by its verb. Such an opener counts as the name when the language writes the
word too rarely to be an ordinary one (see openers.may_be_ordinary: ``Миру нужен мир`` is
a frequent word's dative; but an East Slavic one frequent as a famous name's, without a
dative plural, is the name: ``Джонсону пришлось``) and no preposition follows it: an
ordinary noun's dative opening a sentence is often qualified so (``Детям до 16 лет``), a
name's goes on with its verb.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from functools import lru_cache

from .cases import primary_language
from .forms import DATIVE_ONLY, article_keys
from .openers import may_be_ordinary
from .prepositions import PREPOSITIONS
from .word_frequencies import frequent_words


def rare_dative(
    word: str, following: Sequence[str], wanted: Iterable[str], language: str | None
) -> bool:
    """Whether the sentence opener ``word``, followed by the words ``following`` (one or
    two), reads as ``wanted`` in the dative, is no word ``language`` writes often and the
    word after it is no preposition."""
    primary = primary_language(language)
    prepositions = PREPOSITIONS.get(primary)
    first = following[0].lower()
    if prepositions is None or (
        first in prepositions and not _reflexive(first, following, primary)
    ):
        return False
    if article_keys(word, language, DATIVE_ONLY).isdisjoint(wanted):
        return False
    return not may_be_ordinary(word, language) or _no_plural(word, primary)


# The dative plural endings of the East Slavic nouns (детям, паркам, маскам). A frequent
# word in the dative singular may be frequent only as a famous name (Джонсону 2.6, Путину
# 4.2 on the Zipf scale): an ordinary noun has a plural, which the language writes too
# (Миру: мирам; Парку: паркам; Маску, the accusative "mask": маскам); a surname hardly
# ever (Джонсонам, Путинам: not in wordfreq's lists).
_PLURAL_DATIVES = {"ru": ("ам", "ям"), "uk": ("ам", "ям"), "be": ("ам", "ям")}
# The singular dative endings of a noun whose plural is looked for: a masculine's у or ю
# (Джонсону), a feminine's е (Обаме, from Обама); an adjective's ому, ему is no noun's.
_SINGULAR_DATIVES = ("у", "ю", "е")
_ADJECTIVE_DATIVES = ("ому", "ему", "ой", "ей")
_LEAST_STEM = 3  # letters of a stem: shorter words (Ли, Ну) are left to the frequency test


def _no_plural(word: str, language: str) -> bool:
    """Whether ``word``, a noun in a dative singular (see above) of ``language``, has no
    dative plural the language writes (wordfreq's long list)."""
    endings = _PLURAL_DATIVES.get(language)
    lower = word.lower()
    if (
        endings is None
        or not lower.endswith(_SINGULAR_DATIVES)
        or lower.endswith(_ADJECTIVE_DATIVES)
    ):
        return False
    stem = lower[:-1]
    if len(stem) < _LEAST_STEM:
        return False
    written = _plural_datives(language)
    return all(stem + ending not in written for ending in endings)


@lru_cache(maxsize=4)
def _plural_datives(language: str) -> frozenset[str]:
    """The words of ``language``'s long wordfreq list (Zipf 1 and over) that end in one of
    its dative plural endings (see _PLURAL_DATIVES): some thousands."""
    endings = _PLURAL_DATIVES[language]
    buckets = frequent_words(language, 0.0, ("large", "small"))
    return frozenset(w for _, words in buckets for w in words if w.endswith(endings))


# Czech se is the reflexive pronoun of the verbs that put their person in the dative
# (Tänakovi se nepodařilo, "Tänak did not manage") as well as the preposition s, which is
# written se only before a sibilant or two consonants (se Skotskem, se mnou, se psem).
_REFLEXIVES = {"cs": "se"}
_SE_PREPOSITION = re.compile("[szšž]|[^aáeéěiíoóuúůyý][^aáeéěiíoóuúůyý]")


def _reflexive(first: str, following: Sequence[str], language: str) -> bool:
    """Whether ``first`` is the reflexive pronoun: a word that is one in ``language``, its
    next word not one the preposition is written before."""
    if _REFLEXIVES.get(language) != first or len(following) < 2:
        return False
    return _SE_PREPOSITION.match(following[1].lower()) is None
