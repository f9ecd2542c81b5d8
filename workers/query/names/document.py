"""The article side: which words of a field read as names, and the keys an article offers."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache
from itertools import filterfalse
from typing import cast

from ..text import fold
from .cases import declines
from .forms import (
    ALL_CASES,
    NO_CASES,
    NOMINATIVE,
    article_keys,
    is_name,
    remember_word_keys,
    word_key_table,
)


class FieldNames:
    """The words of one field that read as names (capitalised, or Arabic), with positions.

        Built from the field's distinct words, so its cost grows with the field's vocabulary, not
        its length; a word's keys come from a bounded table shared by all articles (see
    forms.word_key_table), its positions are
        found only for the words a rule asks for, and lookups of one rule word's keys are
        remembered per field. A word found only at the start of sentences is read in the
        nominative only (a Lithuanian ``Lavrovas``), not as an inflected form: there a capital
        letter does not say "name" (``Путина на Амуре…`` is the fishing season), and news
        sentences rarely open with a name in an oblique case. The rule index gets every word's
        keys in all cases (a superset); the opener check runs only for the words a rule finds.
    """

    def __init__(self, text: str, raw: list[str], postings: dict[str, list[int]]) -> None:
        # The distinct words that may be names: all but the all-lower-case ones (capitalised,
        # Arabic, and digits, whose keys are empty), found by a C-level filter; the only
        # words whose keys are looked up.
        self._capitals = list(filterfalse(str.islower, set(raw)))
        self._words: frozenset[str] | None = None
        self._raw = raw
        self._postings = postings
        self._where: dict[str, list[int]] = {}
        self._openers: frozenset[str] | None = None
        self._text = text
        self._found: dict[tuple[frozenset[str], str], list[int]] = {}
        self._keys: dict[str, dict[str, frozenset[str]]] = {}
        self._all: dict[str, frozenset[str]] = {}
        self._by_key: dict[str, dict[str, list[str]]] = {}

    @property
    def words(self) -> frozenset[str]:
        """The distinct words of this field that read as names (see forms.is_name)."""
        if self._words is None:
            self._words = frozenset(w for w in self._capitals if _is_name(w))
        return self._words

    def word_keys(self, language: str | None) -> dict[str, frozenset[str]]:
        """The name keys each of this field's capitalised words may have in ``language``
        (none: not a name; all cases: a superset where a sentence opener is later read in
        the nominative only). Looked up in one C-level pass: it runs for every article."""
        found = self._keys.get(language or "")
        if found is None:
            cases = ALL_CASES if declines(language) else NO_CASES
            table = word_key_table(language, cases)
            words = self._capitals
            held = dict(zip(words, map(table.get, words), strict=True))
            if None in held.values():  # words no article has offered yet
                for word, keys in held.items():
                    if keys is None:
                        held[word] = remember_word_keys(table, word, language, cases)
            found = self._keys[language or ""] = cast("dict[str, frozenset[str]]", held)
        return found

    def add_keys(self, into: set[str], language: str | None) -> None:
        """Add every name key of this field's name words in ``language`` to ``into`` (the
        article's keys for the rule index; no per-field set is built)."""
        found = self._all.get(language or "")
        if found is not None:
            into |= found
        elif self._capitals:
            into.update(*filter(None, self.word_keys(language).values()))

    def keys(self, language: str | None) -> frozenset[str]:
        """Every name key of this field's name words in ``language`` (a superset of what
        :meth:`positions` finds; built once per language, when a rule asks)."""
        found = self._all.get(language or "")
        if found is None:
            found = self._all[language or ""] = frozenset().union(
                *filter(None, self.word_keys(language).values())
            )
        return found

    def positions(self, wanted: frozenset[str], language: str | None) -> list[int]:
        """Positions of the name words sharing a key with ``wanted`` (unsorted)."""
        memo = (wanted, language or "")
        found = self._found.get(memo)
        if found is None:
            shared = wanted & self.keys(language)  # usually empty: one C-level set test
            inverted = self._inverted(language) if shared else {}
            words = list({w for key in shared for w in inverted[key]})
            if words and declines(language):
                words = [w for w in words if self._as_name(w, wanted, language)]
            found = self._found[memo] = [p for w in words for p in self.where(w)]
        return found

    def _inverted(self, language: str | None) -> dict[str, list[str]]:
        """Name key -> this field's words holding it, in ``language`` (built once, when a
        rule first shares a key with the field)."""
        found = self._by_key.get(language or "")
        if found is None:
            found = self._by_key[language or ""] = {}
            for word, keys in self.word_keys(language).items():
                for key in keys:
                    found.setdefault(key, []).append(word)
        return found

    def _as_name(self, word: str, wanted: frozenset[str], language: str | None) -> bool:
        """Whether ``word`` matches ``wanted`` once read as the sentence opener it may be:
        an opener only in its nominative (or possessive) form (checked only for the words
        a rule finds, so the sentence scan is rare)."""
        if wanted & article_keys(word, language, NOMINATIVE):
            return True
        if self._openers is None:
            self._openers = _only_openers(self._text, self.words, self.where)
        return word not in self._openers

    def where(self, word: str) -> list[int]:
        """Positions of the name word ``word`` as written (computed for the words asked)."""
        found = self._where.get(word)
        if found is None:
            raw = self._raw
            found = self._where[word] = [p for p in self._postings[fold(word)] if raw[p] == word]
        return found


@lru_cache(maxsize=100_000)
def _is_name(word: str) -> bool:
    return is_name(word)


# A sentence opener: after a sentence end (or a line break), or at the start of the text.
# The two patterns start with a character class or an anchor so that the regex engine skips
# ahead quickly (one pattern with ``^|`` in front is tried at every character).
_LEAD = r"[\"'«„“(\[-]*(\w+)"
_OPENER = re.compile(r"[.!?…:;\n]\s*" + _LEAD)
_FIRST = re.compile(_LEAD)
_ENDS = ".!?…:;"


def _only_openers(
    text: str, words: frozenset[str], where: Callable[[str], list[int]]
) -> frozenset[str]:
    """Name words of ``text`` whose every occurrence opens a sentence (or the field)."""
    counts: dict[str, int] = {}
    first = _FIRST.match(text)
    found = [first] if first else []
    for match in _OPENER.finditer(text):
        # ".x" needs whitespace after the end mark; a line break needs none.
        if match.group()[0] in _ENDS and not match.group()[1:2].isspace():
            continue
        found.append(match)
    for match in found:
        word = match.group(1)
        if word in words:
            counts[word] = counts.get(word, 0) + 1
    return frozenset(w for w, n in counts.items() if n >= len(where(w)))
