"""The article side: which words of a field read as names, and the keys an article offers."""

from __future__ import annotations

import re
from functools import lru_cache

from ..text import fold
from .cases import declines
from .forms import ALL_CASES, NO_CASES, NOMINATIVE, article_keys, is_name

_ARABIC_FIRST, _ARABIC_LAST = "\u0600", "\u06ff"


class FieldNames:
    """The words of one field that read as names (capitalised, or Arabic), with positions.

    Built from the field's distinct words and postings, so its cost grows with the field's
    vocabulary, not its length; lookups of one rule word's keys are remembered per field.
    A word found only at the start of sentences is read in the nominative only (a Lithuanian
    ``Lavrovas``), not as an inflected form: there a capital letter does not say "name"
    (``Путина на Амуре…`` is the fishing season), and news sentences rarely open with a
    name in an oblique case.
    """

    def __init__(self, text: str, raw: list[str], postings: dict[str, list[int]]) -> None:
        self.words: dict[str, list[int]] = {}
        for word in set(raw):
            first = word[:1]
            if (first.isupper() or _ARABIC_FIRST <= first <= _ARABIC_LAST) and _is_name(word):
                self.words[word] = [p for p in postings[fold(word)] if raw[p] == word]
        self._text = text
        self._found: dict[tuple[frozenset[str], str], list[int]] = {}
        self._keys: dict[str, dict[str, frozenset[str]]] = {}
        self._by_key: dict[str, dict[str, list[str]]] = {}

    def word_keys(self, language: str | None) -> dict[str, frozenset[str]]:
        """The name keys of each of this field's name words in ``language``."""
        found = self._keys.get(language or "")
        if found is None:
            found = self._keys[language or ""] = self._word_keys(language)
        return found

    def _word_keys(self, language: str | None) -> dict[str, frozenset[str]]:
        if not declines(language):
            return {w: article_keys(w, language, NO_CASES) for w in self.words}
        openers = _only_openers(self._text, self.words)
        return {
            w: article_keys(w, language, NOMINATIVE if w in openers else ALL_CASES)
            for w in self.words
        }

    def keys(self, language: str | None) -> set[str]:
        """Every name key of this field's name words in ``language``."""
        keys: set[str] = set()
        for word_keys in self.word_keys(language).values():
            keys.update(word_keys)
        return keys

    def positions(self, wanted: frozenset[str], language: str | None) -> list[int]:
        """Positions of the name words sharing a key with ``wanted`` (unsorted)."""
        memo = (wanted, language or "")
        found = self._found.get(memo)
        if found is None:
            inverted = self._inverted(language)
            if len(wanted) < len(inverted):
                words = {w for k in wanted if k in inverted for w in inverted[k]}
            else:
                words = {w for k, ws in inverted.items() if k in wanted for w in ws}
            found = self._found[memo] = [p for w in words for p in self.words[w]]
        return found

    def _inverted(self, language: str | None) -> dict[str, list[str]]:
        """Name key -> this field's words holding it, in ``language`` (built once)."""
        found = self._by_key.get(language or "")
        if found is None:
            found = self._by_key[language or ""] = {}
            for word, keys in self.word_keys(language).items():
                for key in keys:
                    found.setdefault(key, []).append(word)
        return found


@lru_cache(maxsize=100_000)
def _is_name(word: str) -> bool:
    return is_name(word)


_OPENER = re.compile(r"(?:^|[.!?…:;]\s+|\n\s*)[\"'«„“(\[-]*(\w+)")


def _only_openers(text: str, words: dict[str, list[int]]) -> frozenset[str]:
    """Name words of ``text`` whose every occurrence opens a sentence (or the field)."""
    counts: dict[str, int] = {}
    for match in _OPENER.finditer(text):
        word = match.group(1)
        if word in words:
            counts[word] = counts.get(word, 0) + 1
    return frozenset(w for w, n in counts.items() if n >= len(words[w]))
