"""A name's dative opening a sentence: verbs of lacking, liking and happening put their
person first in the dative (``Тянаку не хватило``, ``Tänakovi chybělo``, ``Porziņģim šis
ir``), followed by its verb. Such an opener counts as the name when the language writes the
word too rarely to be an ordinary one (see openers.may_be_ordinary: ``Миру нужен мир`` is
a frequent word's dative) and no preposition follows it: an ordinary noun's dative opening
a sentence is often qualified so (``Детям до 16 лет``), a name's goes on with its verb.
"""

from __future__ import annotations

from .cases import primary_language
from .forms import DATIVE_ONLY, article_keys
from .openers import may_be_ordinary
from .prepositions import PREPOSITIONS


def rare_dative(word: str, following: str, wanted: frozenset[str], language: str | None) -> bool:
    """Whether the sentence opener ``word``, followed by the word ``following``, reads as
    ``wanted`` in the dative, is no word ``language`` writes often and ``following`` is no
    preposition."""
    prepositions = PREPOSITIONS.get(primary_language(language))
    if prepositions is None or following.lower() in prepositions:
        return False
    return bool(wanted & article_keys(word, language, DATIVE_ONLY)) and not may_be_ordinary(
        word, language
    )
