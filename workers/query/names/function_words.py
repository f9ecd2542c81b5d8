"""Function words of a language (stopwords-iso lists): in a script without case (Arabic),
where no capital letter tells a name, they are never read as names (لولا "were it not
for" is not Lula).
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache
from typing import TYPE_CHECKING

from stopwordsiso import has_lang, stopwords

from ..text import fold
from .cases import primary_language
from .phonetic import arabic_keys, without_marks
from .prepositions import PREPOSITIONS

if TYPE_CHECKING:  # analysis imports the names package (a cycle at run time)
    from ..analysis import FieldText

# Languages written in Arabic script; an Arabic-script word of an article in another
# language (a quote), or in one without a list, is read with Arabic's.
ARABIC = "ar"
ARABIC_KEY = "Arab:"  # the prefix of a name key in Arabic script (see forms)
ARABIC_SCRIPT = frozenset({"ar", "fa", "ur", "ps", "ckb", "ku", "sd", "ug"})


@lru_cache(maxsize=256)  # bounded: an article's language tag is input
def arabic_function_words(language: str | None) -> frozenset[str]:
    """The function words an Arabic-script word of an article in ``language`` may be."""
    code = primary_language(language)
    words = stopwords(code if code in ARABIC_SCRIPT and has_lang(code) else ARABIC)
    # Some are written with their short vowels (لَكِنَّ); an article's words rarely are,
    # and their keys are read without them.
    return frozenset(without_marks(w) for w in words)


@lru_cache(maxsize=256)  # bounded: an article's language tag is input
def _function_word_keys(language: str | None) -> dict[str, frozenset[str]]:
    """Each function word of ``language`` with the name keys it would have as a name."""
    return {
        word: frozenset(f"{ARABIC_KEY}{k}" for k in arabic_keys(word))
        for word in arabic_function_words(language)
    }


@lru_cache(maxsize=256)  # bounded: an article's language tag is input
def arabic_function_keys(language: str | None) -> frozenset[str]:
    """The name keys the function words of ``language`` would have as names: a word of a
    rule's name of several sharing one may be written as a function word (see matcher)."""
    return frozenset().union(*_function_word_keys(language).values())


def function_word_positions(
    text: FieldText, keys: Iterable[str], language: str | None
) -> list[int]:
    """Positions of ``text``'s Arabic function words whose keys as a name meet ``keys``
    (none where ``keys`` meet no function word's: the usual case)."""
    if arabic_function_keys(language).isdisjoint(keys):
        return []
    keyed = _function_word_keys(language)
    found: list[int] = []
    for word in set(text.raw):
        held = keyed.get(without_marks(word))
        if held is not None and not held.isdisjoint(keys):
            found.extend(text.positions(fold(word)))
    return found


@lru_cache(maxsize=256)  # bounded: an article's language tag is input
def _cased_function_words(language: str | None) -> frozenset[str]:
    """The function words of ``language`` (folded) where it is written in a cased script;
    none for Arabic script (see arabic_function_words) or a language without a list."""
    code = primary_language(language)
    if not code or code in ARABIC_SCRIPT or not has_lang(code):
        return frozenset()
    return frozenset(fold(w) for w in stopwords(code))


def is_cased_function_word(word: str, language: str | None) -> bool:
    """Whether ``word`` is a function word of ``language`` (see _cased_function_words) or
    one of its commonest prepositions (see prepositions: Ukrainian ``В``, ``На``)."""
    folded = fold(word)
    code = primary_language(language)
    return folded in _cased_function_words(language) or folded in PREPOSITIONS.get(code, ())


def capitalised_function_words(
    text: FieldText, positions: list[int], language: str | None
) -> list[int]:
    """The ``positions`` (found through a name's keys) whose word is a function word of the
    article's language, capitalised where any word may be: ``Un accord…`` (Aoun), ``Ieri
    il governo…`` (Jeri), ``Beiden Seiten…`` (Biden). A closed class, read as a name only
    where the article names the person elsewhere (see matcher)."""
    words = _cased_function_words(language)
    if not words:
        return []
    raw = text.raw
    return [p for p in positions if fold(raw[p]) in words]
