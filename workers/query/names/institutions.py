"""A name right after the noun for a university, academy, mosque or school is that
institution's (``Университет аль-Азхар``, ``Πανεπιστήμιο Αλ Αζχάρ``, ``мечеть
Сулеймание``), as a firm's name follows its noun (see firms.py): Russian, Ukrainian and
Belarusian name a person there in the genitive (``университет Джонса Хопкинса``), so a word
read as the name in its nominative, not one the same in every case (a person's genitive
too: ``университет Амбани``); Greek and Bulgarian write a person there with an article or
"of" (``του``, ``на``), so any word. An Arabic article (``аль-``, ``Αλ``) may stand between.
In Greek so is a name after an airport's, stadium's, bridge's or port's noun, given names
or initials between (``αεροδρόμιο Τζον Κένεντι``).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache

from ..analysis import FieldText
from .capitals import hyphenated, joined
from .cases import declines, primary_language

# The nouns in every case: the institution's name stays in its nominative after any. Not an
# institute: news names one after its founder in the nominative too (``Институт Пастер``,
# ``Ινστιτούτο Παστέρ``), where a reader of the person's rule wants it.
_RUSSIAN = (
    "университет университета университету университетом университете"
    " академия академии академию академией"
    " мечеть мечети мечетью"
    " школа школы школе школу школой"
)
_UKRAINIAN = (
    "університет університету університетом університеті"
    " академія академії академію академією"
    " мечеть мечеті мечеттю"
    " школа школи школі школу школою"
)
_BELARUSIAN = (
    "універсітэт універсітэта універсітэту універсітэце акадэмія акадэміі мячэць мячэці школа школы"
)
_BULGARIAN = (
    "университет университета университетът академия академията джамия джамията училище училището"
)
_GREEK = (
    "πανεπιστήμιο πανεπιστημίου πανεπιστήμια"
    " ακαδημία ακαδημίας τέμενος τεμένους τζαμί σχολή σχολής σχολείο σχολείου"
)
# Greek places named after a person, the person's given names or initials between (``το
# αεροδρόμιο Τζον Κένεντι``, ``στο στάδιο Γεώργιος Καραϊσκάκης``): Greek names a person
# there with an article (``στο αεροδρόμιο ο Κένεντι``), so the name is the place's. Not in
# Slavic languages, where the subject may follow such a place's locative (``В аэропорту
# Лавров встретился``).
_GREEK_NAMESAKES = (
    "αεροδρόμιο αεροδρομίου αερολιμένας αερολιμένα στάδιο σταδίου γήπεδο γηπέδου"
    " γέφυρα γέφυρας λιμάνι λιμανιού"
)
_GREEK += " " + _GREEK_NAMESAKES
_NOUNS = {"ru": _RUSSIAN, "uk": _UKRAINIAN, "be": _BELARUSIAN, "bg": _BULGARIAN, "el": _GREEK}
# The Arabic article as these languages write it before an institution's Arabic name.
_ARTICLES = frozenset(("аль", "ал", "эль", "ель", "αλ", "ελ"))
_SAME_IN_EVERY_CASE = tuple("оеёиіїуюэ")
# Greek writes a person's given names or initials between the noun and the surname.
_GREEK_LANGUAGE = "el"
_GIVEN_NAMES_BETWEEN = 2


@lru_cache(maxsize=64)  # bounded: an article's language tag is input
def _nouns(language: str) -> frozenset[str]:
    return frozenset(_NOUNS.get(language, "").split())


def after_an_institution_noun(
    text: FieldText, position: int, language: str | None, oblique: Callable[[int], bool]
) -> bool:
    """Whether the word at ``position`` names an institution by the noun right before it,
    or before the Arabic article before it (in Greek, before given names: see the module);
    ``oblique`` tells a word read
    as the name only in an oblique case (a person's genitive), which stays the person."""
    noun = _article_before(text, position)
    if noun < 0 or (noun == position - 1 and not joined(text, noun)):
        return False
    nouns = _nouns(primary_language(language))
    if primary_language(language) == _GREEK_LANGUAGE:
        noun = _before_given_names(text, noun, nouns)
    if text.raw[noun].lower() not in nouns or oblique(position):
        return False
    if not declines(language) or primary_language(language) in ("bg", "el"):
        return True
    return not text.raw[position].lower().endswith(_SAME_IN_EVERY_CASE)


def _article_before(text: FieldText, position: int) -> int:
    """The position of the word before ``position``'s Arabic article (joined by a hyphen
    or white space), or of the word right before it where none stands; -1 at the start."""
    before = position - 1
    if before < 0:
        return -1
    if text.raw[before].lower() not in _ARTICLES:
        return before
    if not (hyphenated(text, before) or joined(text, before)) or before == 0:
        return -1
    return before - 1 if joined(text, before - 1) else -1


def _before_given_names(text: FieldText, noun: int, nouns: frozenset[str]) -> int:
    """The position of a noun of ``nouns`` before the capitalised words (given names,
    initials with their dot) that end at ``noun``, at most _GIVEN_NAMES_BETWEEN of them,
    spaces between; ``noun`` itself where none stands there."""
    raw = text.raw
    k = noun
    for _ in range(_GIVEN_NAMES_BETWEEN):
        if k <= 0 or raw[k].lower() in nouns or not raw[k][:1].isupper():
            break
        if not (joined(text, k - 1) and (joined(text, k) or _dotted(text, k))):
            break
        k -= 1
    return k if k != noun and raw[k].lower() in nouns else noun


def _dotted(text: FieldText, k: int) -> bool:
    """Whether an initial's dot and a space part the words at ``k`` and ``k + 1``."""
    return text.text[text.ends[k] : text.starts[k + 1]] == ". " and len(text.raw[k]) == 1
