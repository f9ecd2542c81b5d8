"""Language identification and multilingual stop-word lists, both offline.

py3langid ships its model inside the wheel (no download at run time); jusText ships stop-word
lists for about 100 languages, which the text-drop cleaner uses to tell prose from menus.
"""

from __future__ import annotations

import re
import threading
from functools import lru_cache
from itertools import islice

import justext  # ships no type hints
import py3langid  # ships no type hints

# ISO 639-1 code -> jusText stop-list name (only languages jusText ships).
_STOPLIST_NAMES: dict[str, str] = {
    "af": "Afrikaans", "ar": "Arabic", "az": "Azerbaijani", "be": "Belarusian",
    "bg": "Bulgarian", "bn": "Bengali", "bs": "Bosnian", "ca": "Catalan", "cs": "Czech",
    "cy": "Welsh", "da": "Danish", "de": "German", "el": "Greek", "en": "English",
    "eo": "Esperanto", "es": "Spanish", "et": "Estonian", "eu": "Basque", "fa": "Persian",
    "fi": "Finnish", "fr": "French", "ga": "Irish", "gl": "Galician", "he": "Hebrew",
    "hi": "Hindi", "hr": "Croatian", "hu": "Hungarian", "hy": "Armenian", "id": "Indonesian",
    "is": "Icelandic", "it": "Italian", "ka": "Georgian", "kk": "Kazakh", "ko": "Korean",
    "ky": "Kyrgyz", "la": "Latin", "lb": "Luxembourgish", "lt": "Lithuanian", "lv": "Latvian",
    "mk": "Macedonian", "ml": "Malayalam", "mr": "Marathi", "ms": "Malay", "mt": "Maltese",
    "nb": "Norwegian_Bokmal", "ne": "Nepali", "nl": "Dutch", "nn": "Norwegian_Nynorsk",
    "no": "Norwegian_Bokmal", "pl": "Polish", "pt": "Portuguese", "ro": "Romanian",
    "ru": "Russian", "sk": "Slovak", "sl": "Slovenian", "sq": "Albanian", "sr": "Serbian",
    "sv": "Swedish", "sw": "Swahili", "ta": "Tamil", "te": "Telugu", "tl": "Tagalog",
    "tr": "Turkish", "uk": "Ukrainian", "ur": "Urdu", "uz": "Uzbek", "vi": "Vietnamese",
}  # fmt: skip

# Too little text makes any guess a coin toss; below this we answer None.
_MIN_LETTERS = 20
# py3langid is not thread-safe while it lazily loads its model.
_LOAD_LOCK = threading.Lock()
_LETTER = re.compile(r"[^\W\d_]")


def detect_language(text: str) -> str | None:
    """Guess the ISO 639-1 code of ``text``, or None when there is too little text to tell."""
    sample = text[:1500]
    if not _has_letters(sample, _MIN_LETTERS):
        return None
    with _LOAD_LOCK:
        code, _score = py3langid.classify(sample)
    return str(code)


def _has_letters(text: str, count: int) -> bool:
    """Whether ``text`` holds at least ``count`` letters (stops counting once it does)."""
    return len(list(islice(_LETTER.finditer(text), count))) >= count


@lru_cache(maxsize=64)
def stopwords(language: str | None) -> frozenset[str]:
    """Case-folded stop words for ``language``; empty when the language has no list."""
    name = _STOPLIST_NAMES.get(language or "")
    if name is None:
        return frozenset()
    return frozenset(word.casefold() for word in justext.get_stoplist(name))
