"""Korean given names as Russian, Ukrainian and Greek write them.

News writes a Korean name's syllables in Latin letters (``Yoon Suk Yeol``, ``Kim Jong Un``)
by rules of its own, Russian by Kontsevich's (``Юн Сок Ёль``, ``Ким Чен Ын``) and Greek
after either: a vowel ㅓ written ``eo`` or ``u`` is Russian о or ё (``Seok`` = ``Suk`` =
``Сок``, ``Yeol`` = ``Ёль`` = Ukrainian ``Йоль`` = ``Γιολ``, ``Myung`` = ``Мён``), so is
a ㅕ or ㅛ written ``yo`` (``Kim Yo Jong`` = ``Ким Ё Чжон``, ``Yong`` = ``Ён``), a
vowel ㅡ written ``eu`` or ``u`` is ы (``Un`` = ``Ын``), and ㅐ written ``ae`` is э
(``Jae`` = ``Чжэ``). Latin languages that spell foreign names by their sound read them
so too (Czech ``Han Tok-su`` for Han Duck-soo, ``Han Tong-hun`` for Han Dong-hoon, with
the plain stop's other letter). These readings apply to the words after a Korean family name in a
name term of several words (``"Yoon Suk Yeol"``), never to a word alone: read so, every u
and eo of any name would have a second sound.
"""

from __future__ import annotations

import re

from .surname_first import KOREAN_SURNAMES

# Each Latin spelling of a Korean vowel and the letters other scripts spell it with.
_VOWELS: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern), spelled)
    for pattern, spelled in (
        ("yeo", "ye"),  # ㅕ as ё, folded to е: Yeol = Ёль
        ("eo", "o"),  # ㅓ as о: Seok = Сок, and ㅕ as йо: Yeol = Йоль = Γιολ
        ("yu", "ye"),  # ㅕ written yu, as ё: Myung = Мён, Hyun = Хён
        # ㅕ and ㅛ written yo (North Korea's spelling, and ㅛ's everywhere), as ё folded to
        # е: Yo Jong = Ё Чжон, Yong = Ён, Hyon = Хён (a final ye would keep its y)
        ("yo", "e"),
        ("eu", "y"),  # ㅡ as ы: Eun = Ын
        ("u", "o"),  # ㅓ written u: Suk = Сок, Sung = Сон
        ("u", "y"),  # ㅡ written u: Un = Ын
        ("ae", "e"),  # ㅐ as э: Jae = Чжэ
    )
)


def korean_name(words: list[str]) -> bool:
    """Whether ``words`` (a name term's words) are a Korean name: a Korean family name,
    then more."""
    return len(words) > 1 and words[0].casefold() in KOREAN_SURNAMES


def korean_spellings(word: str) -> tuple[str, ...]:
    """Other Latin spellings of a Korean name's ``word`` (lower case), each with one of its
    vowels as another script spells it, and each of those (and the word) with its first
    plain stop as the other romanisation writes it, and a family name as Russian's older
    spelling writes it (none for a word without any)."""
    lowered = word.lower()
    found = [lowered, *(pattern.sub(spelled, lowered) for pattern, spelled in _VOWELS)]
    other_stop = _OTHER_STOP.get(lowered[:1])
    if other_stop is not None:
        found.extend([other_stop + s[1:] for s in found])
    russian = _OLDER_RUSSIAN.get(lowered)
    if russian is not None:
        found.append(russian)
    return tuple(dict.fromkeys(s for s in found if s != lowered))


# Korean's plain stops ㄱ, ㄷ, ㅂ are romanised g, d, b (the official spelling) or k, t, p
# (McCune-Reischauer, and many people's own), and Russian writes either as it hears them
# (Keon-hee = Гон Хи, Geun-hye = Кын Хе, Byung = Пён): a syllable's first letter is also
# read as the other.
_OTHER_STOP = {"k": "g", "g": "k", "t": "d", "d": "t", "p": "b", "b": "p"}


# Korean family names Russian writes the older way, as the Soviet Union's Koreans spell them
# (Choe Son Hui = Цой Сон Хи, Choe Ryong Hae = Цой Рён Хэ), not as Kontsevich's Чхве.
_OLDER_RUSSIAN = {"choe": "tsoi", "choi": "tsoi"}


# Korean syllables of a vowel alone that Arabic writes with vowel letters only (``Kim Yo
# Jong`` = ``كيم يو جونغ``): no consonant to key them by (see phonetic.vowel_letters_key).
# ㅐ alone (ae) is said as English reads it, ai, and Arabic writes it so: Kim Ju Ae = كيم جو آي,
# as Jae is جاي (Moon Jae-in = مون جاي إن).
_ARABIC_VOWEL_SYLLABLES = {"yo": "يو", "yu": "يو", "yoo": "يو", "ae": "اي"}


def arabic_vowel_syllable(word: str) -> str | None:
    """How Arabic writes a Korean name's ``word`` that is a vowel syllable alone (``Yo`` =
    ``يو``), or None for another word."""
    return _ARABIC_VOWEL_SYLLABLES.get(word.lower())
