"""Names written in Latin, Cyrillic or Greek, spelled out in plain Latin letters.

The result is an intermediate spelling for :mod:`.phonetic`, not a romanisation for readers:
letters whose sound the source script states unambiguously are written as the digraph the
phonetic key reads unambiguously (Cyrillic ``ч`` and Czech ``č`` become ``tsh``, ``х``
becomes ``kh``). Cyrillic and Latin letters with diacritics go through anyascii (a
well-kept, pure-Python transliteration table) after these few pre-mappings; Greek gets its
own table because its digraphs (``ου`` = u, ``μπ`` = b/mb, ``ντ`` = d/nt, ``αι`` = e) are
read one letter at a time by anyascii. A Greek ``σ`` stands for both s and sh in foreign
names (Σούκρι = Shoukry), so Greek words yield both readings.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from functools import lru_cache
from itertools import islice, product

from anyascii import anyascii

from .phonetic import fewest_changes_first, usual_first
from .word_frequencies import frequent_words

# Letters whose sound is unambiguous in their script but would reach anyascii as an
# ambiguous Latin spelling (``ch``: sh in French, kh in German) or lose a sound (``č`` -> c).
_PRE = str.maketrans(
    {
        "ч": "tsh",
        "ћ": "tsh",
        "х": "kh",
        "ц": "ts",
        "ж": "zh",
        "ш": "sh",
        "щ": "sh",
        "џ": "dzh",
        "ђ": "dj",
        "ь": "",
        "ъ": "e",  # a vowel in Bulgarian (Байдън = Biden); in Russian names it does not occur
        "ў": "v",
        "š": "sh",
        "č": "tsh",
        "ć": "tsh",
        "ž": "zh",
        "ż": "zh",
        "ź": "z",
        "ś": "s",
        "ř": "rzh",
        "ł": "l",
        "ş": "sh",
        "ç": "s",
        "đ": "dj",
        "ñ": "ny",
        "ß": "ss",
    }
)

# English writes Russian ё after a consonant as yo (Fyodor, Pyotr, Artyom, Seleznyov), which
# Cyrillic text often writes as е (Федор) and a transliteration reads as e (Фёдор = Fedor).
_YO_AFTER_CONSONANT = re.compile("(?<=[bcdfgklmnprstvzh])yo")
# A soft sign before a vowel is a y sound (Барнье = Barnier, Соловьёв = Solovyov); before a
# consonant or at the end it only softens (Шмыгаль = Shmyhal).
_SOFT_BEFORE_VOWEL = re.compile("ь(?=[еёюяиіїєо])")
# Ukrainian writes a palatal l or n before o (Spanish ll, ñ) as ль, нь and йо (Мурільйо =
# Мурильо = Murillo): without its y the й goes too.
_SOFT_VOWEL = re.compile("ьй?([еёюяиіїєо])")
_HARD = dict(zip("еёюяиіїєо", "еоуаиііео", strict=True))  # the vowel without its y
_PALATAL = re.compile("([лнљњ])([яюё])")
# Serbian and Macedonian write a palatal l or n with a letter of its own, љ, њ (Spanish ll,
# ñ, Italian gl, gn: Муриљо = Murillo), which a Latin spelling writes l, n.
_OWN_PALATAL = re.compile("[љњ](?=[аеиоу])")
_PLAIN_OF_PALATAL = {"љ": "л", "њ": "н"}
# Russian ё after a vowel or opening a word is said yo (Japanese yo, Polivanov's system:
# Тоёда = Toyoda, Ёсида = Yoshida), which anyascii reads e as it does after a consonant.
_YO_SAID = re.compile("(?:^|(?<=[аеёиоуыэюяіїє]))ё")


def _without_y(match: re.Match[str]) -> str:
    return _HARD[match.group(1)]


def _hard_after(match: re.Match[str]) -> str:
    return match.group(1) + _HARD[match.group(2)]


def _plain_palatal(match: re.Match[str]) -> str:
    return _PLAIN_OF_PALATAL[match.group()]


# Per article language: Latin spellings that mean something else there (Hungarian ``s`` is
# sh and ``sz`` is s; Polish ``rz`` is zh; ``c`` is ts in Central European languages: Šolc
# = Scholz). Applied to article words only: a rule's term has no language, and is read
# with the general rules of :mod:`.phonetic`.
_C_IS_TS = (("c", "ts"),)
_SOUTH_SLAVIC = (("dj", "\ue005"), *_C_IS_TS, ("\ue005", "dj"))
# German, Dutch and the Scandinavian languages write a Russian дь before a vowel dj, their
# j a y (Djumin = Dyumin = Дюмин, Djatlow = Dyatlov): a dj there is also read dy (a plain
# reading keeps it dzh: Djokovic).
_DJ_SAID_DY = (("dj", "dy"),)
_NORDIC = (("tsj", "tsh"), ("tj", "tsh"), ("sj", "sh"), ("zj", "zh"), ("ch", "kh"), *_DJ_SAID_DY)
_LANG_SPELLING: dict[str, tuple[tuple[str, str], ...]] = {
    "hu": (
        ("sz", "\ue001"),
        ("cs", "tsh"),
        ("zs", "zh"),
        ("gy", "dj"),
        ("ty", "t"),
        ("ny", "n"),
        ("ly", "y"),
        ("s", "sh"),
        ("\ue001", "s"),
        *_C_IS_TS,
    ),
    # Polish writes a Russian е after a consonant ie, and a final -ей -iej (Siergiej,
    # Aleksiej = Sergei, Alexei), whose i only softens: read -ej (inside a word an ie keys
    # as its e either way).
    "pl": (("rz", "zh"), ("ch", "kh"), ("sz", "sh"), ("cz", "tsh"), ("iej", "ej"), *_C_IS_TS),
    "cs": (("ch", "kh"), *_C_IS_TS),
    "sk": (("ch", "kh"), *_C_IS_TS),
    "sl": _SOUTH_SLAVIC,
    "hr": _SOUTH_SLAVIC,
    "sr": _SOUTH_SLAVIC,
    "bs": _SOUTH_SLAVIC,
    "lt": _C_IS_TS,
    "lv": _C_IS_TS,
    # Romanian spells sh and ts with its own ș and ț (Șoigu, Țîganov), written with a comma
    # below or, in older type, a cedilla (ş reads sh in every language).
    "ro": (("ș", "sh"), ("ț", "ts"), ("ţ", "ts")),
    # Turkish writes ch with its ç (Arakçi = Araghchi, Çavuşoğlu), where French and
    # Portuguese read an s.
    "tr": (("ç", "tsh"), ("j", "zh")),  # and zh with its j (Prigojin, Jirinovski)
    # Azerbaijani Latin spells names by its letters' sounds: ə is an a (Əliyev = Aliyev,
    # Məmmədov = Mammadov), q a g (Qafarova = Gafarova, Quliyev = Guliyev; read as written
    # too: Qasımov = Kasimov), c a j (Cəfərov = Jafarov), ç a ch and ğ a gh (Ağayev =
    # Aghayev). Its x (kh: Xəlilov) stays an x: read as kh it finds the streets named after
    # a person (Axundzadə küçəsi), which the street nouns do not yet tell apart.
    "az": (("ə", "a"), ("q", "g"), ("ç", "tsh"), ("c", "dzh"), ("ğ", "gh")),
    # Estonian writes Russian ы with its õ (Zelenskõi, Võssotski).
    "et": (("õ", "y"),),
    # German writes a Georgian -dze as -dse (Kobachidse, Schewardnadse), and a j (dzh) as
    # dsch (Laridschani, Aserbaidschan).
    "de": (
        ("dsch", "dzh"),
        ("tsch", "tsh"),
        ("sch", "sh"),
        ("ch", "kh"),
        ("dse", "dze"),
        *_DJ_SAID_DY,
    ),
    # Dutch and the Scandinavian languages spell Russian names their own way: Poetin,
    # Sjojgoe (nl); Sjojgu, Chrusjtjov (sv, no, da).
    "nl": (("tsj", "tsh"), ("sj", "sh"), ("zj", "zh"), ("oe", "u"), ("ch", "kh"), *_DJ_SAID_DY),
    "sv": _NORDIC,
    "no": _NORDIC,
    "nb": _NORDIC,
    "nn": _NORDIC,
    "da": _NORDIC,
    # French writes sh with its ch and zh with its j (Prigojine, Joukov = Zhukov).
    "fr": (("ch", "sh"), ("j", "zh")),
    # Spanish writes the kh of Arabic, Persian and Russian names with its j (Jamenei,
    # Jalifa, Jrushchov); the word is read as written too (José, Jara).
    "es": (("j", "kh"),),
    # Macedonian ѓ and ќ are the Serbian ђ and ћ (Ѓоковиќ = Ђоковић = Djokovic), which
    # anyascii reads as plain g and k.
    "mk": (("ѓ", "ђ"), ("ќ", "ћ")),
}

_GREEK_DIGRAPHS = (
    ("ου", "u"),
    ("αι", "e"),
    ("ει", "i"),
    ("οι", "i"),
    ("υι", "i"),
    ("αυ", "av"),
    ("ευ", "ev"),
    ("μπ", "\ue007"),
    ("ντζ", "\ue00b"),
    ("ντ", "\ue008"),
    ("γκ", "g"),
    ("γγ", "ng"),
    ("γχ", "nkh"),
    ("τζ", "dz"),
    ("τσ", "\ue002"),
    ("σ", "\ue003"),
    ("ζ", "\ue009"),
    ("ς", "\ue003"),
)
_GREEK_LETTERS = str.maketrans(
    {
        "α": "a",
        "β": "v",
        "γ": "g",
        "δ": "d",
        "ε": "e",
        "ζ": "z",
        "η": "i",
        "θ": "th",
        "ι": "i",
        "κ": "k",
        "λ": "l",
        "μ": "m",
        "ν": "n",
        "ξ": "ks",
        "ο": "o",
        "π": "p",
        "ρ": "r",
        "τ": "t",
        "υ": "i",
        "φ": "f",
        "χ": "kh",
        "ψ": "ps",
        "ω": "o",
    }
)
# Greek has no sh or zh: a σ may stand for s or sh, a τσ for ts or tsh (ch), a ζ for z or zh.
# Before a front vowel γ sounds y (Τοκάγεφ = Tokayev), in native names also g (Γεώργιος).
_GREEK_CHOICES = {
    "\ue002": ("ts", "tsh"),
    "\ue003": ("s", "sh"),
    "\ue006": ("y", "g"),
    "\ue007": ("b", "mp", "mb"),
    "\ue008": ("d", "nt", "nd"),
    "\ue009": ("z", "zh"),
    "\ue00a": ("w", "gu"),
    # ντζ is ν and τζ, n-dz or dz (Αντζελίνα = Angelina, Ντζόκοβιτς = Djokovic), never ντ and
    # ζ, nt-z: Greek writes an Italian c before e or i ντσ (Αντσελότι = Ancelotti).
    "\ue00b": ("ndz", "dz"),
}
# A γου before a vowel, first or after a vowel, is how Greek writes a w (Γουίτκοφ =
# Witkoff, Γουόρεν; Ιγουεάλα = Iweala, Τάιγουο = Taiwo); each also reads g-u.
_GREEK_W = re.compile("(?:^|(?<=[αεηιουωi-]))γου(?=[αεηιοω])")
_GREEK_SOFT_G = re.compile("γ(?=[εηιυ]|e|i)")
MAX_GREEK_READINGS = 16
_GREEK_PALATAL = re.compile("(?<=[ln])i(?=[aeou])")
_NON_LETTERS = re.compile(r"[^a-z]+")
_MARKS = re.compile(r"[\u0300-\u036f]")
_SPLIT_DIGRAPH = re.compile("([άέόύ])ι")


def script(word: str) -> str:
    """ISO 15924 code of the script of ``word``'s first letter: Latn, Cyrl, Grek, Arab,
    or "" for any other script (those are not read as names)."""
    for ch in word:
        if ch.isalpha():
            return _script_of(ch)
    return ""


def _script_of(ch: str) -> str:
    code = ord(ch)
    if code < 0x250 or 0x1E00 <= code <= 0x1EFF:
        return "Latn"
    if 0x400 <= code <= 0x52F:
        return "Cyrl"
    if 0x370 <= code <= 0x3FF or 0x1F00 <= code <= 0x1FFF:
        return "Grek"
    if 0x600 <= code <= 0x6FF or 0x750 <= code <= 0x77F or 0xFB50 <= code <= 0xFEFF:
        return "Arab"
    return ""


# Persian says its qaf (ق) as a voiced gh, and English, French and German news write it so
# (Ghaani = Qaani = قاآني, Ghalibaf = Qalibaf, Bagheri = Baqeri): an article's Latin gh is
# also read q, as a term spelled the Arabic way writes it (a term's gh stays: غ, Ghani).
_PERSIAN_GH = "gh"


@lru_cache(maxsize=256)  # a rule's term asks for its readings once per key kind, in a row
def readings(word: str, language: str | None = None) -> tuple[str, ...]:
    """Plain Latin spellings (a-z only) of a Latin, Cyrillic or Greek ``word``.

    ``language`` is the article's language or None for a rule's term. A Latin word in a
    language with its own spelling conventions gives two readings: as the language reads
    it (Polish ``Šolc``-like spellings) and as written abroad (``Macronem`` keeps its c). A
    Cyrillic word with a palatal l or n (``Кастильо``, ``Силиня``) gives two: with and
    without its y. Greek words give up to MAX_GREEK_READINGS spellings (and those without
    the ι of a palatal λι, νι).
    """
    lowered = word.lower()
    if script(lowered) == "Grek":
        return _greek(lowered)
    found = _readings(lowered, language)
    if _YO_AFTER_CONSONANT.search(lowered) and script(lowered) == "Latn":
        found = (*found, *_readings(_YO_AFTER_CONSONANT.sub("e", lowered), language))
    if language is not None and _PERSIAN_GH in lowered and script(lowered) == "Latn":
        found = (*found, *_readings(lowered.replace(_PERSIAN_GH, "q"), language))
    if language is not None:
        for russian in _russian_of_belarusian(lowered, language):
            found = (*found, *_readings(russian, language))
    abroad = _WRITTEN_ABROAD.get(_primary(language))
    if abroad is None or script(lowered) != _ABROAD_SCRIPT.get(_primary(language), "Cyrl"):
        return found
    spelled = (r for s in abroad(lowered) if s != lowered for r in _readings(s, language))
    return tuple(dict.fromkeys((*found, *spelled)))


def _russian_of_belarusian(lowered: str, language: str | None) -> list[str]:
    """A Belarusian woman's surname in Latin letters (-ava, -awa) as Russian may write it:
    some or all of its a's before the ending as o (Kalesnikava = Колесникова = Kolesnikova,
    Bakhvalava = Бахвалова: Belarusian writes each unstressed o as a, and which a was an o
    only the stress tells); in Polish and Lithuanian also one given their own -owa, -ova
    on the Belarusian stem (Kaczanowa for Качанава = Кочанова); none for another word.
    Article words only: a rule's term is written as English news write the name."""
    endings: tuple[str, ...] = _BE_WOMANS_ENDINGS
    if _primary(language) in _BE_STEM_WITH_OWN_ENDING:
        endings = (*endings, "owa", "ova")
    if len(lowered) < _BE_MIN_SURNAME or not lowered.endswith(endings):
        return []
    if script(lowered) != "Latn":
        return []
    stem = lowered[:-1]
    inner = [i for i, letter in enumerate(stem) if letter == "a"]
    if len(inner) > _BE_MAX_AS:
        return [stem.replace("a", "o") + "a"]
    found = []
    for chosen in product((False, True), repeat=len(inner)):
        letters = list(stem)
        for i, to_o in zip(inner, chosen, strict=True):
            if to_o:
                letters[i] = "o"
        found.append("".join(letters) + "a")
    return found[1:]  # the first is the word as written


_BE_WOMANS_ENDINGS = ("ava", "awa")
_BE_STEM_WITH_OWN_ENDING = frozenset(("pl", "lt"))
_BE_MIN_SURNAME = 7  # three syllables at least: not Java, Nava, Slava, Lava
_BE_MAX_AS = 4  # more a's: all read as o (16 readings at most)


def _readings(lowered: str, language: str | None) -> tuple[str, ...]:
    """:func:`readings` of a lower-case Latin or Cyrillic word."""
    # The Cyrillic passes and _PRE's letters are beyond ASCII: a plain term (the usual)
    # skips them.
    plain_term = lowered.isascii()
    if not plain_term and "ё" in lowered:
        lowered = _YO_SAID.sub("йо", lowered)
    softened = lowered if plain_term else _SOFT_BEFORE_VOWEL.sub("y", lowered)
    plain = _clean(anyascii(softened if plain_term else softened.translate(_PRE)))
    # Also without the y of a soft sign or of a я, ю, ё after л or н: how Russian writes a
    # palatal l or n (Spanish ll and ñ, Italian gl, Latvian ļ and ņ: Кастильо = Castillo,
    # Падилья = Padilla, Джильи = Gigli, Силиня = Siliņa) and a Latin spelling drops it
    # (Васильев = Vasilev).
    hard = lowered if plain_term else _hard(lowered)
    if hard != lowered:
        return (plain, _clean(anyascii(hard.translate(_PRE))))
    rules = _LANG_SPELLING.get(_primary(language), ())
    if not rules:
        return (plain,)
    native = _native(softened, rules)
    # Typed as any length: compiled code checks a tuple's length against its declared type.
    found: tuple[str, ...] = (plain, native) if native != plain else (plain,)
    if _primary(language) in _ASPIRATES_WRITTEN and _ASPIRATE.search(softened):
        found = (*found, _native(_ASPIRATE.sub("", softened), rules))
    return found


def _native(lowered: str, rules: tuple[tuple[str, str], ...]) -> str:
    """``lowered`` spelled as its language reads it (``rules``: see _LANG_SPELLING)."""
    spelled = lowered
    for old, new in rules:
        spelled = spelled.replace(old, new)
    return _clean(anyascii(spelled.translate(_PRE)))


# Czech and Slovak write a Chinese aspirated consonant with their ch after it (Čchun-jing =
# Chunying, Ťin-pching = Jinping, Wen-tchao = Wentao), which other spellings leave out: a
# reading without it too (the ch stays in another: Georgian cch, Kvaracchelia).
_ASPIRATES_WRITTEN = frozenset(("cs", "sk"))
_ASPIRATE = re.compile("(?<=[čptkc])ch")


def _hard(lowered: str) -> str:
    """A Cyrillic ``lowered`` with its palatal l and n written plain (see _PALATAL)."""
    hard = _PALATAL.sub(_hard_after, _SOFT_VOWEL.sub(_without_y, lowered))
    return _OWN_PALATAL.sub(_plain_palatal, hard)


def _belarusian_as_written_abroad(word: str) -> tuple[str, ...]:
    """Spellings a Belarusian word's name has elsewhere: its ў as the u of Belarusian Latin
    (Ціханоўская = Tsikhanouskaya), and as Russian spells it. Belarusian writes its sounds:
    т and д softened to ц and дз before a soft vowel or consonant (Пуцін, Мядзведзеў), an
    unstressed е after a consonant as я (Зяленскі, Пяскоў) and an unstressed о as а
    (Калеснікава, Эрдаган). Stress is not written: an а but the last is read as о, one at a
    time and all at once."""
    russian = _BE_YA.sub("е", _BE_SOFT_D.sub("д", _BE_SOFT_T.sub("т", word)))
    one_each = _one_at_a_time(russian, _BE_A, "о", _BE_MAX_SINGLE_A)
    every = _BE_A.sub("о", russian)
    hard_e = _one_at_a_time(russian, _BE_HARD_A, "е", _BE_MAX_SINGLE_A)
    return tuple(dict.fromkeys((word.replace("ў", "у"), russian, every, *one_each, *hard_e)))


def _one_at_a_time(word: str, letter: re.Pattern[str], other: str, most: int) -> list[str]:
    """``word`` with one of its first ``most`` matches of ``letter`` (a one-letter pattern)
    read as ``other``, a spelling each."""
    places = [m.start() for m in letter.finditer(word)][:most]
    return [word[:i] + other + word[i + 1 :] for i in places]


# Belarusian р, ж, ш, ч and ц are always hard: an unstressed е after one is written а
# (Азаранка = Азаренка = Azarenka, Шаршнёў).
_BE_HARD_A = re.compile("(?<=[ржшчц])а(?=.)")


_BE_SOFT_T = re.compile("ц(?=[іеёюяь])")
_BE_SOFT_D = re.compile("дз(?=[іеёюяьв])")
_BE_YA = re.compile("(?<=[бвгджзйклмнпрстфхцчшў])я")
_BE_A = re.compile("а(?=.)")
_BE_MAX_SINGLE_A = 3


def _bulgarian_as_written_abroad(word: str) -> tuple[str, ...]:
    """Bulgarian writes the vowel of an English -u-, -o- or -e- it hears as a schwa with ъ
    (Тръмп = Trump, Мъск = Musk, Джонсън = Johnson), which anyascii reads as e: also read
    as a, o and u. A word ending in ъ (which no Bulgarian word does) or with two is a
    Turkish name's, whose ı Bulgarian writes ъ (Хатимогулларъ = Hatimoğulları, Кълъчдароглу
    = Kılıçdaroğlu): also read as i, as a term typed without the dot writes it. Its щ is
    said sht (Russian щ, shch, reads sh): Щайнмайер = Steinmeier, Щутгарт = Stuttgart."""
    sht = word.replace("щ", "шт")
    if "ъ" not in word:
        return (sht,) if sht != word else ()
    vowels = "аоуи" if word.endswith("ъ") or word.count("ъ") >= 2 else "аоу"
    found = (w.replace("ъ", vowel) for w in dict.fromkeys((word, sht)) for vowel in vowels)
    mixed = _each_schwa_apart(sht) if sht.count("ъ") >= 2 else ()
    return tuple(dict.fromkeys((*(() if sht == word else (sht,)), *found, *mixed)))


def _each_schwa_apart(word: str) -> tuple[str, ...]:
    """``word`` with its first two ъ read each its own way (ъ kept, а, о, у): Bulgarian
    writes every English schwa ъ, whatever vowel the name spells (Дътън = Dutton, Хънтър =
    Hunter, Сътън = Sutton)."""
    first = word.index("ъ")
    second = word.index("ъ", first + 1)
    return tuple(
        word[:first] + a + word[first + 1 : second] + b + word[second + 1 :]
        for a, b in product(_BG_SCHWA_VOWELS, repeat=2)
        if a != b
    )


_BG_SCHWA_VOWELS = "ъаоу"  # ъ kept: read as e (see _PRE)


def _turkish_as_written_abroad(word: str) -> tuple[str, ...]:
    """Turkish spells an Arabic or Persian name with its own letters: the j as c (Celili =
    Jalili, Laricani = Larijani) and a short a, as the name is said, as e (Ferzin = Farzin,
    Pehlevi = Pahlavi, Emini = Amini, Hacızade = Hajizadeh): also read with its c as j and its e
    as a, one at a time and all at once. Its ı, for a short e (Bakıri = Bagheri), is
    also read e, one at a time and all at once; its z, for an Arabic dh (Kazımi = Kadhimi,
    Münzir = Mundhir), is also read dh (not d: Turkish z is mostly a z, and an English dh is that
    letter only). The word is read as written too (Erdoğan)."""
    if not _TR_READ_OTHERWISE.search(word) or word in _turkish_words():
        return ()
    found = _turkish_letters_abroad(word)
    # Turkish writes the Arabic name element Abd al- as Abdul-, Abdül- (Abdulati, Abdülmecid),
    # which news in English write Abdel- for an Egyptian or a Maghrebi (Abdelatty, Abdelmadjid):
    # also read so.
    abdel = _TR_ABDUL.sub("abdel", word)
    if abdel != word:
        found = (*found, abdel, *_turkish_letters_abroad(abdel))
    cluster = _without_turkish_epenthesis(word)
    if cluster != word:
        found = (*found, cluster, *_turkish_letters_abroad(cluster))
    return tuple(dict.fromkeys(found))


def _without_turkish_epenthesis(word: str) -> str:
    """``word`` without the vowel Turkish puts between an Arabic name's two final consonants,
    a high vowel in harmony with the one before (Şükür = Shukr, Nasır = Nasr, Bekir = Bakr,
    Bedir = Badr); ``word`` itself if it ends otherwise."""
    match = _TR_EPENTHESIS.search(word)
    if match is None or match.group(1) not in _TR_HARMONY[match.group(2)]:
        return word
    return word[: match.start(2)] + word[match.end(2) :]


def _turkish_letters_abroad(word: str) -> tuple[str, ...]:
    """A Turkish ``word``'s letters read as _turkish_as_written_abroad says."""
    jay = word.replace("c", "j")  # ç, its ch, is another letter
    one_each = _one_at_a_time(jay, _TR_E, "a", _TR_MAX_SINGLE_E)
    # ... its c kept: a Turkish ending -cı read -je would end as the -i of such a name
    # (Bakırcı, a coppersmith, is no Bagheri).
    short_e = _one_at_a_time(word, _TR_DOTLESS_I, "e", _TR_MAX_SINGLE_E)
    every_e = _TR_DOTLESS_I.sub("e", word)
    dh = (jay.replace("z", "dh"),) if "z" in jay else ()
    # ... and an inner i, Turkish's for an Arabic short i or a (Mikdad = Mekdad), as the
    # e English news write for it, one at a time.
    inner_i = _one_at_a_time(jay, _TR_INNER_I, "e", _TR_MAX_SINGLE_E)
    found = (jay, _TR_E.sub("a", jay), *one_each, every_e, *short_e, *dh, *inner_i)
    return tuple(dict.fromkeys(found))


_TR_READ_OTHERWISE = re.compile("[ceız]|i(?=[^aeıioöuü])|[ıiuü][^aeıioöuüy]$|^abd[uü]l")
_TR_INNER_I = re.compile("(?<=.)i(?=[^aeıioöuüy])")
# A final consonant cluster Turkish opens with a high vowel: the vowel before it (group 1),
# then a consonant, the inserted vowel (group 2) and a consonant.
_TR_EPENTHESIS = re.compile("([aeıioöuü])[^aeıioöuüy]([ıiuü])[^aeıioöuüy]$")
_TR_HARMONY = {"ı": "aı", "i": "ei", "u": "ou", "ü": "öü"}
_TR_ABDUL = re.compile("^abd[uü]l")
_TR_E = re.compile("e")
_TR_DOTLESS_I = re.compile("ı")
_TR_MAX_SINGLE_E = 3
# A Turkish word at least this frequent (Zipf: 3 is once in a million words, the whole of
# wordfreq's short list) is read as written only: the language's own words, the Arabic loans
# among them spelled the same way (heykel, a statue, is Arabic haykal, Haykal's surname), its
# places (Keleş is no Kallas) and the names Turkish writes often (Erdoğan, Kemal, Cemal).
_TR_COMMON = 3.0
_TR_UNMARKED = str.maketrans("şçğ", "scg")


@lru_cache(maxsize=1)
def _turkish_words() -> frozenset[str]:
    """Turkish words at least _TR_COMMON on the Zipf scale: wordfreq's list of the
    commonest, read once per process, when a Turkish word is first read."""
    found: set[str] = set()
    for _, words in frequent_words("tr", _TR_COMMON):
        found.update(words)
        # ... and as read without their consonants' marks (an article word is read so too:
        # Erdogan for Erdoğan, sehir for şehir).
        found.update(word.translate(_TR_UNMARKED) for word in words)
    # ... and of those only the ones with a letter read otherwise (two thirds, not all).
    return frozenset(word for word in found if _TR_READ_OTHERWISE.search(word))


# Lithuanian writes a Latvian name's palatal ņ, ļ as ni, li before a vowel (Siliņa =
# Silinia): such a word is also read without the i, as Latvian names are written abroad.
_LITHUANIAN_PALATAL = re.compile("(?<=[nl])i(?=[aou])")


def _lithuanian_as_written_abroad(lowered: str) -> tuple[str, ...]:
    """A Lithuanian word with its ni, li before a vowel read as n, l (``silina``)."""
    plain = _LITHUANIAN_PALATAL.sub("", lowered)
    return (plain,) if plain != lowered else ()


# Languages that spell names by their sound: their other spellings abroad, for words of
# the language's script (Cyrillic unless _ABROAD_SCRIPT says otherwise).
_WRITTEN_ABROAD: dict[str, Callable[[str], tuple[str, ...]]] = {
    "be": _belarusian_as_written_abroad,
    "bg": _bulgarian_as_written_abroad,
    "tr": _turkish_as_written_abroad,
    "lt": _lithuanian_as_written_abroad,
}
_ABROAD_SCRIPT = {"tr": "Latn", "lt": "Latn"}


@lru_cache(maxsize=50_000)  # asked for each place a rule's name is found: the same pairs recur
def another_latin_name(term: str, word: str, language: str | None, as_written: bool) -> bool:
    """Whether the article's Latin-script ``word`` is another name than the Latin ``term``
    by a sound every Latin spelling writes apart (see _KH_IN_TERM), by a marked letter
    another letter bare (see _other_base_letter) or, in a language that
    writes a Latin-script name ``as_written``, by its final double consonant (see
    _FINAL_DOUBLE), a doubled vowel (see _OWN_LONG_VOWELS) or another spelling of the same
    consonant (see _CONSONANT_SPELLINGS)."""
    found = word.lower()
    if script(found) != "Latn" or script(term) != "Latn":
        return False
    lowered = term.lower()
    graded = _primary(language) in _GRADED_DOUBLES
    if as_written and _lost_final_double(lowered, found, graded):
        return True
    if as_written and _own_final_double(lowered, found):
        return True
    vowels_kept = as_written and _primary(language) not in _OWN_LONG_VOWELS
    if vowels_kept and _doubled_vowel(lowered, found):
        return True
    if as_written and _other_base_letter(lowered, found):
        return True
    if as_written and _other_consonant_spelling(lowered, found):
        return True
    if "kh" not in found or _RUSSIAN_SURNAME.search(found):
        return False
    return not any(kh in lowered for kh in _KH_IN_TERM)


def _lost_final_double(term: str, word: str, graded: bool) -> bool:
    """Whether lower-case ``word`` is written as lower-case ``term`` (and an ending) but
    for the single consonant of its final double one (``graded``: at the very end only)."""
    double = (_LAST_DOUBLE if graded else _FINAL_DOUBLE).search(term)
    if double is None:
        return False
    single = term[: double.start()] + term[double.start() + 1 :]
    letters = _NON_LETTERS.sub("", word)
    return letters.startswith(single) and not letters.startswith(term[: double.start() + 2])


def _own_final_double(term: str, word: str) -> bool:
    """Whether lower-case ``word`` ends in a double consonant (or it and an s) that
    lower-case ``term`` does not write (Rudd, Rudd's for Ruud)."""
    double = _LAST_DOUBLE.search(_NON_LETTERS.sub("", anyascii(word)))
    return double is not None and double.group(1) * 2 not in term


# A term typed in plain letters writes a consonant with a mark as the letter without it
# (Becic for Bečić, Becić): in a language writing a name as written, a word whose marked
# consonant is another letter bare is another name (Bešić: š is an s, no c). Not a vowel
# (a case ending or a long vowel: Nausėdę, Baïev), nor for a term's j, which spellings by
# sound write č or ž (Kim Čong-un, Ahmadínežád).
def _other_base_letter(term: str, word: str) -> bool:
    """Whether lower-case ``word`` is written as lower-case ``term``, letter for letter but
    for a marked consonant that is another letter without it (Bešić for Becic)."""
    letters = [(_base(ch), _base(ch) != ch) for ch in unicodedata.normalize("NFC", word)]
    letters = [(base, marked) for base, marked in letters if base.isalpha()]
    plain = [_base(ch) for ch in unicodedata.normalize("NFC", term) if ch.isalpha()]
    if len(letters) != len(plain) or not all(base.isascii() for base, _ in letters):
        return False
    other = [
        (base, marked, own)
        for (base, marked), own in zip(letters, plain, strict=True)
        if base != own
    ]
    return bool(other) and all(
        marked and base not in _VOWELS and own != "j" for base, marked, own in other
    )


# A language that writes a Latin-script name as written keeps its spelling of a consonant
# too: a word written as the term but for c for k, ck for k or tz for z (or the other way)
# is another name or word (Company is not Kompany, Franken not Francken, Kurtz not Kurz,
# Callas not Kallas). Not a c or k beside an h: German writes Khamenei Chamenei. Languages
# spelling by sound and other scripts respell the name and keep finding it (Turkish Kompani,
# Франкен).
_CONSONANT_SPELLINGS = (("c", "k"), ("k", "c"), ("ck", "k"), ("k", "ck"), ("tz", "z"), ("z", "tz"))


def _other_consonant_spelling(term: str, word: str) -> bool:
    """Whether lower-case ``word`` is written as lower-case ``term`` (and an ending) but for
    one consonant spelled another way (see _CONSONANT_SPELLINGS: company for kompany)."""
    letters = _NON_LETTERS.sub("", word)
    if letters.startswith(term):
        return False
    for own, other in _CONSONANT_SPELLINGS:
        start = term.find(own)
        while start >= 0:
            end = start + len(own)
            beside_h = term[start - 1 : start] == "h" or term[end : end + 1] == "h"
            if not beside_h and letters.startswith(term[:start] + other + term[end:]):
                return True
            start = term.find(own, start + 1)
    return False


def _base(letter: str) -> str:
    """``letter`` without its marks (š: s; ß, ł, ı stay: no mark comes off them)."""
    return _MARKS.sub("", unicodedata.normalize("NFD", letter))


def _doubled_vowel(term: str, word: str) -> bool:
    """Whether lower-case ``word`` is written as lower-case ``term`` (and an ending) but
    with one of its single vowels doubled."""
    letters = _NON_LETTERS.sub("", word)
    for i, letter in enumerate(term):
        if letter not in _VOWELS or term[i - 1 : i] == letter or term[i + 1 : i + 2] == letter:
            continue
        if letters.startswith(term[: i + 1] + term[i:]):
            return True
    return False


# A language that writes a Latin-script name as the name writes itself writes its vowels
# as the name does too: a doubled one is another name's (Isaak, Isaac in German and Dutch,
# is not Isak; Saar not Sar). Dutch, Finnish and Estonian double a long vowel when they
# spell a name by sound, and keep both.
_OWN_LONG_VOWELS = frozenset(("nl", "fi", "et"))
_VOWELS = frozenset("aeiou")


# A language that writes a Latin-script name as the name writes itself keeps its final
# double consonant, in every case (Valls, Vallsa; Buffett), and one before a final vowel
# (Motta, Duffy): a word written as the term but with a single one is another name
# (German Vals, a place; Bernard Buffet; José Mota, Raoul Dufy), and so is one ending in a
# double consonant the term does not write (Rudd is not Ruud; see _LAST_DOUBLE). Inside a
# word a double letter may be a romanisation's (Hassan = Hasan, Mohammed = Mohamed); a name
# respelled by sound drops it (German Dschumblat = Jumblatt), as do the languages spelling
# by sound.
_FINAL_DOUBLE = re.compile(r"([bcdfgklmnprstvz])\1(?:e?s|[aeiouy])?$")
# ... and the last letters of a word (an s of a plural or possessive after them): a case
# ending after a double letter is a language's own (Finnish Purralle, Orpolle), and French
# writes an s between vowels ss (Sissi, Raïssi = Sisi, Raisi).
_LAST_DOUBLE = re.compile(r"([bcdfgklmnprstvz])\1s?$")
# Finnish and Estonian write a double consonant before a final vowel single in some cases
# (consonant gradation: Mikko, Mikon; Jukka, Jukan): only a double one at the end counts.
_GRADED_DOUBLES = frozenset(("fi", "et"))


# A Latin-script article writes an Arabic, Persian or Russian kh as kh (Khatami, Khamenei)
# or its own ch, x, j, h, never kh for an h: a word with a kh is not a term's name whose
# h is bare, in any Latin language (Khatami is not Hatami, Akhmedov not Ahmedov).
_KH_IN_TERM = ("kh", "ch", "x", "j")
# ... but a name spelled from Russian letter by letter writes Russian х as kh, which Russian
# writes for an Arabic h too (Хасанов = Khasanov = Hasanov): a word with a Russian surname's
# ending (and its cases) keeps both.
_RUSSIAN_SURNAME = re.compile("(?:ov|ev|in|sky|skiy|ski)(?:a|u|y|e|om|ym|oy|ich)?$")


def _greek(word: str) -> tuple[str, ...]:
    # An accent on the first vowel (``άι``) or a diaeresis (``ϊ``) splits a digraph.
    split = _SPLIT_DIGRAPH.sub(lambda m: m.group(1) + "\ue004", unicodedata.normalize("NFC", word))
    split = split.replace("ϊ", "\ue004").replace("ΐ", "\ue004").replace("ϋ", "\ue004")
    text = _MARKS.sub("", unicodedata.normalize("NFD", split)).replace("\ue004", "i")
    text = _GREEK_W.sub("\ue00a", text)
    for old, new in _GREEK_DIGRAPHS:
        text = text.replace(old, new)
    text = _GREEK_SOFT_G.sub("\ue006", text).translate(_GREEK_LETTERS)
    parts = re.split("([\ue002-\ue00b])", text)
    options = [_GREEK_CHOICES.get(p, (p,)) for p in parts]
    # The readings changing fewer letters from their usual sound first: a long name of many
    # two-way letters keeps each letter's other readings (ντ as nd: Λάντσμπεργκις).
    combos = fewest_changes_first(options, usual_first, MAX_GREEK_READINGS)
    found = [_clean("".join(combo)) for combo in islice(combos, MAX_GREEK_READINGS)]
    # A palatal l or n is λι, νι before a vowel (Σιλίνια = Siliņa, Νούνιες = Núñez).
    found.extend([_GREEK_PALATAL.sub("", r) for r in found if _GREEK_PALATAL.search(r)])
    return tuple(dict.fromkeys(found))


def _clean(text: str) -> str:
    if text.isascii() and text.isalpha():  # the usual: no pass (nothing to take out)
        return text.lower()
    return _NON_LETTERS.sub("", text.lower())


def _primary(language: str | None) -> str:
    return (language or "").casefold().replace("_", "-").split("-")[0]
