"""Arabic words spelled as a name that name a thing: a currency or unit after a number
(``خمسين بنسا``, fifty pence), a film, missile or car after its noun with the article
(``الفيلم الحربي فيوري``, the war film Fury), an institution after its noun (``مركز جونسون
للفضاء``, the Johnson Space Center), a place named after a person after its noun (``مطار جون
إف كينيدي``, the JFK airport), and a profession's noun before the name it titles
(``المهندس إبراهيم محلب``, the engineer Ibrahim Mahlab).

Arabic writes the counted noun right after a number, a thing's name in apposition after its
noun with the article (a person's work takes the person without it or with ل: ``فيلم
سبيلبرغ``, ``الفيلم الجديد لسبيلبرغ``), an institution as its noun, the name and its field
with ل (``للفضاء``), and a profession as a title before a given name. A word found there for
a one-word name term is the thing's, not the person's.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from ..analysis import FieldText
from .capitals import joined
from .phonetic import without_marks

_ARTICLE = "ال"
_PREFIXES = ("", "و", "ف", "ب", "ل", "ك", "وب", "ول", "فب", "فل", "وك")
_LI_ARTICLE = "لل"  # ل before the article drops its alef (للفضاء)
_LI = "ل"
_AND = "و"


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Cardinal numbers, written out (not ست, سبع: also "lady", "lion"; nor ألف, also "he
# wrote"): the word after one is the counted noun (``عشرين دولارا``, ``خمسين بنسا``).
_NUMBERS = _words(
    """
    اثنين اثنتين ثلاث ثلاثة أربع أربعة خمس خمسة ستة سبعة ثماني ثمانية تسع تسعة عشر عشرة
    عشرون عشرين ثلاثون ثلاثين أربعون أربعين خمسون خمسين ستون ستين سبعون سبعين ثمانون
    ثمانين تسعون تسعين مئة مائة مئتي مائتي مئتا مائتا مئات آلاف ألفي ألفا مليون مليوني
    ملايين مليار مليارات
    """
)
# Digits, Latin, Arabic-Indic or Persian; a year (19xx, 20xx) may close a phrase before a
# clause that opens with its subject, so it counts nothing.
_DIGITS = re.compile("[0-9\u0660-\u0669\u06f0-\u06f9]+")
_YEAR = re.compile("(19|20|\u0661\u0669|\u0662\u0660|\u06f1\u06f9|\u06f2\u06f0)..")

# Nouns of films, series, novels and plays and of weapons with the article, before a
# thing's name in apposition (``الفيلم فيوري``, ``الصاروخ شاهين``). Not الكتاب, also "the
# writers"; nor a song (``أدت الأغنية شاكيرا``, Shakira sang the song), nor what carries
# people (``كان على متن الطائرة بريغوجين``), nor المقاتلة, also a woman fighter.
_KINDS = _words(
    """
    الفيلم الفلم المسلسل الرواية المسرحية الوثائقي
    الصاروخ الصواريخ المنظومة الدبابة الدبابات القاذفة القاذفات الفرقاطة البارجة
    """
)
# Prepositions before such a noun, after which the name may be a verb's subject (``يظهر في
# الفيلم ترامب``, Trump appears in the film).
_PREPOSITIONS = _words("في من عن على إلى متن")
# Adjectives with the article that may stand between the noun and the name: a relative
# adjective (ال...ي, ال...ية: ``الحربي``, ``الوثائقي``, ``الباليستي``) or one of these.
_KIND_ADJECTIVES = _words("الجديد الجديدة الشهير الشهيرة الأخير الأخيرة الطويل القصير")
_NISBA_ENDINGS = ("ي", "ية")
_KIND_REACH = 2  # adjectives between the noun and the name

# Institutions, before their name and their field with ل (``مركز جونسون للفضاء``, ``معهد
# كارنيغي للسلام``).
_INSTITUTIONS = _words(
    """
    مركز معهد مؤسسة جامعة أكاديمية مستشفى متحف مكتبة صندوق مدرسة كلية مطار ملعب استاد
    """
)
# Places named after a person, the noun without the article before the person's name, given
# names and initials between (``مطار جون إف كينيدي``, ``ملعب كينيدي``): Arabic names a
# person there as the airport's owner or the subject of a later verb, neither of which news
# writes. Not a centre or a foundation, which news names after a living founder
# (``مؤسسة كلينتون``) and means him.
_NAMESAKES = _words("مطار ملعب استاد جسر ميناء ميدان شارع")
# Latin initials as Arabic spells them (``جون إف كينيدي``).
_INITIALS = _words("إف إيه إس إم إل إن إتش جي بي تي آر كيه")
_NAMESAKE_REACH = 3  # given names and initials between the noun and the name

# Professions with the article that Arabic news writes as a title before a person's name
# (``المهندس إبراهيم محلب``) and that are also surnames (al-Muhandis, al-Qadi, al-Hajj).
_PROFESSIONS = _words(
    """
    المهندس المهندسة القاضي القاضية المحامي المحامية الأستاذ الأستاذة الحاج الحاجة
    الطبيب الطبيبة الفنان الفنانة الكاتب الكاتبة الصحفي الصحفية الإعلامي الإعلامية
    المخرج المخرجة الممثل الممثلة الشاعر الشاعرة
    """
)


@lru_cache(maxsize=50_000)
def _plain(word: str) -> str:
    return without_marks(word).replace("ی", "ي").replace("ک", "ك")


@lru_cache(maxsize=50_000)
def _stems(word: str) -> tuple[str, ...]:
    """``word`` without marks, less each joined conjunction or preposition it may have
    (``بالفيلم``: الفيلم; ``للفيلم``: الفيلم, as ل drops the article's alef)."""
    plain = _plain(word)
    found = [plain]
    for prefix in _PREFIXES[1:]:
        if plain.startswith(prefix) and len(plain) > len(prefix) + 1:
            found.append(plain[len(prefix) :])
    found += [_ARTICLE + s[len(_LI_ARTICLE) :] for s in found if s.startswith(_LI_ARTICLE)]
    return tuple(found)


def _listed(word: str, words: frozenset[str]) -> bool:
    return any(stem in words for stem in _stems(word))


def _with_li(word: str) -> bool:
    """Whether ``word`` opens with ل (a conjunction before or not): "for", "by" a person."""
    plain = _plain(word)
    return plain.startswith(_LI) or plain.startswith(_AND + _LI)


def names_a_thing(text: FieldText, p: int, given_name: Callable[[int], bool]) -> bool:
    """Whether the Arabic word at ``p`` names a thing (see the module's docstring);
    ``given_name`` tells whether the word at a position is a given name (for a profession)."""
    return (
        _after_a_number(text, p)
        or _after_a_kind(text, p)
        or _names_an_institution(text, p)
        or _named_after(text, p, given_name)
        or _profession_before_a_name(text, p, given_name)
    )


def _after_a_number(text: FieldText, p: int) -> bool:
    """Whether the word at ``p`` follows a number (see _NUMBERS, _DIGITS) and does not open
    with ل (``226 لبنس``: votes for a person)."""
    if p == 0 or not joined(text, p - 1) or _with_li(text.raw[p]):
        return False
    before = text.raw[p - 1]
    if _listed(before, _NUMBERS):
        return True
    digits = before.lstrip("وب")
    return _DIGITS.fullmatch(digits) is not None and _YEAR.fullmatch(digits) is None


def _after_a_kind(text: FieldText, p: int) -> bool:
    """Whether a noun of _KINDS with the article stands before the word at ``p``, which has
    neither the article nor ل, with at most _KIND_REACH adjectives between."""
    word = _plain(text.raw[p])
    if word.startswith(_ARTICLE) or _with_li(word):
        return False
    q = _noun_before(text, p, _KIND_REACH, _kind, lambda q: _kind_adjective(text.raw[q]))
    return q is not None and not (
        q > 0 and joined(text, q - 1) and _plain(text.raw[q - 1]) in _PREPOSITIONS
    )


def _noun_before(
    text: FieldText,
    p: int,
    reach: int,
    noun: Callable[[str], bool],
    between: Callable[[int], bool],
) -> int | None:
    """The position of the nearest word before ``p`` that ``noun`` accepts, with at most
    ``reach`` words that ``between`` accepts and only white space between; None if none."""
    for q in range(p - 1, max(-1, p - 2 - reach), -1):
        if not joined(text, q):
            return None
        if noun(text.raw[q]):
            return q
        if not between(q):
            return None
    return None


def _kind(word: str) -> bool:
    """Whether ``word`` is a noun of _KINDS, و joined or not; not with a preposition joined
    (``للفيلم``, ``بالصاروخ``), after which the name may be a verb's subject too."""
    plain = _plain(word)
    return plain in _KINDS or (plain.startswith(_AND) and plain[1:] in _KINDS)


def _kind_adjective(word: str) -> bool:
    plain = _plain(word)
    return plain.startswith(_ARTICLE) and (
        plain in _KIND_ADJECTIVES or plain.endswith(_NISBA_ENDINGS)
    )


def _names_an_institution(text: FieldText, p: int) -> bool:
    """Whether the word at ``p`` stands between an institution's noun without the article
    and a word with ل (``مركز جونسون للفضاء``)."""
    raw = text.raw
    if p == 0 or p + 1 >= len(raw) or not joined(text, p - 1) or not joined(text, p):
        return False
    if not _listed(raw[p - 1], _INSTITUTIONS) or _plain(raw[p - 1]).startswith(_ARTICLE):
        return False
    return _plain(raw[p + 1]).startswith(_LI)


def _named_after(text: FieldText, p: int, given_name: Callable[[int], bool]) -> bool:
    """Whether the word at ``p``, without the article or ل, follows a place's noun of
    _NAMESAKES without the article, given names or initials between (see _NAMESAKES)."""
    word = _plain(text.raw[p])
    if word.startswith(_ARTICLE) or _with_li(word):
        return False
    q = _noun_before(
        text,
        p,
        _NAMESAKE_REACH,
        lambda w: _listed(w, _NAMESAKES),
        lambda q: given_name(q) or _plain(text.raw[q]) in _INITIALS,
    )
    return q is not None and not _plain(text.raw[q]).startswith(_ARTICLE)


def _profession_before_a_name(text: FieldText, p: int, given_name: Callable[[int], bool]) -> bool:
    """Whether the word at ``p`` is a profession's noun (see _PROFESSIONS) before a given
    name or an adjective with the article (``المهندس المسؤول``, the engineer in charge)."""
    raw = text.raw
    if p + 1 >= len(raw) or not joined(text, p) or not _listed(raw[p], _PROFESSIONS):
        return False
    after = _plain(raw[p + 1])
    return (after.startswith(_ARTICLE) and after not in _RELATIVES) or given_name(p + 1)


# "Who", "which" (الذي, التي...), which take the article's letters and follow a name too.
_RELATIVES = _words("الذي التي الذين اللذان اللتان اللذين اللتين اللاتي اللواتي")
