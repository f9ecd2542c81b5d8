"""Chinese names in Wade-Giles (Taiwan's, Hong Kong's) as Russian and Ukrainian write them.

Taiwan writes its people's names in Wade-Giles or spellings of its own, the given name's two
syllables hyphenated (``Tsai Ing-wen``, ``Lai Ching-te``, ``Ko Wen-je``, ``Cheng Li-wun``);
Russian writes them by Palladius's system, from the Mandarin sound, and joins the given
name's syllables into one word (``Цай Инвэнь``, ``Лай Циндэ``, ``Кэ Вэньчжэ``, ``Чжэн
Ливэнь``), and so does Ukrainian (``Цай Інвень``). Greek keeps the hyphen (``Τσάι
Ινγκ-γουέν``), which the name's words meet as they are. Wade-Giles drops the aspiration
mark in news (``Ching`` for Ch'ing), and spells some sounds as Palladius does not: each
syllable is also read in the Latin letters that key as Palladius's spelling of it.
"""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import product

from .forms import term_keys
from .surname_first import CHINESE_SURNAMES

# Chinese family names as Wade-Giles, Taiwan and Hong Kong spell them where pinyin spells
# them otherwise (the pinyin ones: surname_first.CHINESE_SURNAMES), folded.
_SURNAMES = (
    "chang chao chen cheng chiang chien chiu cho chou chu chuang ho hsiao hsieh hsu hung ko kuo"
    " kao lee lien lo soong sung tsai tsao tseng tsou tung yeh wong chan cheung leung lam"
    " tsang"
)
WADE_GILES_SURNAMES: frozenset[str] = frozenset(_SURNAMES.split())

# A syllable's initial as Wade-Giles writes it (aspiration marks dropped), then the rest.
_SYLLABLE = re.compile(r"(hs|ts|tz|ch|sh|[bcdfghjklmnprstwyz]?)([aeiouy][a-z]*)")

# Initials and the Latin letters that key as Palladius writes them: ts and tz are ц or цз;
# ch is ц or цз before i and ü (pinyin q, j), чж or ч before other vowels (zh, ch); hs is с
# (pinyin x); j is ж (r) or, in Taiwan's own spellings, чж (``Wen-je`` = ``Вэньчжэ``);
# unaspirated k, t, p (the mark dropped: both) are к or г, т or д, п or б.
_INITIALS: dict[str, tuple[str, ...]] = {
    "hs": ("s",),
    "ts": ("ts", "tsz"),
    "tz": ("ts", "tsz"),
    "j": ("zh", "chzh"),
    "k": ("k", "g"),
    "t": ("t", "d"),
    "p": ("p", "b"),
}
_CH_BEFORE_I: tuple[str, ...] = ("ts", "tsz")
_CH: tuple[str, ...] = ("chzh", "ch")

# Finals Palladius writes otherwise, as the Latin letters that key so: -ing and -ung as -ин
# and -ун (``Ching`` = ``Цин``), -ih as и (``Yu-ih`` = ``Юи``), -ieh and -eh as е, -ien as
# -янь (``Hsien`` = ``Сянь``), -uo as о (``Kuo`` = ``Го``), -un after w (Taiwan's spelling
# of wen) as -энь (``Li-wun`` = ``Ливэнь``), yu also as юй (pinyin yu, ``Kuo-yu`` = ``Гоюй``).
_FINALS = (
    ("ing", "in"),
    ("ung", "un"),
    ("ih", "i"),
    ("ieh", "ie"),
    ("eh", "e"),
    ("ien", "ian"),
    ("uo", "o"),
)
# Wade-Giles o after k and h is pinyin e (``Ko`` = ``Кэ``); elsewhere it stays o.
_O_AS_E = frozenset({"k", "h"})


def wade_giles_name(words: list[str]) -> bool:
    """Whether ``words`` (a name term's words) open with a Chinese family name as
    Wade-Giles or pinyin spell it."""
    first = words[0].casefold() if words else ""
    return len(words) > 1 and (first in WADE_GILES_SURNAMES or first in CHINESE_SURNAMES)


def palladius_readings(syllable: str) -> tuple[str, ...]:
    """Latin spellings of the Wade-Giles ``syllable`` that key as Russian's Palladius spelling
    of it (``ching``: tsin, tszin, chzhin ...); () for what is no syllable."""
    found = _SYLLABLE.fullmatch(syllable.lower())
    if found is None:
        return ()
    initial, rest = found.group(1), found.group(2)
    initials: tuple[str, ...]
    if initial == "ch":
        initials = _CH_BEFORE_I if rest[:1] in "iy" else _CH
    else:
        initials = _INITIALS.get(initial, (initial,))
    finals = {rest}
    for written, said in _FINALS:
        if rest.endswith(written):
            finals.add(rest[: -len(written)] + said)
    if initial == "w" and rest == "un":
        finals.add("en")
    if initial == "y" and rest == "u":
        finals.add("ui")
    if initial in _O_AS_E and rest == "o":
        finals.add("e")
    return tuple(sorted({i + f for i in initials for f in finals}))


@lru_cache(maxsize=1024)
def palladius_keys(syllables: tuple[str, ...], policy: str) -> frozenset[str]:
    """Cyrillic keys of the Wade-Giles ``syllables`` joined into one word as Palladius
    writes them (``("ching", "te")`` = ``Циндэ``); none if any is no syllable."""
    readings = [palladius_readings(s) for s in syllables]
    if not all(readings):
        return frozenset()
    return frozenset(
        k
        for parts in product(*readings)
        for k in term_keys("".join(parts).capitalize(), policy)
        if k.startswith(("Cyrl:", "Cyrl~:"))
    )
