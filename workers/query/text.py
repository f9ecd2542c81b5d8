"""Tokenising and folding: the one place that decides what a "word" is.

Documents and query terms go through the same functions, so a query term matches exactly the
tokens the article produces. Rules (documented for users in the package docstring):

* A token is a run of letters, digits and combining marks. Everything else (including ``_``)
  separates tokens, so hyphenated (``anti-terrorism``) and apostrophe (``Lavrov's``) forms split
  into their parts; but an apostrophe between two vowels of a Latin word (``Ya'alon``) or
  before a Ukrainian or Belarusian iotated vowel (``Лук'яненко``) is inside the word, and
  folding drops it (see _JOINING_APOSTROPHE).
* An English possessive ``'s`` is dropped, so ``Lavrov's visit`` keeps ``Lavrov`` next to
  ``visit`` for phrases and NEAR.
* Each CJK ideograph, kana or Hangul syllable is a token of its own (no dictionary segmentation):
  a CJK query term becomes the phrase of its characters.
* Invisible format characters inside a word (soft hyphen U+00AD, zero-width joiner and
  non-joiner, word joiner, BOM, bidi marks and isolates, variation selectors: Unicode's
  Default_Ignorable_Code_Point and category Cf) do not split it, and folding removes them:
  ``Lav\u00adrov`` is one word, ``lavrov``. This is UAX #29's rule (format characters are
  ignored inside words) and ICU's ``nfkc_cf`` folding; so Persian ``می‌خواهم`` (with ZWNJ) and
  ``میخواهم`` (without) are the same word, and an Indic conjunct written with or without ZWJ
  too. Zero-width space U+200B is the exception: it marks a word boundary (Thai, Khmer, long
  URLs), so it separates words like a space. Prepended concatenation marks (U+0600-U+0605...)
  are visible signs and separate words too.
* Folding = NFKD, drop Latin/Greek/Cyrillic diacritics, casefold, then the letters that do not
  decompose folded as ICU's Latin-ASCII transliteration does (:mod:`.latin_fold`): ``São`` ->
  ``sao``, ``Straße`` -> ``strasse``, ``Łódź`` -> ``lodz``, ``Ørsted`` -> ``orsted``, ``Æsir`` ->
  ``aesir``, ``Þór`` -> ``thor``, ``Ἀθῆναι`` -> ``αθηναι``. Cyrillic ``ё`` folds to ``е`` (Russian
  writes them interchangeably) but ``й`` stays ``й`` (a letter of its own, never written as
  ``и``). Marks that carry meaning in other scripts (Devanagari vowel signs...) are kept.
* A word keeps the span of its original characters (invisible ones included), so snippets
  and hit spans point into the original text however folding changed its length.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from functools import lru_cache
from types import ModuleType
from typing import Final

from .latin_fold import LATIN_ASCII

_APOSTROPHE_CLASS = "'\u2019\u02bc\u2018`\u00b4"
APOSTROPHES = frozenset(_APOSTROPHE_CLASS)
# The version of what a word is: the archive's word filters hold an article's words as the
# version they were made with split them (see :func:`split_before`).
WORDS_VERSION = 2  # 2: an apostrophe inside a word no longer parts it (Sa'ar)

# Combining marks of the common scripts (letters of those blocks are \w anyway).
_MARKS = (
    "\u0300-\u036f\u0483-\u0489\u0591-\u05c7\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed"
    "\u0900-\u0963\u0966-\u0dff\u0e00-\u0e4e\u0e50-\u0eff\u1ab0-\u1aff\u1dc0-\u1dff"
    "\u20d0-\u20ff\ufe20-\ufe2f"
)
_DIACRITICS = "\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f"
_CJK = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff\U00020000-\U0003134f"
# Invisible characters that join the parts of a word and fold away: Default_Ignorable_Code_Point
# and category Cf, less U+200B (a word boundary), the visible prepended concatenation marks and
# what is already a letter or mark above (tests/unit/query/test_folding.py checks the set).
_INVISIBLE = (
    "\u00ad\u061c\u17b4\u17b5\u180b-\u180f\u200c-\u200f\u202a-\u202e\u2060-\u206f"
    "\ufe00-\ufe0f\ufeff\ufff0-\ufffb\U00013430-\U0001343f\U0001bca0-\U0001bca3"
    "\U0001d173-\U0001d17a\U000e0000-\U000e0fff"
)
# An apostrophe inside a word, which does not part it: between two vowels of a Latin word
# (an ayin or hamza of a transliterated name: Sa'ar, Ya'alon, al-Qa'ida, Sana'a; the
# elisions of French and Italian leave a consonant or qu before it: l'Europe, dell'accordo,
# qu'il; Turkish puts a consonant between a name's final vowel and its case ending:
# Ankara'ya), but not before the short case ending Polish and Turkish give a name whose
# final e or u is silent (Vance'a, Vance'owi, Rousseau'a, Vance'in); or before the
# iotated vowel of a Ukrainian or Belarusian word (Лук'яненко, В'ячеслав, Вераб'ёў;
# Russian О'Нил, д'Артаньян still part).
_LATIN_VOWEL = "aeiouAEIOU"
_SILENT_VOWEL_CASE_ENDING = r"(?<=[eEuU].)[a-zA-Z]{1,3}\b"
# The apostrophe first, then what stands around it: a word's end fails at its first
# character, as the pattern without apostrophes did (looking behind first cost a third
# more per article, measured).
_JOINING_APOSTROPHE = (
    rf"[{_APOSTROPHE_CLASS}](?:"
    rf"(?<=[{_LATIN_VOWEL}].)(?<![qQ][uU].)(?=[{_LATIN_VOWEL}])(?!{_SILENT_VOWEL_CASE_ENDING})"
    rf"|(?<=[\u0400-\u04ff].)(?=[яюєїеёіЯЮЄЇЕЁІ]))"
)
_JOINING_APOSTROPHE_RE = re.compile(_JOINING_APOSTROPHE)
# Where a folded word may have held such an apostrophe, which version 1 parted it at.
_JOINED_PLACE_RE = re.compile("[aeiou]{2}|[\u0400-\u04ff][яюєїеёі]")
# A word: letters/digits/marks, possibly joined by invisible characters or such an
# apostrophe. The classes are disjoint and the quantifiers possessive, so matching never
# backtracks (and costs no more than the plain ``[\w]+``, measured).
_WORD_RE = re.compile(
    rf"[\w{_MARKS}]++(?:(?:[{_INVISIBLE}]++|{_JOINING_APOSTROPHE})[\w{_MARKS}]++)*+"
)
_APOSTROPHES_TABLE = str.maketrans(dict.fromkeys(_APOSTROPHE_CLASS, None))
_WORD_SPLIT_RE = re.compile(f"({_WORD_RE.pattern})")  # split() keeps the words
# ASCII text without ``_``: there a word is a run of [A-Za-z0-9] (\w less ``_``; no marks or
# invisible characters occur), so turning every other character into a space and splitting
# at spaces finds the words in two C-level passes, without the regular expression engine
# (which costs several times as much per character, measured).
_SPACE = ord(" ")
_ASCII_SEPARATORS = str.maketrans({chr(c): " " for c in range(128) if not chr(c).isalnum()})
_CJK_RE = re.compile(f"[{_CJK}]")
_SPLIT_RE = re.compile(
    rf"[{_CJK}]|[^_{_CJK}{_INVISIBLE}]++(?:[{_INVISIBLE}]++[^_{_CJK}{_INVISIBLE}]++)*+"
)
_INVISIBLE_RE = re.compile(f"[{_INVISIBLE}]+")
_DIACRITIC_RE = re.compile(f"[{_DIACRITICS}]")
_KEEP_TABLE = str.maketrans({"й": "\ue000", "Й": "\ue000", **LATIN_ASCII})
_RESTORE_TABLE = str.maketrans({"\ue000": "й"})

Spans = tuple[list[str], list[int], list[int]]


# Folded words remembered across articles (emptied when full: a bound on hostile input).
# A plain dict, not functools.lru_cache: an article's every word is folded, and the LRU
# wrapper's call and bookkeeping cost more than the look-up (and than folding outright).
MAX_FOLDED = 200_000
_FOLDED: Final[dict[str, str]] = {}


def fold(word: str) -> str:
    """Case- and accent-insensitive form of ``word`` (memoised: articles repeat words),
    without the apostrophes inside it (Sa'ar = Sa’ar = Saar)."""
    found = _FOLDED.get(word)
    if found is None:
        if len(_FOLDED) >= MAX_FOLDED:
            _FOLDED.clear()
        found = _FOLDED[word] = _folded(word)
    return found


def _folded(word: str) -> str:
    """The fold of a word not remembered yet (see fold)."""
    if word.isascii():
        return word.lower() if "'" not in word and "`" not in word else _unquoted(word).lower()
    visible = _unquoted(_INVISIBLE_RE.sub("", word))
    kept = unicodedata.normalize("NFC", visible).translate(_KEEP_TABLE)
    stripped = _DIACRITIC_RE.sub("", unicodedata.normalize("NFKD", kept))
    folded = unicodedata.normalize("NFC", stripped.casefold())
    if not folded.isascii():
        folded = folded.translate(_KEEP_TABLE)  # letters NFKD or casefold only now produced
    return folded.translate(_RESTORE_TABLE)


def surface(word: str) -> str:
    """The case-sensitive comparison form of ``word``: NFC without invisible characters or
    apostrophes, nothing folded (``=Lavrov`` still finds ``Lav\u00adrov``, never ``LAVROV``)."""
    if word.isascii():
        return word if "'" not in word and "`" not in word else _unquoted(word)
    return unicodedata.normalize("NFC", _unquoted(_INVISIBLE_RE.sub("", word)))


def _unquoted(word: str) -> str:
    """``word`` without the apostrophes a word may hold (see _JOINING_APOSTROPHE)."""
    return word.translate(_APOSTROPHES_TABLE)


def scan(text: str) -> Spans:
    """Split ``text`` into raw words with start and end character offsets."""
    found: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    special = "_" in text or _CJK_RE.search(text) is not None
    for m in _WORD_RE.finditer(text):
        word, start = m.group(), m.start()
        if len(word) == 1 and word in "sS" and _is_possessive(text, start):
            continue
        if special and (("_" in word) or _CJK_RE.search(word)):
            for part in _SPLIT_RE.finditer(word):
                found.append(part.group())
                starts.append(start + part.start())
                ends.append(start + part.end())
            continue
        found.append(word)
        starts.append(start)
        ends.append(m.end())
    return found, starts, ends


def scan_words(text: str) -> list[str]:
    """The words of :func:`scan` without their offsets: one C-level pass for common text.

    Falls back to the full scan when the text needs its special cases (``_`` and CJK
    splitting, or a lone ``s`` that may be a possessive to drop).
    """
    if "_" not in text and _CJK_RE.search(text) is None:
        found: list[str] = _WORD_RE.findall(text)
        if ("s" not in found and "S" not in found) or not _has_possessive(text):
            return found
        return [m.group() for m in _WORD_RE.finditer(text) if not _dropped(text, m)]
    return scan(text)[0]


def scan_offsets(text: str) -> tuple[list[int], list[int]]:
    """Start and end offsets of :func:`scan`'s words; one C-level pass for common text."""
    if "_" not in text and _CJK_RE.search(text) is None:
        if _has_possessive(text):
            spans = [m.span() for m in _WORD_RE.finditer(text) if not _dropped(text, m)]
        else:  # words and the text between them alternate: offsets are running lengths
            bounds = list(itertools.accumulate(map(len, _WORD_SPLIT_RE.split(text))))
            return bounds[0:-1:2], bounds[1::2]
        return [start for start, _ in spans], [end for _, end in spans]
    _, starts, ends = scan(text)
    return starts, ends


Split = list[str] | str  # separators and words alternating; or the text with spaces between


def scan_split(text: str) -> tuple[list[str], Split | None]:
    """The words of :func:`scan_words` and, for common text (no ``_``, CJK or possessive),
    what gives their offsets without a second pass over the text (see
    :func:`offsets_of_split`): the text split into separators and words, alternating, or
    for ASCII text the text with every separator character turned into a space."""
    # Most news text: no CJK to look for, a simpler split (not where an apostrophe joins).
    ascii_only = text.isascii() and not _joins_at_apostrophe(text)
    if "_" not in text and (ascii_only or _CJK_RE.search(text) is None):
        split: Split
        if ascii_only:
            split = text.translate(_ASCII_SEPARATORS)
            found = split.split()
        else:
            split = _WORD_SPLIT_RE.split(text)
            found = split[1::2]
        # The apostrophes first: a search of the text in C (most text has none), where a
        # look for the word "s" compares every word.
        if not _has_possessive(text) or ("s" not in found and "S" not in found):
            return found, split  # no word is a possessive's s to drop
    return scan_words(text), None


def split_before(version: int, folded: str) -> bool:
    """Whether words version ``version`` may have split ``folded`` (a folded word, or its
    beginning) into other words: at an apostrophe inside it, before version 2."""
    return version < 2 and _JOINED_PLACE_RE.search(folded) is not None


def _joins_at_apostrophe(text: str) -> bool:
    """Whether an ASCII ``text`` has an apostrophe inside a word (see _JOINING_APOSTROPHE)."""
    return ("'" in text or "`" in text) and _JOINING_APOSTROPHE_RE.search(text) is not None


def offsets_of_split(split: Split) -> tuple[list[int], list[int]]:
    """Start and end offsets of the words of a :func:`scan_split` split."""
    if isinstance(split, str):  # words where spaces stop and start: found in C (numpy)
        np = lazy_numpy()
        # A space on either side (one comparison of neighbours: half the time of np.diff
        # with its prepend and append, which copy the array twice).
        word = np.zeros(len(split) + 2, dtype=np.bool_)
        word[1:-1] = np.frombuffer(split.encode("ascii"), dtype=np.uint8) != _SPACE
        edges = np.flatnonzero(word[1:] != word[:-1])
        starts: list[int] = edges[0::2].tolist()
        ends: list[int] = edges[1::2].tolist()
        return starts, ends
    bounds = list(itertools.accumulate(map(len, split)))
    return bounds[0:-1:2], bounds[1::2]


@lru_cache(maxsize=1)
def lazy_numpy() -> ModuleType:
    """numpy, imported the first time it is needed (a word's offsets, explaining a match; a
    large rule set's name groups, see groups): processes that never explain one (the rules
    fork server and its children, most CLI commands) neither pay its import nor start its
    BLAS threads. (Offsets from stdlib iterators, split at spaces and accumulate the
    lengths, cost three times the instructions.)"""
    import numpy

    return numpy


def _has_possessive(text: str) -> bool:
    """Whether ``text`` may hold a possessive ``'s`` (an apostrophe before an s): only
    then can :func:`scan` drop a word."""
    return any(a in text and (f"{a}s" in text or f"{a}S" in text) for a in APOSTROPHES)


def _dropped(text: str, match: re.Match[str]) -> bool:
    """Whether :func:`scan` drops this word: the lone ``s`` of a possessive (Czech ``s``,
    a word of its own, stays)."""
    start = match.start()
    return match.end() - start == 1 and text[start] in "sS" and _is_possessive(text, start)


def _is_possessive(text: str, start: int) -> bool:
    """True for the ``s`` of ``Lavrov's``: an apostrophe glued to a word before it."""
    end = start + 1
    return (
        start >= 2
        and text[start - 1] in APOSTROPHES
        and text[start - 2].isalnum()
        and (end == len(text) or not text[end].isalnum())
    )


def words(text: str) -> list[str]:
    """Folded tokens of a query term or phrase (the query side of :func:`scan`)."""
    return [fold(w) for w in scan(text)[0]]


def surfaces(text: str) -> list[str]:
    """Case-sensitive tokens of a query term or phrase, for ``=Term`` matching."""
    return [surface(w) for w in scan(text)[0]]
