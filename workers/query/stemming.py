"""Snowball stemming per language, memoised per (language, word).

PyStemmer (the C Snowball build) is used when installed, else the pure-Python
``snowballstemmer``; without either, or for a language Snowball does not cover, a word is its
own stem (stemmed rules then behave like unstemmed ones). An article without a language is
stemmed as English, the service's main language.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import Any

DEFAULT_LANGUAGE = "english"

# ISO 639-1 codes to Snowball algorithm names.
_CODES = {
    "ar": "arabic", "hy": "armenian", "eu": "basque", "ca": "catalan", "cs": "czech",
    "da": "danish", "nl": "dutch", "en": "english", "eo": "esperanto", "et": "estonian",
    "fi": "finnish", "fr": "french", "de": "german", "el": "greek", "hi": "hindi",
    "hu": "hungarian", "id": "indonesian", "ga": "irish", "it": "italian", "lt": "lithuanian",
    "ne": "nepali", "no": "norwegian", "nb": "norwegian", "nn": "norwegian", "fa": "persian",
    "pl": "polish", "pt": "portuguese", "ro": "romanian", "ru": "russian", "sr": "serbian",
    "es": "spanish", "sv": "swedish", "ta": "tamil", "tr": "turkish", "yi": "yiddish",
}  # fmt: skip

Stem = Callable[[str], str]
MEMO_LIMIT = 500_000  # words per language before the memo starts over (bounds memory)
_bound: dict[str, Stem] = {}


def algorithm(language: str | None) -> str:
    """Snowball algorithm name for a language code or name (``en``, ``en-GB``, ``english``)."""
    if not language:
        return DEFAULT_LANGUAGE
    code = language.lower().replace("_", "-").split("-")[0]
    return _CODES.get(code, code)


def _load(name: str) -> Stem:
    """A stem function for the Snowball algorithm ``name``; identity if unavailable."""
    for module_name, factory in (("Stemmer", "Stemmer"), ("snowballstemmer", "stemmer")):
        try:
            module: Any = importlib.import_module(module_name)
            stemmer = getattr(module, factory)(name)
        except (ImportError, KeyError, ValueError):
            continue
        stem_word: Stem = stemmer.stemWord
        return stem_word
    return str


def _memoised(fn: Stem) -> Stem:
    memo: dict[str, str] = {}

    def bound(word: str) -> str:
        found = memo.get(word)
        if found is None:
            if len(memo) >= MEMO_LIMIT:
                memo.clear()
            found = memo[word] = fn(word)
        return found

    return bound


def stemmer(language: str | None) -> Stem:
    """The memoised stem function for ``language`` (one per Snowball algorithm)."""
    name = algorithm(language)
    found = _bound.get(name)
    if found is None:
        found = _bound[name] = _memoised(_load(name))
    return found


def stem(language: str | None, word: str) -> str:
    """Stem of the folded ``word`` in ``language``."""
    return stemmer(language)(word)
