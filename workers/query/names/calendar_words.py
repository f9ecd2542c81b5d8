"""Month and weekday names, which some languages capitalise like names (``in May``, German
``im Mai``, ``on Monday``): there a capital letter does not say "name".

The words come from the CLDR data that Babel ships (wide month and day names, in both the
formatting and the stand-alone context), per article language. Only the words CLDR itself
writes with a capital, or in a script without case (Arabic), are kept: in a language that
writes its months in lower case (Russian ``мая``), a capitalised one is a name (``Мая``).
"""

from __future__ import annotations

from functools import lru_cache

from babel import Locale, UnknownLocaleError

from ..text import fold

NO_WORDS: frozenset[str] = frozenset()


@lru_cache(maxsize=256)  # bounded: an article's language tag is input
def calendar_words(language: str | None) -> frozenset[str]:
    """The folded month and weekday names ``language`` writes with a capital (none for an
    unknown language)."""
    try:
        locale = Locale.parse((language or "").replace("-", "_"))
    except (UnknownLocaleError, ValueError, TypeError):
        return NO_WORDS
    found: set[str] = set()
    for names in (locale.months, locale.days):
        for context in ("format", "stand-alone"):
            for word in names.get(context, {}).get("wide", {}).values():
                if not word[:1].islower():
                    found.add(fold(word))
    return frozenset(found)
