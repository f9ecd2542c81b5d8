"""Function words of a language (stopwords-iso lists): in a script without case (Arabic),
where no capital letter tells a name, they are never read as names (لولا "were it not
for" is not Lula).
"""

from __future__ import annotations

from functools import lru_cache

from stopwordsiso import has_lang, stopwords

from .cases import primary_language

# Arabic-script words of an article in a language without a list (or none) are read with
# Arabic's.
ARABIC = "ar"


@lru_cache(maxsize=256)  # bounded: an article's language tag is input
def arabic_function_words(language: str | None) -> frozenset[str]:
    """The function words an Arabic-script word of an article in ``language`` may be."""
    code = primary_language(language)
    return frozenset(stopwords(code if code and has_lang(code) else ARABIC))
