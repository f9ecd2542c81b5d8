"""Chinese names as Arabic writes them: every syllable by its sound, a given name's apart.

Arabic news spells a Chinese name syllable by syllable: pinyin x as sh (``Xi`` = ``شي``,
where a Latin x is otherwise ks), a syllable of one consonant written as such (``Hu`` =
``هو``), and a given name of two syllables often as two words (``Xi Jinping`` = ``شي جين
بينغ``, ``Wang Huning`` = ``وانغ هو نينغ``, ``Zhao Leji`` = ``تشاو له جي``), where Russian
and Greek write one (``Си Цзиньпин``). These readings apply to the words of a name term of
several whose first word is a Chinese family name (pinyin puts it first), never to a word
alone: read so, any word's x would be sh.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .phonetic import arabic_keys_of_latin, pinyin_qi, vowel_letters_key
from .surname_first import CHINESE_SURNAMES
from .universe import RULE_KEYS

ARABIC_KEY = "Arab:"
# A pinyin syllable: an initial and a final, or a final alone (a syllable without an
# initial inside a word needs an apostrophe, Xi'an, so only the first may lack one).
_INITIAL = "(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])"
_FINAL = (
    "(?:iang|iong|uang|ueng|iao|ian|uai|uan|ang|eng|ing|ong|ai|ei|ao|ou|an|en|in|un|ia|ie|iu"
    "|ua|uo|ui|ue|er|a|o|e|i|u|v)"
)
_BARE_FINAL = "(?:ang|eng|ai|ei|ao|ou|an|en|er|a|o|e)"
_TWO_SYLLABLES = re.compile(
    f"((?:{_INITIAL}{_FINAL})|{_BARE_FINAL})({_INITIAL}{_FINAL})", re.IGNORECASE
)


_SYLLABLES = re.compile(
    f"(?:{_INITIAL}{_FINAL}|{_BARE_FINAL})(?:{_INITIAL}{_FINAL})?", re.IGNORECASE
)
# Greek writes pinyin's zh as τζ (Zhang = Τζανγκ, Zheng = Τζενγκ) as well as ζ and τσ: a
# word of one or two pinyin syllables is also read with its zh as dzh, for Greek keys
# (Russian names' zh Greek writes ζ: Zhukov = Ζούκοφ).
_ZH = "zh"
_GREEK_ZH = "dzh"


def greek_zh(term: str) -> str:
    """``term`` (lower case) with pinyin's zh as dzh (``dzhang``), or "" for a term that is
    no word of pinyin syllables holding a zh."""
    lowered = term.lower()
    if _ZH not in lowered or _SYLLABLES.fullmatch(lowered) is None:
        return ""
    return lowered.replace(_ZH, _GREEK_ZH)


def chinese_name(words: list[str]) -> bool:
    """Whether ``words`` (a name term's words) are a Chinese name: a Chinese family name,
    then more."""
    return len(words) > 1 and words[0].casefold() in CHINESE_SURNAMES


def given_name_syllables(word: str) -> tuple[str, str] | None:
    """The two syllables of a Chinese given name written as one word (``Jinping``: jin,
    ping), lower case; None for a word that is not two pinyin syllables."""
    found = _TWO_SYLLABLES.fullmatch(word)
    if found is None:
        return None
    return found.group(1).lower(), found.group(2).lower()


@lru_cache(maxsize=4096)
def arabic_pinyin_keys(word: str) -> frozenset[str]:
    """Arabic keys of a word of a Chinese name read as pinyin: x as sh, q as tsh, a
    syllable of one consonant kept, a final ng written whole (نغ: ``Qiang`` = تشيانغ, not
    بشأن, "about"); noted as rule keys (see universe)."""
    lowered = word.lower()
    readings = {lowered, lowered.replace("x", "sh"), pinyin_qi(lowered) or lowered}
    whole = _WHOLE_NG if lowered.endswith("ng") else ""
    found = frozenset(
        f"{ARABIC_KEY}{k}"
        for r in readings
        for k in arabic_keys_of_latin(r, 1)
        if k.endswith(whole)
    )
    spelled = _VOWEL_SYLLABLES.get(lowered)
    if spelled is not None:
        found = found | {f"{ARABIC_KEY}{vowel_letters_key(spelled)}"}
    RULE_KEYS.note(found)
    return found


_WHOLE_NG = "G"  # the class of the final غ of Arabic's نغ
# Syllables Arabic writes with vowel letters only, which have no consonant to key (see
# phonetic.vowel_letters_key): Wang Yi = وانغ يي, Zhang Yu = تشانغ يو. Not ye (يه) or ya
# (يا, the vocative particle).
_VOWEL_SYLLABLES = {"yi": "يي", "yu": "يو", "you": "يو", "yao": "ياو"}
