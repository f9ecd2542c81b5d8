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
    field's words at a time in one C-level pass (``map(table.get, words)``), most of them
    found. Bounded: a table is emptied at ``max_words`` words, all tables at
    ``max_languages`` tables (an article's language tag is input)."""

    def __init__(
        self, max_words: int = MAX_CACHED_WORDS, max_languages: int = MAX_CACHED_LANGUAGES
    ) -> None:
        self.tables: dict[tuple[str | None, str], dict[str, Keys]] = {}
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
        table = self.tables.get((language, cases))
        if table is None:
            if len(self.tables) >= self.max_languages:
                self.tables.clear()
            table = self.tables[(language, cases)] = {}
        held = list(map(table.get, words))
        if None in held:  # words no article has offered yet
            for i, keys in enumerate(held):
                if keys is None:
                    if len(table) >= self.max_words:
                        table.clear()
                    held[i] = table[words[i]] = missing(words[i])
        return cast("list[Keys]", held)
