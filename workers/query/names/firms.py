"""Firms named by people joined with an ampersand (``Klöckner & Co``, ``Marks & Spencer``,
``Procter & Gamble``, ``Ernst & Young``) or with the English "and" as another script spells
it (``جونسون آند جونسون``, ``Маркс энд Спенсер``), models hyphenated to a number (``شاهين-3``),
and firms and brands named after the noun for a
company, bank, concern, brand or radio station (``компания Форд``, ``концерн Сааб``, ``Радіо
Свобода``).

An ampersand joins names into a firm's or a brand's; news joins two people with a word
("and", ``и``, ``و``). Slavic languages write a firm as its noun and then its name, and its
owner as the noun and the owner's genitive (``компания Илона Маска``). A word a name term
finds only as another spelling, script or case beside an ampersand, or right after such a
noun, is the firm's word, not the person's (the name as written still counts). After the
noun, only where no owner can be read: in a declining language, a word read as the name in
its nominative after the noun in its nominative (``Компания Форд отзывает``; not ``компании
Маска``), and not a name the same in every case, which may be an owner's genitive
(``Компания Амбани договорилась``), but after a construction toy's noun (``конструктор
Лего``); in Bulgarian and Macedonian, which write an owner with "of" (``компанията на
Маск``), any word. Only for a term of one word: a full name after the noun is its owner's.
Not in Arabic, which writes the owner and the brand alike after the noun (``شركة ماسك``,
Musk's company; ``شركة فورد``).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from ..analysis import FieldText
from .capitals import hyphenated, joined, opens_sentence
from .cases import declines, primary_language

_AMPERSAND = "&"
# The English "and" as other scripts spell it in a firm's name, where English writes an
# ampersand (``جونسون آند جونسون``, ``Τζόνσον εντ Τζόνσον``, ``Маркс энд Спенсер``): news
# joins two people with its own word (و, και, и).
_SPELLED_AND = frozenset(["آند", "أند", "اند", "εντ", "έντ", "энд", "енд"])


def names_a_firm(text: FieldText, position: int) -> bool:
    """Whether an ampersand stands between the word at ``position`` and the word before or
    after it (only white space besides), or the English "and" spelled in another script (see
    _SPELLED_AND) with a word beyond it: the word is a firm's (``Klöckner & Co``)."""
    starts, ends = text.starts, text.ends
    last = len(text.raw) - 1
    after = position < last and _joins(text.text[ends[position] : starts[position + 1]])
    if after or (position > 0 and _joins(text.text[ends[position - 1] : starts[position]])):
        return True
    return _spelled_and(text, position, 1) or _spelled_and(text, position, -1)


def _spelled_and(text: FieldText, position: int, step: int) -> bool:
    """Whether the word a ``step`` from ``position`` is a spelled "and" (see _SPELLED_AND),
    in lower case (Greek ``Εντ`` is the given name Ed), white space alone parting the three
    words it joins."""
    middle, far = position + step, position + 2 * step
    if not 0 <= far < len(text.raw) or text.raw[middle] not in _SPELLED_AND:
        return False
    return all(joined(text, q) for q in range(min(position, far), max(position, far)))


# A name hyphenated to a number is a model's, a missile's or a mission's (``شاهين-3``,
# ``Шахин-3``, ``Falcon-9``), not a person's.
_DIGITS = re.compile("[0-9٠-٩۰-۹]+")


def before_a_number(text: FieldText, position: int) -> bool:
    """Whether a hyphen joins the word at ``position`` to a number after it (see _DIGITS)."""
    return (
        position + 1 < len(text.raw)
        and hyphenated(text, position)
        and _DIGITS.fullmatch(text.raw[position + 1]) is not None
    )


def _joins(between: str) -> bool:
    """Whether ``between`` (the text between two words) is an ampersand in white space."""
    return between.strip() == _AMPERSAND


# The nouns for a company, concern, firm, brand, bank, holding, maker and radio station in
# their nominative (the masculine ones also their accusative): the name after them in its
# nominative is the firm's (``концерн Сааб``, ``бренд Адидас``). Not the feminine accusative
# (``компанию Маск основал``: the subject may follow), nor "trade mark" (``марка``, also the
# genitive of the given name Mark: ``Марка Рютте``).
_RUSSIAN = (
    "компания концерн автоконцерн фирма бренд банк корпорация холдинг производитель"
    " автопроизводитель радио радиостанция"
)
_UKRAINIAN = (
    "компанія концерн автоконцерн фірма бренд банк корпорація холдинг виробник"
    " автовиробник радіо радіостанція"
)
_BELARUSIAN = "кампанія канцэрн фірма брэнд банк карпарацыя холдынг радыё"
# Bulgarian and Macedonian: every form (an owner takes "of", ``на``).
_BULGARIAN_MACEDONIAN = (
    "компания компанията компаниите концерн концерна концернът фирма фирмата фирмите"
    " бранд бранда брандът банка банката корпорация корпорацията холдинг холдинга"
    " холдингът производител производителя производителят радио"
)
_NOUNS = {
    "ru": _RUSSIAN,
    "uk": _UKRAINIAN,
    "be": _BELARUSIAN,
    **dict.fromkeys(("bg", "mk"), _BULGARIAN_MACEDONIAN),
}
# A construction toy set (``конструктор Лего``), in any case: the name after it is the
# toy's brand when it is the same in every case (a word in a vowel but -а, -я: a designer,
# also ``конструктор``, is named with his declined surname: ``конструктор Королёв``).
_TOY_SET_WORDS = "конструктор конструктора конструктору конструктором конструкторы конструкторов"
_TOY_SETS = frozenset(_TOY_SET_WORDS.split())
_SAME_IN_EVERY_CASE = tuple("оеёиіїуюэ")
# Nouns capitalised as the first word of the firm's name anywhere (``сообщило Радио
# Свобода``); other nouns count capitalised only where they open a sentence.
_NAME_FIRST_WORDS = frozenset(("радио", "радіо", "радыё"))


@lru_cache(maxsize=64)  # bounded: an article's language tag is input
def _nouns(language: str) -> frozenset[str]:
    return frozenset(_NOUNS.get(language, "").split())


def after_a_firm_noun(
    text: FieldText, position: int, language: str | None, oblique: Callable[[int], bool]
) -> bool:
    """Whether the word at ``position`` is a firm's or a brand's name by the noun right
    before it (see _NOUNS, _TOY_SETS): ``Компания Форд``, ``концерн Сааб``; ``oblique``
    tells a word read as the name only in an oblique case, the owner's genitive
    (``компании Маска``), which stays the person."""
    if position == 0 or not joined(text, position - 1):
        return False
    before, word = text.raw[position - 1], text.raw[position]
    lowered = before.lower()
    capitalised = lowered != before and lowered not in _NAME_FIRST_WORDS
    if capitalised and not opens_sentence(text, position - 1):
        return False
    if lowered in _TOY_SETS:
        return word.lower().endswith(_SAME_IN_EVERY_CASE) and not oblique(position)
    if lowered not in _nouns(primary_language(language)) or oblique(position):
        return False
    # A name the same in every case may be the owner's genitive (``Компания Амбани``).
    return not declines(language) or not word.lower().endswith(_SAME_IN_EVERY_CASE)
