"""A particle a name term capitalises before its name (``De Croo``, ``Le Maire``, ``Di Maio``)
found where an article writes it in lower case, as many do (``Alexander de Croo``, Russian
``Александр де Кроо``, Serbian ``де Кро``), and as Bulgarian writes a French le, de
(``Льо Мер``, ``Шарл дьо Гол``).

A lower-case particle counts only right before the name's next word (the term is a phrase).
In Latin script it counts as written, and not in a language where it is also a common word
(French, Spanish, Italian ``de``, ``di``, ``le``; German ``von``; Dutch ``van``): there
``le maire``, ``di Luca`` ("Luca's") are no name. Another script's counts by its name keys.
"""

from __future__ import annotations

from collections.abc import Collection
from functools import lru_cache

from stopwordsiso import has_lang, stopwords

from ..analysis import FieldText, Positions
from ..text import fold
from .cases import primary_language
from .forms import NO_CASES, HeldKeys, article_keys, phrase_word_keys
from .latin import script

# Bulgarian writes the French schwa of the particles le and de as ьо (Льо Пен, Шарл дьо
# Гол): those particles are also read so, for Cyrillic.
_BULGARIAN_SCHWA = {"le": "Lyo", "de": "Dyo"}
_CYRILLIC = ("Cyrl:", "Cyrl~:")
_LONGEST = 5  # letters of the longest particle as another script writes it (``делос``)
# English's stopword list holds French de and la, which English writes only in names.
_PARTICLES_NO_WORD = frozenset(("en",))


def schwa_keys(word: str, policy: str) -> HeldKeys:
    """Cyrillic keys of the particle ``word`` read with its French schwa as Bulgarian writes
    it (``Le`` = ``Льо``); none for another word."""
    said = _BULGARIAN_SCHWA.get(word.lower())
    if said is None:
        return ()
    return tuple(k for k in phrase_word_keys(said, policy) if k.startswith(_CYRILLIC))


@lru_cache(maxsize=256)  # bounded: an article's language tag is input
def _common_words(language: str | None) -> frozenset[str]:
    """The particles ``language`` also writes as common words (its stopwords), all of them
    for an unknown language."""
    primary = primary_language(language)
    if not primary or primary in _PARTICLES_NO_WORD:
        return frozenset() if primary else frozenset(("*",))
    return frozenset(stopwords(primary)) if has_lang(primary) else frozenset()


def lower_particles(
    text: FieldText, word: str, keys: Collection[str], language: str | None
) -> Positions:
    """Positions of ``text``'s lower-case words that are the particle ``word`` (folded,
    with its name ``keys``): as written in Latin script where ``language`` has no such
    common word, or in another script through a key (``де``, ``ντε``, ``льо``)."""
    common = _common_words(language)
    as_written = "*" not in common and word not in common
    found: list[int] = []
    for p, raw in enumerate(text.raw):
        if len(raw) > _LONGEST or not raw[:1].islower():
            continue
        if script(raw) == "Latn":
            if as_written and fold(raw) == word:
                found.append(p)
        elif not article_keys(raw, language, NO_CASES).isdisjoint(keys):
            found.append(p)
    return found
