"""A name's dative opening a sentence: verbs of lacking, liking and happening put their
person first in the dative (``Тянаку не хватило``, ``Tänakovi chybělo``, ``Porziņģim šis
ir``), followed by its verb. Such an opener counts as the name when the language writes the
word too rarely to be an ordinary one (see openers.may_be_ordinary: ``Миру нужен мир`` is
a frequent word's dative) and no preposition follows it: an ordinary noun's dative opening
a sentence is often qualified so (``Детям до 16 лет``), a name's goes on with its verb.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from .cases import primary_language
from .forms import DATIVE_ONLY, article_keys
from .openers import may_be_ordinary
from .prepositions import PREPOSITIONS


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
    return not article_keys(word, language, DATIVE_ONLY).isdisjoint(wanted) and not may_be_ordinary(
        word, language
    )


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
