"""Function words of a language (stopwords-iso lists): in a script without case (Arabic),
where no capital letter tells a name, they are never read as names (لولا "were it not
for" is not Lula).
"""

from __future__ import annotations

import re
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
    words = stopwords(code if code in ARABIC_SCRIPT and has_lang(code) else ARABIC)
    # Some are written with their short vowels (لَكِنَّ); an article's words rarely are,
    # and their keys are read without them.
    return frozenset(_ARABIC_MARKS.sub("", w) for w in words)


_ARABIC_MARKS = re.compile("[\u064b-\u065f\u0670\u0640]")
