"""A bounded cache, shared across articles, of article words' keys per language and cases
(the full keys in :mod:`.forms`, the keys cut to the rules' in :mod:`.universe`)."""

from __future__ import annotations

from collections.abc import Callable
from typing import cast

Keys = frozenset[str]
MAX_CACHED_WORDS = 100_000
MAX_CACHED_LANGUAGES = 64


class WordKeyTables:
    """Per (language, cases): each word's keys, remembered across articles. Looked up a
    field's words at a time: in order, in one C-level pass (:meth:`lookup`), or as the
    few words with keys, by two set operations (:meth:`keyed`). Bounded: a table is
    emptied at ``max_words`` words, all tables at ``max_languages`` tables (an article's
    language tag is input)."""

    def __init__(
        self, max_words: int = MAX_CACHED_WORDS, max_languages: int = MAX_CACHED_LANGUAGES
    ) -> None:
        self.tables: dict[tuple[str | None, str], dict[str, Keys]] = {}
        # Per table, its words with keys (most words have none): see :meth:`keyed`.
        self.with_keys: dict[tuple[str | None, str], dict[str, Keys]] = {}
        self.max_words = max_words
        self.max_languages = max_languages

    def emptied(self) -> WordKeyTables:
        """A new, empty cache with the same bounds."""
        return WordKeyTables(self.max_words, self.max_languages)

    def lookup(
        self,
        words: list[str],
        language: str | None,
        cases: str,
        missing: Callable[[str], Keys],
    ) -> list[Keys]:
        """The keys of each of ``words``, in order; ``missing(word)`` for a word not held
        yet (then remembered)."""
        table, keyed = self._tables(language, cases)
        held = list(map(table.get, words))
        if None in held:  # words no article has offered yet
            for i, keys in enumerate(held):
                if keys is None:
                    held[i] = _add(table, keyed, words[i], missing(words[i]), self.max_words)
        return cast("list[Keys]", held)

    def keyed(
        self,
        words: set[str],
        language: str | None,
        cases: str,
        missing: Callable[[str], Keys],
    ) -> list[tuple[str, Keys]]:
        """The words of ``words`` that have keys, with them (``missing`` as in :meth:`lookup`).
        Two C-level set operations over the words, none per word: the words not held yet
        (few, past the first articles), and the few holding keys."""
        table, keyed = self._tables(language, cases)
        found = [(word, keyed[word]) for word in keyed.keys() & words]  # before any is added
        fresh = words.difference(table)
        for word in fresh:  # (a full table is emptied on the way: ``found`` holds its own)
            keys = _add(table, keyed, word, missing(word), self.max_words)
            if keys:
                found.append((word, keys))
        return found

    def _tables(self, language: str | None, cases: str) -> tuple[dict[str, Keys], dict[str, Keys]]:
        """The table of (``language``, ``cases``) and its words with keys."""
        table = self.tables.get((language, cases))
        if table is None:
            if len(self.tables) >= self.max_languages:
                self.tables.clear()
                self.with_keys.clear()
            table = self.tables[(language, cases)] = {}
            self.with_keys[(language, cases)] = {}
        return table, self.with_keys[(language, cases)]


def _add(table: dict[str, Keys], keyed: dict[str, Keys], word: str, keys: Keys, bound: int) -> Keys:
    """Hold ``word``'s ``keys`` (a table at ``bound`` words is emptied first, with its words
    with keys)."""
    if len(table) >= bound:
        table.clear()
        keyed.clear()
    table[word] = keys
    if keys:
        keyed[word] = keys
    return keys
