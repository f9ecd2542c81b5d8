"""Known places of several words (``Коста-Рика``, ``Costa Rica``, ``São Paulo``): a word
inside one that a name term finds only as another spelling or script is the place's word,
not the person's (``Costa`` does not find the ``Коста`` of Costa Rica, but finds
``Кошта``, the Portuguese prime minister as Russian writes him).

The places come from the CLDR data that Babel ships: territory names and the exemplar
cities of time zones, in the article's language and in English (news in any language
writes foreign places the English way too), plus the cities named in time-zone identifiers
(``America/Buenos_Aires``) and capitals and meeting places neither names (``Ankara``). A
one-word place counts only as written, uninflected (Greek ``Παρίσι``, Paris, is not
``Parisi``; ``Χιλή``, Chile, is not ``Healey``): its inflected forms reach too many other
words, and the term's own spelling is never a place (``Jordan`` may be a rule's person).
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from typing import NamedTuple
from unicodedata import normalize

from babel import Locale, UnknownLocaleError
from babel.core import get_global

from ..text import fold, words
from .cases import RULES, declines, primary_language

Place = tuple[str, ...]
_ENGLISH = "en"
_KEY = 2  # letters a place's word keeps at least, inflected (Рика, Рики, Рикой, Риці)
_ENDING = 2  # letters an inflected form may change at the end (Африка, Африкой)
_LONGER = 2  # and add (Южная, Южному; not Рика, Рикардо)
_LONGEST = 6  # words: longer CLDR names are descriptions (``Бонэйр, Синт-Эстатиус и Саба``)


class PlaceTable(NamedTuple):
    """The places of a language and English, by each of their words as written (``exact``)
    and by the start an inflected form of the word keeps (``stems``)."""

    exact: dict[str, tuple[Place, ...]]
    stems: dict[str, tuple[Place, ...]]


def in_place(raw: Sequence[str], position: int, language: str | None) -> bool:
    """Whether the word at ``position`` of ``raw`` (a field's words as written) is a known
    one-word place or stands inside a place of several words in ``language`` or English
    (in a declining language, in any case: ``в Коста-Рике``; a lower-case word only with
    its last letter changed, see _same_word). Asked for each name found in another
    spelling, so it looks up only the places holding the word (a few dict probes), and
    remembers the answer for the words around it (rules sharing a name ask again)."""
    start = max(0, position - _LONGEST + 1)
    return _in_place(tuple(raw[start : position + _LONGEST]), position - start, language)


def one_word_place(word: str, language: str | None) -> bool:
    """Whether ``word`` (as written) is a known one-word place of ``language`` or English,
    as written (see the module's docstring): :func:`in_place` holds for it anywhere, so a
    name term never finds it through its keys and an article need not offer them."""
    folded = fold(word)
    code = primary_language(language)
    return (folded,) in place_table(code).exact.get(folded, ()) and _stressed_as_placed(word, code)


# Turkic languages join a case ending to a place's name without an apostrophe (Azerbaijani
# Türkiyəyə, to Turkey; Bakıda, in Baku): such a word is the one-word place in a case.
_JOINED_ENDINGS = frozenset(("az", "uz", "tk", "kk", "ky"))


def one_word_place_in_case(word: str, language: str | None) -> bool:
    """Whether ``word`` is a known one-word place of ``language`` (a Turkic one, see
    _JOINED_ENDINGS) with one of its case endings joined to it."""
    lang = primary_language(language)
    if lang not in _JOINED_ENDINGS:
        return False
    folded = fold(word)
    return any(
        one_word_place(folded[: -len(ending)], language)
        for ending, _, _ in RULES[lang]
        if len(folded) > len(ending) + _KEY and folded.endswith(fold(ending))
    )


@lru_cache(maxsize=4096)
def _in_place(raw: tuple[str, ...], position: int, language: str | None) -> bool:
    loose = declines(language)
    word = fold(raw[position])
    for place in _places_holding(place_table(primary_language(language)), word, loose):
        if len(place) == 1:  # as written only (see the module's docstring)
            if word == place[0] and _stressed_as_placed(raw[position], language):
                return True
            continue
        for i, part in enumerate(place):
            start = position - i
            if start < 0 or start + len(place) > len(raw) or not _same(word, part, loose):
                continue
            if all(_same_word(raw[start + j], other, loose) for j, other in enumerate(place)):
                return True
    return False


# Greek marks every word's stress, which tells words apart: Σαμάρα, the city Samara, is not
# Σαμαρά, the genitive of Samaras. A stressed one-word place counts only stressed so.
_STRESS_MARKED = frozenset({"el"})
_ACUTE = "\u0301"  # the tonos, decomposed


def _stressed_as_placed(written: str, language: str | None) -> bool:
    """Whether ``written``, a one-word place's word folded, bears the place's stress: any
    word in a language without stress marks, or written without one (``ΣΑΜΑΡΑ``)."""
    code = primary_language(language)
    if code not in _STRESS_MARKED:
        return True
    lowered = normalize("NFC", written.lower())
    return _ACUTE not in normalize("NFD", lowered) or lowered in _stressed_places(code)


@lru_cache(maxsize=8)  # asked only for the languages of _STRESS_MARKED
def _stressed_places(language: str) -> frozenset[str]:
    """The one-word places of ``language`` and English in lower case, with their marks."""
    names = (*_place_names(language), *_place_names(_ENGLISH))
    return frozenset(normalize("NFC", n.lower()) for n in names if " " not in n)


def _same_word(written: str, part: str, loose: bool) -> bool:
    """Whether the article's word as ``written`` is the place's ``part`` (see _same); a
    lower-case word only as a common noun's case changes a word, at its last letter
    (``островах``, ``ostrovech``): two letters change in a place's capitalised adjective
    (``Южному``), but as many make another word of a short part (``поручил`` is no
    ``Порто``)."""
    word = fold(written)
    if not written[:1].islower():
        return _same(word, part, loose)
    return _same(word, part, loose) and word.startswith(part[: max(_KEY, len(part) - 1)])


def _places_holding(table: PlaceTable, word: str, loose: bool) -> list[Place]:
    """The places with a part ``word`` may be (as written, or inflected if ``loose``)."""
    if not loose:
        return list(table.exact.get(word, ()))
    stems = table.stems
    return [place for k in range(_KEY, len(word) + 1) for place in stems.get(word[:k], ())]


def _same(word: str, part: str, loose: bool) -> bool:
    """Whether ``word`` is the place's ``part``, or (``loose``) an inflected form of it:
    the same but for its last two letters, and at most two letters longer."""
    if word == part:
        return True
    if not loose or len(part) < _KEY or len(word) > len(part) + _LONGER:
        return False
    if len(word) > len(part) and part[-1] not in _OPEN:
        # A case ending after a consonant starts with a vowel (Ирана, Izraelu): Санна is
        # no case of the Сан of Сан-Марино, nor Sanny of San Marino's San.
        return word.startswith(part) and word[len(part)] in _OPEN
    return word.startswith(_stem(part))


# Letters a declined word's ending may start with after a consonant, or a stem end in
# before its adjectival ending (Южный: Южного, Nový: Nového).
_OPEN = frozenset("aeiouyáéíóúýěäöüąęėįųūīēāаеёиоуыэюяіїєйьj")


def _stem(part: str) -> str:
    return part[: max(_KEY, len(part) - _ENDING)]


@lru_cache(maxsize=64)  # bounded: an article's language is input
def place_table(language: str) -> PlaceTable:
    """The places of ``language`` (a primary subtag) and English, by each of their words."""
    exact: dict[str, set[Place]] = {}
    stems: dict[str, set[Place]] = {}
    for name in (*_place_names(language), *_place_names(_ENGLISH)):
        place = tuple(words(name))
        if 1 <= len(place) <= _LONGEST:
            for part in place:
                exact.setdefault(part, set()).add(place)
                stems.setdefault(_stem(part), set()).add(place)
    return PlaceTable(_frozen(exact), _frozen(stems))


def _frozen(table: dict[str, set[Place]]) -> dict[str, tuple[Place, ...]]:
    return {word: tuple(places) for word, places in table.items()}


def _place_names(language: str) -> tuple[str, ...]:
    """Territory names and time-zone exemplar cities of ``language`` (none if unknown)."""
    try:
        locale = Locale.parse(language)
    except (UnknownLocaleError, ValueError, TypeError):
        return ()
    cities = (zone.get("city") for zone in locale.time_zones.values())
    named = [*locale.territories.values(), *filter(None, cities)]
    if language == _ENGLISH:
        named.extend(_zone_id_cities())
        named.extend(_NEWS_CITIES)
    elif language == _ARABIC:
        named.extend(_ARABIC_NEWS_CITIES)
    return tuple(named)


# Capitals and meeting places of the news that no time-zone identifier or exemplar city
# names (Turkey's zone is Istanbul, China's Shanghai), in English: a name before one is a
# surname (``Şoygu Ankara'da``), not a given name. Cities named like people (Washington,
# Wellington, Sucre) are left out.
_NEWS_CITIES = (
    "Ankara", "Abuja", "Islamabad", "New Delhi", "Delhi", "Canberra", "Ottawa", "Brasília",
    "Pretoria", "Rabat", "Bern", "Beijing", "Hanoi", "Astana", "Sanaa", "Naypyidaw",
    "The Hague", "Yamoussoukro", "Dodoma", "Lilongwe", "Quito", "Putrajaya", "Gitega",
    "Ramallah", "Doha", "Manama", "Abu Dhabi", "Tel Aviv", "Geneva", "Davos", "Strasbourg",
    "Sochi", "Antalya", "Izmir",
)  # fmt: skip


# The same as Arabic writes them, CLDR's Arabic naming none of them either: one is a place
# written whole, not a proclitic and a name (بكين, Beijing, is no ب + كين, Kane).
_ARABIC = "ar"
_ARABIC_NEWS_CITIES = (
    "أنقرة", "أبوجا", "إسلام آباد", "نيودلهي", "دلهي", "كانبرا", "أوتاوا", "برازيليا",
    "بريتوريا", "الرباط", "برن", "بكين", "هانوي", "أستانا", "صنعاء", "نايبيداو", "لاهاي",
    "ياموسوكرو", "دودوما", "ليلونغوي", "كيتو", "بوتراجايا", "جيتيغا", "رام الله", "الدوحة",
    "المنامة", "أبوظبي", "أبو ظبي", "تل أبيب", "جنيف", "دافوس", "ستراسبورغ", "سوتشي",
    "أنطاليا", "إزمير",
)  # fmt: skip


def _zone_id_cities() -> list[str]:
    """The cities of CLDR's time-zone identifiers (``America/Costa_Rica``): their English
    name where CLDR gives none."""
    return [zone.rsplit("/", 1)[-1].replace("_", " ") for zone in get_global("zone_territories")]
