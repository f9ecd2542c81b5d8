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
from .cases import base_forms, primary_language

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


# The one-word Islamic months of CLDR (as ICU names them) in the Cyrillic languages that
# write them in lower case in a date (Russian ``рамадан``), while news capitalises one as
# a holy month (``В Рамадан``): there too a capital does not say "name". Not where CLDR
# capitalises them (Turkish ``Recep``, also a given name). Checked against ICU in the tests.
_HOLY_MONTHS = {
    "ru": "мухаррам сафар раджаб шаабан рамадан шавваль",
    "uk": "мухаррам сафар раджаб шаабан рамадан даввал",
    "bg": "мухарам сафар раджаб шабан рамазан",
    "mk": "мухарем сафар раџаб шабан рамадан шавал дулкида дулхиџа",
}
HOLY_MONTHS = {
    code: frozenset(fold(w) for w in words.split()) for code, words in _HOLY_MONTHS.items()
}


@lru_cache(maxsize=50_000)  # asked for each capitalised word a rule's name is found among
def is_holy_month(word: str, language: str | None) -> bool:
    """Whether ``word`` is one of HOLY_MONTHS in ``language``, in any of its cases
    (``Рамадана``, ``Рамадану``: a month declines as a noun)."""
    months = holy_months(language)
    if not months:
        return False
    return fold(word) in months or any(fold(f) in months for f, _ in base_forms(word, language))


def holy_months(language: str | None) -> frozenset[str]:
    """The folded HOLY_MONTHS of ``language`` (none for another language)."""
    return HOLY_MONTHS.get(primary_language(language), NO_WORDS)
