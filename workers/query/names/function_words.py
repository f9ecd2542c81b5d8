"""Function words of a language (stopwords-iso lists): in a script without case (Arabic),
where no capital letter tells a name, they are never read as names (لولا "were it not
for" is not Lula).
"""

from __future__ import annotations

from functools import lru_cache

from stopwordsiso import has_lang, stopwords

from .cases import primary_language

# Languages written in Arabic script; an Arabic-script word of an article in another
# language (a quote), or in one without a list, is read with Arabic's.
ARABIC = "ar"
ARABIC_SCRIPT = frozenset({"ar", "fa", "ur", "ps", "ckb", "ku", "sd", "ug"})


@lru_cache(maxsize=256)  # bounded: an article's language tag is input
def arabic_function_words(language: str | None) -> frozenset[str]:
    """The function words an Arabic-script word of an article in ``language`` may be."""
    code = primary_language(language)
    return frozenset(stopwords(code if code in ARABIC_SCRIPT and has_lang(code) else ARABIC))
