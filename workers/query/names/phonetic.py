"""Phonetic keys: one key for the usual spellings of a name across languages and scripts.

A Latin reading (see :mod:`.latin`) is cut into sounds, each mapped to a class:

* consonants: ``B`` b, ``P`` p, ``F`` f/v/w/ph, ``T`` t/th, ``D`` d, ``S`` s/z/ts/tz/c before e-i-y,
  ``X`` sh/sch/zh/cz/sz/tsh (and ``ch`` read as sh), ``G`` g/h/kh/gh (and ``ch`` read as
  kh), ``K`` k/q/ck/c, ``J`` dzh/dj/dz (and ``j`` read as in English), ``L`` ``R`` ``M`` ``N``;
* vowels: ``a``, ``o`` (Modi ≠ Maddy, Ruto ≠ Рута; a final -ka reads -ko only in the
  languages that write a Slavic -ko so: see forms.ENKA_FOR_ENKO), ``e``, ``u`` (Scholz ≠
  Schulz, Orban ≠ Urban) or ``i`` (i/y, and ``j`` read as in German); a run of vowels
  inside the word counts as its last letter (``ou`` = u, ``ya`` = a, ``ai`` = i: Biden =
  Байден), at the end of the word as its distinct classes (``-iy`` = ``-y`` = ``-i``, but
  ``-oy``/``-oi`` stays ``ai``: Zelensky ≠ Зеленской).

Then ``t`` or ``d`` before s/sh is dropped (``tsch`` = sh, ``ts`` = s), doubled classes
collapse, and a leading ``h`` is optional (Hollande = Олланд). Greek ``ντ`` and ``μπ`` are
read both ways (d or nt, b or mp: Ερντογάν = Erdogan, Αντόνιο = Antonio) by :mod:`.latin`.
So Lavrov = Lawrow = Ławrow = Λαβρόφ, Zelensky = Zelenskyy = Selenskyj = Zełenski, Shoukry =
Shukri = Choukri = Schukri; the final vowel stays (Lavrov ≠ Lavrova, Zelensky ≠ Zelenska).

Arabic script writes long vowels only (ا a, و u/o, ي i/e) and not short ones: an Arabic
word's key keeps its consonants and its written vowels (``a``, ``w``, ``y``), and a Latin
name yields every key its Arabic spelling can have (each inner vowel written or not, the
final one written). So لافروف matches Lavrov, but بايدن (Biden) does not match Putin
(بوتين): the written vowels differ.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from functools import lru_cache
from itertools import combinations, islice, product
from math import prod

Choices = tuple[str, ...]

_UNITS = re.compile(
    r"tsch|tsh|tch|sch|dzh|sh|zh|cz|sz|ch|kh|gh|ph|th|dj|dz|ts|tz|ck|ou|oo|ee|rz(?!h)|[a-z]",
    re.ASCII,
)
_SOUNDS: dict[str, Choices] = {
    **dict.fromkeys(("tsch", "tsh", "tch", "sch", "sh", "zh", "cz", "sz"), ("X",)),
    "ch": ("X", "G"),
    **dict.fromkeys(("kh", "gh", "h", "g"), ("G",)),
    **dict.fromkeys(("ph", "f", "v", "w"), ("F",)),
    **dict.fromkeys(("th", "t"), ("T",)),
    "d": ("D",),
    **dict.fromkeys(("dzh", "dj", "dz"), ("J",)),
    **dict.fromkeys(("ts", "tz", "s", "z"), ("S",)),
    **dict.fromkeys(("ck", "k", "q"), ("K",)),
    "b": ("B",),
    "p": ("P",),
    "x": ("KS",),
    "rz": ("RS",),  # r and z, as before; a term's may be Polish zh (see _loosen)
    "j": ("y", "J"),
    **{c: (c.upper(),) for c in "lrmn"},
    **{v: (v,) for v in "aeiouy"},
    "ou": ("u",),
    "oo": ("u",),
    "ee": ("e",),  # as a run of two e's keys, inside a word and at its end
}
_VOWELS = frozenset("aeiouy")
_LATIN_CLASS = {"a": "a", "o": "a", "e": "e", "u": "u", "i": "i", "y": "i"}
# Which Arabic letters may write a Latin vowel ("" = not written, a short vowel).
_ARABIC_VOWEL: dict[str, Choices] = {
    "a": ("a", ""),
    "e": ("y", "a", ""),
    "i": ("y", ""),
    "y": ("y", ""),
    "o": ("w", ""),
    "u": ("w", ""),
}
_ARABIC_CONSONANT = {"B": "P", "D": "T"}  # Arabic has no p; d, ḍ and t are one class there
_DROPS = (("TS", "S"), ("TX", "X"), ("DX", "X"))
MAX_VARIANTS = 16
MAX_ARABIC_KEYS = 256
# Fewer consonants than this make an Arabic key every short word has (Holla = إلى "to").
MIN_ARABIC_CONSONANTS = 2
_MIN_SHARE = 16  # keys of each reading of a name, at least

Sound = str  # a consonant class (upper case) or a vowel letter (lower case)


# How loosely a rule's term is read (see :func:`_loosen`): as written; as a user may write
# it without diacritics (WRITTEN); or also as another language transcribes its sound
# (HEARD: Trump = Трамп = Serbian Tramp).
STRICT, WRITTEN, HEARD = 0, 1, 2


def latin_keys(reading: str, *, loose: int = STRICT) -> frozenset[str]:
    """The phonetic keys of a Latin reading (several when a spelling is ambiguous: ``ch``,
    ``j``, a leading ``h``); ``loose`` (a rule's term) adds the readings of :func:`_loosen`."""
    keys = frozenset(_latin_key(s) for s in _variants(reading, loose))
    if loose >= HEARD and reading.endswith(_CHE):
        keys = frozenset(k for k in keys if not k.endswith(_SAID_BEFORE_E))
    if loose < HEARD or not reading.endswith(_GREEK_SURNAME_ENDINGS):
        return keys
    # A Greek surname's e as i: a reading of its own (each e a two-way letter would
    # crowd the others out of the reading's MAX_VARIANTS).
    eta = _GREEK_ETA.sub("i", reading)
    return keys if eta == reading else keys | {_latin_key(s) for s in _variants(eta, loose)}


# A final -che's e is silent only in French, whose ch is sh there (Roche = Рош): read as
# German kh or Italian k, the ch keeps its e (Reiche = Райхе, not Ράιχ, Reich).
_CHE = "che"
_SAID_BEFORE_E = ("G", "K")


# English writes a Greek surname's η as e (Demetriou = Δημητρίου), Greek says it i, and so
# do the languages that spell the name by its sound (Russian Димитриу, Turkish Dimitriu): a
# term ending as Greek surnames do (a genitive's -ou, -akis, -poulos, a patronymic's -ides)
# reads its single e's as i too.
_GREEK_SURNAME_ENDINGS = ("iou", "aou", "akis", "poulos", "ides", "ades", "idis", "adis")
_GREEK_ETA = re.compile("(?<![aeiou])e(?![aeiouy])")


def sound_variants(reading: str, *, loose: int = STRICT) -> list[list[Sound]]:
    """Every reading of ``reading`` as a list of sounds (consonant classes, vowel runs)."""
    return [list(sounds) for sounds in _variants(reading, loose)]


@lru_cache(maxsize=256)
def _variants(reading: str, loose: int) -> tuple[tuple[Sound, ...], ...]:
    """:func:`sound_variants`, remembered for a while: a rule's term asks for the same
    reading's sounds several times in a row (its Latin, Greek and Arabic keys)."""
    units = _UNITS.findall(reading)
    # A lookup a unit; only a c's sound depends on the letter after it (see _sound).
    options: list[Choices] = (
        [_sound(units, i) for i in range(len(units))]
        if "c" in units
        else [_SOUNDS.get(unit, _NO_SOUND) for unit in units]
    )
    if units and units[0] == "h" and len(units) > 2:
        options[0] = ("G", "")
    if loose and units:
        _loosen(units, options, heard=loose >= HEARD)
    # The readings taking fewer letters away from their first (usual) sound first: a name of
    # many ambiguous letters (Szijjarto: sz, j, j) keeps each letter's other readings, not
    # only the last letters' (as taking the first of every reading in order would).
    readings = islice(fewest_changes_first(options, usual_first, MAX_VARIANTS), MAX_VARIANTS)
    return _normalised(readings)


def fewest_changes_first(
    options: list[Choices], split: Callable[[Choices], tuple[Choices, Choices]], wanted: int
) -> Iterator[tuple[str, ...]]:
    """The combinations of ``options``, those taking fewer positions away from their usual
    choices first (``split``: a position's usual and other choices); in plain order when
    all of them are ``wanted``."""
    if prod(map(len, options)) <= wanted:
        return product(*options)  # the usual case: no generator between product and caller
    return _by_changes(options, split)


def _by_changes(
    options: list[Choices], split: Callable[[Choices], tuple[Choices, Choices]]
) -> Iterator[tuple[str, ...]]:
    """:func:`fewest_changes_first` of more combinations than are wanted."""
    usual = [split(choices) for choices in options]
    changeable = [i for i, (_, others) in enumerate(usual) if others]
    for count in range(len(changeable) + 1):
        for changed in combinations(changeable, count):
            chosen = [kept for kept, _ in usual]
            for i in changed:
                chosen[i] = usual[i][1]
            yield from product(*chosen)


def _loosen(units: list[str], options: list[Choices], *, heard: bool) -> None:
    """Readings a rule's term (written by a user, often without diacritics) may stand for:
    ``c`` as ts or ch too (Vucic = Vučić = Вучич);
    ``rz`` as Polish zh (Trzaskowski = Тшасковский); a Greek
    patronymic's ``-ides`` as -idis (Christodoulides = Christodulidis, as languages that
    transliterate Greek write it); letters typed without their mark (an s after a vowel and
    before o or u, or an a not the last letter, as ș, ş or š: Nicusor = Никушор, Pasalic =
    Пашалич; an o before a Nordic or German name's end as ø
    or ö: Store = Стёре); a Persian final ``-aei`` as -ai (Baghaei = Baghai = Багаи); a final
    ``h`` after a vowel as silent, and then a final ``e`` as a too (Haniyeh = Hanija = Хания:
    Arabic's final ة/ه). And, when ``heard`` (the spelling of another script, or of a language
    that spells foreign names by their sound): an English short u as a (Trump = Трамп, not the
    English word Tramp); an h after a vowel before a consonant as silent (Johnson = Джонсон);
    ``w`` before a vowel as u (Sinwar = Σινουάρ) and a French ``ou`` between a consonant and a
    vowel as w (Ghazouani = Turkish Gazvani); pinyin x, q, j as other scripts spell them;
    Japanese shi, chi, zu and a z between vowels, and Persian gh, as Russian writes them
    (Кисида, Такаити, Судзуки, Акадзава, Аракчи); an sh between vowels (before a or e) as
    an Arabic name's s and h (Ishaq = Исхак); letters the name's own language reads its own
    way, as the other script writes them (a term has no language: Hungarian sz as s, Italian
    g and ch before e or i, Romance and Spanish j, Turkish c and ş, Dutch oe, Portuguese s;
    each commented below); and the endings of :func:`_heard_endings` and consonants of
    :func:`_heard_consonants`."""
    last = len(units) - 1
    # The reading's letters, for the quick tests of the letters a rule reads (the helpers
    # below and this loop): most readings hold none of them.
    letters = "".join(units)
    if heard:
        _heard_endings(units, options)
        _heard_consonants(units, options, letters)
        _english_vowels(units, options)
        _pinyin_and_romance_vowels(units, options, letters)
        _belarusian_as_russian(units, options, letters)
    # As written (not heard), the loop reads a c, ch or rz only: a term without a c or an rz
    # skips it.
    for i, unit in enumerate(units if heard or "c" in letters or "rz" in letters else ()):
        if unit not in _LOOSE_UNITS:
            continue  # a set test, not a test a rule (keep _LOOSE_UNITS in step with them)
        if unit == "c":
            options[i] = _with(options[i], "S", "X")
            if _slavic_c(units, i):
                # Its ts or tsh first: a long name's readings are capped (MAX_VARIANTS), and
                # those changing fewer letters from the first come first (Cvijanovic =
                # Цвиянович needs both c's read so, not the English k of each).
                options[i] = ("X", "S", "K") if i == last else ("S", "X", "K")
            if heard and 0 < i < last and _turkish_c(units, i):
                options[i] = (*options[i], "J")  # Turkish c: Öcalan = Оджалан (not Rice, Vance)
        elif unit == "ch" and i > 0 and units[i - 1] == "ou":
            # ch after French ou is French sh (or English tsh), never German kh: Bouchard,
            # a Maghreb name's French spelling (not أخنوخ, Enoch, for a -nouch)
            options[i] = ("X",)
        elif unit == "rz" and i < last and units[i + 1][:1] in _VOWELS:
            # Polish rz before a vowel: Trzaskowski = Тшасковский (not Kurz = Куш)
            options[i] = ("RS", "X")
        elif not heard:
            continue
        elif unit == "sh" and units[i + 1 : i + 2] == ["i"]:
            options[i] = ("X", "S")  # Japanese shi as Russian writes it: Kishida = Кисида
        elif unit == "sh" and 0 < i < last and units[i - 1] in _VOWELS and units[i + 1] in "ae":
            options[i] = ("X", "SG")  # s and h of an Arabic name: Ishaq = Исхак = إسحاق
        elif unit == "ch" and units[i + 1 : i + 2] == ["i"]:
            # Japanese chi as Russian writes it (Такаити); Italian chi before a vowel as
            # ki (Chiellini = Кьеллини; not a final chi: Araghchi is not عراقي, Iraqi)
            italian = units[i + 2 : i + 3] in (["a"], ["e"], ["o"], ["u"])
            options[i] = (*options[i], "T", "K") if italian else (*options[i], "T")
        elif unit == "ch" and 0 < i < last and units[i + 1] == "s":
            options[i] = (*options[i], "K")  # German chs as ks: Fuchs = Фукс, Hochstein = Хокштейн
        elif unit == "ch" and i == 0 and units[1:2] in (["r"], ["l"]):
            # German, Greek and English ch before r or l as k: Chrupalla = كروبالا, Chris
            # = كريس (Russian writes Хрупалла, its kh: kept)
            options[i] = (*options[i], "K")
        elif unit == "gh":
            options[i] = ("G", "K")  # Persian gh as Russian writes it: Araghchi = Аракчи
        elif unit == "g" and units[i + 1 : i + 3] == ["l", "i"]:
            options[i] = ("G", "")  # Italian gli as li: Gigli = Джильи, Togliatti = Тольятти
        elif unit == "g" and units[i + 1 : i + 2] in (["e"], ["i"]):
            # Italian and English g before e/i as dzh (Giuliani = Джулиани), French as zh
            options[i] = ("G", "J", "X")
        elif unit == "ch" and units[i + 1 : i + 2] == ["e"]:
            options[i] = (*options[i], "K")  # Italian che as ke: Michele = Микеле
        elif unit == "i" and units[i + 1 : i + 2] == ["e"] and i + 1 < last:
            # German ie and a Maghreb French ie as i: Dietrich = Дитрих, Saied = Саид
            options[i + 1] = ("e", "i")
        elif unit == "o" and units[i + 1 : i + 2] == ["e"] and i + 1 < last:
            options[i + 1] = ("e", "u")  # Dutch oe as u: Hoekstra = Хукстра
        elif unit == "sch":
            options[i] = ("X", "SG")  # Dutch sch as s-kh: Schoof = Схоф = Σχοφ
        elif unit == "oo":
            options[i] = ("u", "o")  # Dutch oo as o: Schoof = Схоф
        elif unit == "sz":
            options[i] = ("X", "S")  # Hungarian sz: Szijjarto = Сийярто (Polish: Шидло)
        elif unit == "cz" and _hungarian_cz(units, i):
            options[i] = ("X", "S")  # old Hungarian cz, c: Rakoczi = Ракоци = راكوتسي
        elif unit == "z" and units[i + 1 : i + 2] == ["u"]:
            options[i] = ("S", "J")  # Japanese zu as Russian writes it: Suzuki = Судзуки
        elif unit == "z" and 0 < i < last and units[i - 1] in _VOWELS and units[i + 1] in "aeo":
            options[i] = _with(options[i], "J")  # Japanese z as dz: Akazawa = Акадзава
        elif unit == "z" and 0 < i < last and units[i - 1] == "n" and units[i + 1] in "aeiou":
            options[i] = _with(options[i], "J")  # Italian z as dz, Greek τζ: Λορέντζο, Ιντζάγκι
        elif unit == "tz" and i < last and units[i + 1][:1] in _VOWELS:
            options[i] = ("S", "J")  # Greek τζ before a vowel: Hatzidakis = Χατζηδάκης
        elif unit in _PINYIN:
            options[i] = _with(options[i], *_PINYIN[unit])
            if unit == "j":
                # Romance j as zh (Bolojan = Боложан), Spanish as kh (Rajoy = Рахой)
                options[i] = (*options[i], "X", "G")
        elif unit == "u" and i == last - 1 and _spanish_final_que(units):
            # a Spanish final -que, -qui's u is silent, its vowel said: Duque = Дуке = Ντούκε
            # (the e kept: Duque is not Дюк, the duke; see spoken.silent_u for longer names)
            options[i] = ("u", "")
        elif unit == "u" and _english_short_u(units, i):
            # Before rr, an ur's e too (Burrows = Берроуз, see _english_ur)
            options[i] = _with(("u", "a"), *options[i]) if units[i + 1] == "r" else ("u", "a")
        elif unit == "h" and 0 < i < last and _silent_h(units, i):
            options[i] = ("G", "")
        elif unit == "w" and i < last and units[i + 1][:1] in _VOWELS:
            options[i] = ("F", "u")
        elif unit == "ou" and 0 < i < last and _french_w(units, i):
            options[i] = ("u", "F")  # French ou as w: Ghazouani = Turkish Gazvani
        elif unit == "s" and 0 < i < last and _portuguese_sh(units, i):
            options[i] = ("S", "X")  # Portuguese s before a consonant: Costa = Кошта
        elif unit == "s" and i < last and _turkish_sh(units, i):
            options[i] = ("S", "X")  # Turkish ş typed as s: Simsek = Şimşek = Шимшек
    for i in range(1, last):
        if units[i] != "s" and units[i] != "o":
            continue  # the rules below read an s or an o (a test, not two slices a unit)
        before, after = units[i - 1][:1], units[i + 1][:1]
        if units[i] == "s" and before in _VOWELS and _sh_typed_as_s(units, i):
            options[i] = _with(options[i], "X")  # Romanian ș, Turkish ş typed as s: Nicușor
        elif units[i] == "o" and before not in _VOWELS and _o_before_e(units[i + 1 :]):
            options[i] = _with(options[i], "e")  # Nordic ø, German ö typed as o: Støre, Söder
        elif units[i] == "o" and i == 1 and before == "m" and after == "h":
            options[i] = _with(options[i], "u")  # Arabic Mo-h as Russian hears it: Мухаммед
    if "oe" in letters or "ue" in letters or "ae" in letters:
        _german_umlauts(units, options)
    if letters.endswith(_RUSSIAN_YO_ENDINGS):
        _russian_yo(units, options)
    if units[0] == "y" and len(units) >= 5:
        _south_asian_yu(units, options)
    if units[-3:] == ["a", "e", "i"]:
        options[last - 1] = _with(options[last - 1], "")  # Persian -aei as -ai: Baghaei = Багаи
    if units[-4:] == ["i", "d", "e", "s"]:
        options[last - 1] = (*options[last - 1], "i")
    if last >= 2 and units[last] == "h" and units[last - 1] in _VOWELS:
        options[last] = ("G", "")
        if units[last - 1] == "e":
            options[last - 1] = ("e", "a")
            if heard and units[last - 2][:1] not in _VOWELS:
                # Other scripts write a Persian -eh after a consonant without its h: its
                # silent h first, so a name read several ways (h, j, z) keeps it among its
                # first readings (MAX_VARIANTS): Hajizadeh = Хаджизаде = Χατζιζαντέ
                options[last] = ("", "G")


def _spanish_final_que(units: list[str]) -> bool:
    """Whether ``units`` end in a vowel and -que or -qui (Duque, Roque, Luque)."""
    return len(units) >= 4 and units[-3] == "q" and units[-1] in "ei" and units[-4] in _VOWELS


def _german_umlauts(units: list[str], options: list[Choices]) -> None:
    """Read an oe, ue or ae after a consonant, before a consonant and more, as the German
    o, u or a with its umlaut that English news types so (Kloeckner = Klöckner = Кльокнер,
    Mueller = Müller, Baerbock = Bärbock): the e also silent. Not before a final consonant
    (Joel, Samuel, Michael) nor a vowel (Boeing), nor the u of gue, que (Aguero)."""
    for i in range(2, len(units) - 2):
        if units[i] != "e" or units[i - 1] not in _UMLAUT_VOWELS:
            continue
        before, after = units[i - 2], units[i + 1]
        if before[:1] in _VOWELS or after[:1] in _VOWELS:
            continue
        if units[i - 1] == "u" and before in ("g", "q"):
            continue
        options[i] = _with(options[i], "")


_UMLAUT_VOWELS = frozenset("oua")  # the vowels German types with an e for their umlaut


# Russian surnames in -ёв (-ёва), which English news type -ev (Rublev, Korolev, Seleznev,
# Solovyev): others write the ё as said, jo, io, o or ьо (German Rubljow, Polish Rublowa,
# Czech Rubljov, Ukrainian Рубльов).
_RUSSIAN_YO_ENDINGS = ("ev", "eva")
# Where Russian writes ё in such an ending: after a soft l, n or r, or a y sound (Solovyev);
# after ch, sh, zh, e and o are one already (Gorbachev), and a hard -dev, -tev, -kov has
# none (Medvedev, Lebedev).
_YO_AFTER = frozenset(("l", "n", "r", "y", "i"))
_MIN_YO_UNITS = 5  # two syllables at least: not Lev, Nev


def _russian_yo(units: list[str], options: list[Choices]) -> None:
    """Read the e of a final -ev or -eva after l, n, r or a y sound as ё too, o or io
    (Rublev = Rubljow = Rublowa = Рубльов), as other languages write it."""
    i = len(units) - 2 if units[-1] == "v" else len(units) - 3
    if len(units) < _MIN_YO_UNITS or units[i] != "e" or units[i - 1] not in _YO_AFTER:
        return
    options[i] = _with(options[i], "o", "io")


def _south_asian_yu(units: list[str], options: list[Choices]) -> None:
    """Read the a of a name opening with a long yu (You-, Yoo-, Yu-), one consonant and a
    closed syllable, as u too: Pakistani English writes the short u of Yusuf, Yunus so
    (Yousaf, Younas: Yousafzai = Юсуфзай = Yusufzay)."""
    if units[1] not in ("ou", "oo", "u") or units[3] != "a":
        return
    if units[2][:1] in _VOWELS or units[4][:1] in _VOWELS:
        return
    options[3] = _with(options[3], "u")


def _heard_consonants(units: list[str], options: list[Choices], letters: str) -> None:
    """Consonants other scripts hear apart from their letters: a German initial st/sp as
    sht/shp (Steinmeier = Штайнмайер = شتاينماير) and so the st of an inner -stein after a
    consonant (Epstein = Эпштейн), an initial sr as shr (the Sanskrit
    ś of Sri: Шри Мульяни, Шри Ланка), a Polish ``ck`` before a final vowel as
    ts-k (Nawrocki = Навроцкий = Ναβρότσκι), a French final ``-ier`` without its r (Barnier =
    Барнье) and a French final ``-anc`` without its c (Leblanc = Леблан), a German ``dt``
    as t (Dobrindt = Ντόμπριντ, Schmidt = Σμιτ, Lindtman), an English first ``a`` before
    one or two consonants and an e as e (Vance = Вэнс, Cameron = Кэмерон; not Lavrov: each
    reading adds keys to every term) or before
    an English surname's second part (Ratcliffe = Рэтклифф, Stanford = Стэнфорд) or closed
    before a -son, -ton (Hamilton = Хэмилтон, Hanson = Генсон), and a
    Hungarian ``gy`` as d (Magyar = Мадьяр), and a th after a consonant as the t and h of a
    compound (Listhaug = Λίστχαουγκ)."""
    last = len(units) - 1
    if last >= 2 and units[0] == "s" and units[1] in ("t", "p", "r"):
        options[0] = ("S", "X")
    for i in range(1, last - 2 if "stei" in letters else 0):
        if units[i] == "s" and units[i + 1 : i + 4] == _STEIN and units[i - 1][:1] not in _VOWELS:
            options[i] = ("S", "X")  # a German compound's -stein: Epstein = Эпштейн = إبشتاين
    for i, unit in enumerate(units if "ck" in letters else ()):  # ``letters``: joined units
        if unit == "ck" and i < last and units[i + 1][:1] in _VOWELS:
            options[i] = ("K", "SK")  # Slavic c-k: Mickoski = Мицкоски, Nawrocki = Навроцкий
    if last >= 3 and units[last] == "r" and units[last - 1] == "e" and units[last - 2] == "i":
        options[last] = ("R", "")
    for i in range(1, last if "th" in letters else 0):
        if units[i] == "th" and units[i - 1] in _TH_APART and units[i + 1][:1] in _VOWELS:
            # t and h of a compound after a consonant, not English th: Listhaug = Λίστχαουγκ
            options[i] = (*options[i], "TG")
    for i in range(2, last + 1 if "dt" in letters else 0):
        if units[i] == "t" and units[i - 1] == "d":
            # German dt as t, final or inner (Dobrindt = Ντόμπριντ, Lindtman = Λίντμαν)
            options[i - 1] = (*options[i - 1], "")
    if last >= 3 and units[last] in ("c", "d", "t") and units[last - 1] == "r":
        options[last] = (*options[last], "")  # French -rc, -rd, -rt: Leclerc = Леклер
    elif last >= _MIN_ANC_LAST and units[last - 2 :] == _FRENCH_ANC:
        options[last] = (*options[last], "")  # French -anc: Leblanc = Леблан = لوبلان
    first = next((i for i, u in enumerate(units) if u[:1] in _VOWELS), last)
    # An Indian name's a is no English a: Bhaker is not Baker (Бейкер).
    english_a = units[first] == "a" and units[:2] not in _INDIAN_OPENINGS
    if (
        english_a
        and (
            _before_consonants_and_e(units, first + 1)
            or units[first + 1 : first + 2] == ["ck"]  # and before ck: Jackson = Джексон
            or _ENGLISH_COMPOUND.match("".join(units[first + 1 :])) is not None
            or _closed_before_son(units, first, letters)
        )
    ):
        options[first] = ("a", "e")
        if units[first + 2 : first + 3] in (["e"], ["y"]):
            options[first] = ("a", "e", "i")  # a long a, ei: Haley = Хейли, Baker = Бейкер
    for i in range(last if "gy" in letters else 0):
        if units[i] == "g" and units[i + 1] == "y" and units[i + 2 : i + 3] != ["y"]:
            options[i] = ("G", "D")  # Hungarian gy: Magyar = Мадьяр, Nagy = Надь
            if i + 1 == last:
                options[last] = (*options[last], "")  # its y is no vowel: Надь


# A French final -anc, its c silent after the nasal (Leblanc = Леблан = Λεμπλάν = لوبلان,
# Blanc = Блан); not a name of one letter before it (Slovene Janc is said with its c).
_FRENCH_ANC = ["a", "n", "c"]
_MIN_ANC_LAST = 4


# An English surname of two parts, whose first a is closed by its consonants (a short a,
# which Russian writes э: Ratcliffe = Рэтклифф, Radcliffe = Рэдклифф, Stanford =
# Стэнфорд): the consonants after the a (not r or l: Carlton, Walford) and the second part.
_ENGLISH_COMPOUND = re.compile(r"[b-dfghjkmnpqstvxz]{1,2}(?:cliffe?|liffe|ford|field|ton)$")


# An English surname's -son, -ton: the first a before it, closed by a consonant of its own
# (not r, l, w, y or h, which make another vowel), is short, written э, е (Hamilton =
# Хэмилтон, Hanson = Генсон, Clapton = Клэптон); not one whose consonant opens the -son
# (Mason = Мейсон).
_SON_TON = ("son", "ton")
_NOT_CLOSING = frozenset(("r", "l", "w", "y", "h"))


def _closed_before_son(units: list[str], first: int, letters: str) -> bool:
    """Whether the a at ``first`` is an English -son or -ton surname's short first a (see
    _SON_TON)."""
    if not letters.endswith(_SON_TON) or first + 1 >= len(units) - 3:
        return False
    after = units[first + 1]
    return after[:1] not in _VOWELS and after not in _NOT_CLOSING


# The openings of an Indian aspirate that no English word has: such a name's a is said a
# (Bhaker, Bhatia, Dhawan, Jhaveri).
_INDIAN_OPENINGS = (["b", "h"], ["d", "h"], ["j", "h"])


# The letters after the s of a German compound's -stein, said sht (Epstein, Goldstein,
# Hochstein = Эпштейн, Гольдштейн, Хокштейн), as German says an initial st.
_STEIN = ["t", "e", "i"]


def _english_vowels(units: list[str], options: list[Choices]) -> None:
    """English letters other scripts write by their sound: ee and an inner ea as i (Reeves =
    Ривз, Leavitt = Ливитт), a vowel before one consonant and a silent final e as its long
    sound (Pete = Пит, Mace = Мейс), e before a final s after a consonant as silent (Wiles =
    Уайлс), w after a vowel as u (Brown = Браун, Hawley = Хоули), wa as wo (Waltz = Уолц),
    an initial wh as u (Whitmer = Уитмер), ur and ir before a consonant as er (Murphy =
    Мерфи, Kirk = Кёрк) and ou before ng as a short u (Youngkin = Янгкин)."""
    last = len(units) - 1
    for i, unit in enumerate(units):
        if unit == "ee":
            options[i] = _with(options[i], "i")
    for i in range(1, last + 1):
        unit = units[i]
        if unit not in _ENGLISH_VOWEL_UNITS:
            continue  # no rule below (a test per unit, not slices per unit)
        before, after = units[i - 1], units[i + 1 : i + 3]
        if unit == "a" and before == "e" and after[:1] and after[0][:1] not in _VOWELS:
            options[i] = _with(options[i], "i", "e")  # Greek writes ε: Λέβιτ
        elif unit == "a" and before == "w":
            options[i] = _with(options[i], "o")
        elif unit == "w" and before[:1] in _VOWELS and _english_w(after, before):
            options[i] = _with(options[i], "u")
        elif unit == "h" and before == "w" and i == 1:
            options[i - 1], options[i] = _with(options[i - 1], "u"), _with(options[i], "")
        elif unit in ("u", "i") and _english_ur(units, i):
            options[i] = _with(options[i], "e")  # Murphy = Мерфи, Burns = Бёрнс, Kirk = Кёрк
        elif unit == "ou" and after == ["n", "g"]:
            options[i] = _with(options[i], "a")  # Youngkin = Янгкин
    if last >= 3 and units[last] == "e" and units[last - 1][:1] not in _VOWELS:
        vowel = units[last - 2]
        # Not in an Indian name (see _INDIAN_OPENINGS): Bhave is not Бейв.
        indian = units[:2] in _INDIAN_OPENINGS
        if vowel in _LONG_VOWEL and units[last - 3][:1] not in _VOWELS and not indian:
            options[last - 2] = _with(options[last - 2], _LONG_VOWEL[vowel])
    ending = units[last - 2 :]
    if last >= 3 and ending[1:] == ["e", "s"] and ending[0][:1] not in _VOWELS:
        options[last - 1] = _with(options[last - 1], "")


def _english_ur(units: list[str], i: int) -> bool:
    """Whether the u or i at ``i`` is English ur or ir before a consonant, one vowel that
    other scripts write er, ё (an i after a vowel is a diphthong's: Airlines)."""
    after = units[i + 1 : i + 3]
    if after[:1] != ["r"] or len(after) != 2 or after[1][:1] in _VOWELS:
        return False
    return units[i] == "u" or units[i - 1][:1] not in _VOWELS


def _pinyin_and_romance_vowels(units: list[str], options: list[Choices], letters: str) -> None:
    """Vowels Russian writes by their sound: pinyin ong as un (Dong Jun = Дун Цзюнь), an
    inner ng before a consonant as n (Shangfu = Шанфу) and a final uo as o (Guo = Го); French
    and English au and a final eau as o (Faure = Фор, Austin = Остин, Rousseau = Руссо; not
    before a final ng: Aung = Аун); a Portuguese final o, after two more vowels, as u
    (Bolsonaro = Болсонару; not the Russian dative of a short name: Petro is not Петру); a
    Vietnamese uong's u (ư) as ы (Cuong = Кыонг)."""
    last = len(units) - 1
    # Each rule of the loop reads an ng or an au: a quick test of ``letters`` (joined units).
    for i in range(1, last + 1 if "ng" in letters or "au" in letters else 1):
        unit, before, after = units[i], units[i - 1], units[i + 1 : i + 3]
        if unit == "o" and after == ["n", "g"] and "".join(units[i + 3 : i + 4])[:1] not in _VOWELS:
            options[i] = _with(options[i], "u")
        elif unit == "g" and before == "n" and after and after[0][:1] not in _VOWELS:
            options[i] = _with(options[i], "")
        elif unit == "u" and before == "a" and units[i + 1 :] != _FINAL_NG:
            # not before a final ng, a Burmese or Chinese au (Aung = Аун, not Он, he)
            options[i] = _with(options[i], "o")
        elif unit == "u" and after == ["o", "n"] and units[i + 3 : i + 4] == ["g"]:
            # Vietnamese ươ typed uo, before ng: Russian ы, Ukrainian и (Luong = Лыонг)
            options[i] = _with(options[i], "i")
    if last >= 2 and units[last - 1 :] == ["u", "o"]:
        options[last - 1] = _with(options[last - 1], "")
    if last >= 3 and units[last - 2 :] == ["e", "a", "u"]:
        options[last - 2] = _with(options[last - 2], "")
        options[last - 1] = _with(options[last - 1], "")
    # The vowels counted last, for a final o only.
    final_o = units[last] == "o" and units[last - 1][:1] not in _VOWELS
    if final_o and sum(u[:1] in _VOWELS for u in units) >= 3:
        options[last] = _with(options[last], "u")


_FINAL_NG = ["n", "g"]


def _belarusian_as_russian(units: list[str], options: list[Choices], letters: str) -> None:
    """A Belarusian name in Latin letters (one in -ouski, -ouskaya: ў before its -ski) as
    Russian writes it: ou as ov, and ts before i as t (Tsikhanouskaya = Тихановская =
    تيخانوفسكايا), as a Belarusian ц before a soft vowel is a Russian т; and an inner ia
    after a consonant as e (Bialiatski = Беляцкий, Sviatlana = Светлана), as Belarusian
    writes я for an unstressed Russian е (not pinyin's final -ian, -iang: Qiang = Цян)."""
    # ``letters`` (the joined units) tested for the letters before looking for their units.
    for i in range(1, len(units) - 2 if "ia" in letters else 1):
        if units[i : i + 2] != ["i", "a"] or units[i + 2 :] in (["n"], ["n", "g"]):
            continue
        if _consonants(units[i - 1], units[i + 2]):
            options[i + 1] = _with(options[i + 1], "e")
    if "ousk" not in letters:
        return
    found = [i for i in range(len(units) - 2) if units[i : i + 3] == ["ou", "s", "k"]]
    if not found:
        return
    for i in found:
        options[i] = _with(options[i], "oF")
    for i, unit in enumerate(units[:-1]):
        if unit == "ts" and units[i + 1] == "i":
            options[i] = _with(options[i], "T")


def _slavic_c(units: list[str], i: int) -> bool:
    """Whether the c at ``i`` reads ts or tsh (a Slavic c, ć or č typed without its mark)
    rather than English k: before v or w, which English never writes after a c (Cvijanović,
    Cvetković, Polish Cwalina; not after Mc or Mac: McVeigh), or a final -ic after a
    consonant (Vučić, Plenković, Cvijanović = Цвијановић)."""
    if i == len(units) - 1:
        return i >= 2 and units[i - 1] == "i" and units[i - 2][:1] not in _VOWELS
    if units[i + 1] not in ("v", "w"):
        return False
    return units[:i] not in (["m"], ["m", "a"])


def _hungarian_cz(units: list[str], i: int) -> bool:
    """Whether the cz at ``i`` may be an old Hungarian spelling's c, said ts: before an i,
    which Polish cz never is (Rákóczi = Ракоци; Polish writes czy), or in a name ending
    -ai, -ei, a Hungarian surname from a place (Toroczkai = توروتسكاي = Тороцкаи), which
    no Polish name does."""
    return units[i + 1 : i + 2] == ["i"] or units[-2:] in (["a", "i"], ["e", "i"])


def _turkish_c(units: list[str], i: int) -> bool:
    """Whether the inner c at ``i`` may be Turkish c, dzh in other scripts: before a, o or u
    (Öcalan = Оджалан), or between vowels before an e or i and a consonant (Recep =
    Реджеп = Ρετζέπ, Ecevit = Эджевит); not a final -ce, -ci (Rice, Vance = Райс, Вэнс)
    nor an Italian or Spanish -cia, -cio (Lucia = Лючия)."""
    after = units[i + 1]
    if after in ("a", "o", "u"):
        return True
    if after not in ("e", "i") or i + 2 >= len(units) or units[i + 2][:1] in _VOWELS:
        return False
    return units[i - 1][:1] in _VOWELS


def _consonants(*units: str) -> bool:
    return all(unit[:1] not in _VOWELS for unit in units)


def _o_before_e(after: list[str]) -> bool:
    """Whether an o before ``after`` may be a ø or ö typed without its mark: before the
    usual end of a Nordic or German name, one consonant and a final e or -er, -en, -el, -es
    (Store = Støre = Стёре, Soder = Söder = Зёдер)."""
    if len(after) not in (2, 3) or after[0][:1] in _VOWELS or after[1] != "e":
        return False
    return len(after) == 2 or after[2] in ("r", "n", "l", "s")


def _english_w(after: list[str], before: str) -> bool:
    """Whether a w after a vowel, before ``after``, may be English (a vowel's second letter,
    Brown = Браун): before n, l, m, d, re or an s not starting -sk, or a final -aw (Shaw = Шоу);
    not the Polish w of -ow, -owski, -wr (Ławrow, Rakowski)."""
    if not after:
        return before == "a"
    if after[:2] == ["r", "e"]:
        return True  # aw before re: Lawrence = Лоуренс
    return after[0] in ("n", "l", "m", "d") or (after[0] == "s" and after[1:] != ["k"])


def _french_w(units: list[str], i: int) -> bool:
    """Whether the ou at ``i`` is a French spelling's w: between a consonant and a vowel
    (Ghazouani, Touadéra), which languages spelling names by sound write v or w."""
    return units[i - 1][:1] not in _VOWELS and units[i + 1][:1] in _VOWELS


# Consonants after which a th is the t and h of a Nordic or German compound (List-haug,
# West-hoff, Ost-hof), which English hardly writes (Esther = Эстер keeps its T too).
_TH_APART = frozenset(("s", "l", "n", "r", "k", "p"))
_ENGLISH_VOWEL_UNITS = frozenset(("a", "w", "h", "u", "i", "ou"))  # those _english_vowels reads
# An English vowel before one consonant and a silent final e, as its key's vowel: a as ei, e
# as i, i as ai (a run keys as its last vowel: i), o as ou (u).
_LONG_VOWEL = {"a": "i", "e": "i", "i": "i", "o": "u"}


def _with(choices: Choices, *more: str) -> Choices:
    return tuple(dict.fromkeys((*choices, *more)))


def _before_consonants_and_e(units: list[str], i: int) -> bool:
    """Whether ``units[i:]`` starts with one or two consonants and then an e (or a final y)."""
    consonants = 0
    while i < len(units) and units[i][:1] not in _VOWELS and consonants < 2:
        i, consonants = i + 1, consonants + 1
    # English final y reads as e there too: Lammy = Лэмми
    return consonants > 0 and (units[i : i + 1] == ["e"] or units[i:] == ["y"])


# Pinyin letters as Russian (Palladius), Greek and Arabic spell them: x = с/σ/ش (Xi = Си),
# q = ц (Qiang = Цян), j = цз (Jinping = Цзиньпин).
_PINYIN: dict[str, Choices] = {"x": ("S", "X"), "q": ("S",), "j": ("S",)}
# Every unit a rule of _loosen's letter loop reads (the others pass it by).
_LOOSE_UNITS = frozenset(
    ("c", "ch", "rz", "sh", "gh", "g", "i", "o", "sch", "oo", "sz", "z", "tz", "u", "h", "w", "s")
) | frozenset((*_PINYIN, "ou", "cz"))


def _heard_endings(units: list[str], options: list[Choices]) -> None:
    """Endings another language hears differently: a final ``s`` as sh and ``-es`` as -ish
    (Portuguese Guterres = Гутерреш = Гутерриш), a Spanish final ``z`` as th (Sánchez =
    Σάντσεθ), a final ``ng`` as n (Jinping = Цзиньпин), a final e after a consonant as
    silent (Lagarde = Лагард), an English final -ay as -ei (May = Мэй), -ey as -i
    (Carney = Карни), a French final -ot's silent t (Barrot = Барро = Μπαρό) and a French
    final -u as -ю (Lecornu = Лекорню), a Thai final -eow as -eo or -eu (Phuangketkeow =
    Пхуангкеткео = Φουανγκκετκέου), a Vietnamese final -nh as n (Minh = Минь); a final
    -tsya, -tsia, -cia as -tsa, as Russian writes a Ukrainian -ця (Kyslytsya = Кислица); a French
    -aye as -ai (Faye = Фай), a Scots -och as -ok (Badenoch = Баденок) and a Dutch -uy as -ei
    (Rompuy = Ромпей)."""
    last = len(units) - 1
    if units[last] == "s":
        options[last] = ("S", "X")
        if last >= 2 and units[last - 1] == "e":
            options[last - 1] = ("e", "i")  # Portuguese -es: Guterres = Гутерриш
    elif units[last] == "z":
        options[last] = ("S", "T")
    elif units[last] == "g" and last and units[last - 1] == "n":
        options[last] = ("G", "")
    elif units[last] == "e" and last >= 2 and units[last - 1][:1] not in _VOWELS:
        options[last] = ("e", "")  # an English or French silent e: Lagarde = Лагард, Rice = Райс
    elif units[last] == "e" and last >= 2 and units[last - 2 : last] == ["a", "y"]:
        options[last] = ("e", "")  # French -aye said ai: Faye = Фай = Φάι = فاي
    elif units[last] == "ee" and last >= 2:
        options[last] = ("i", "e")  # English, Indian final -ee said i first: Banerjee = Банерджи
    elif units[last] == "ch" and _scots_och(units):
        options[last] = (*options[last], "K")  # Scots -och said k: Badenoch = Баденок
    elif units[last] == "y" and last and units[last - 1] == "a":
        options[last - 1] = ("a", "e")  # English -ay: May = Мэй = Μέι
    elif units[last] == "y" and _dutch_uy(units):
        options[last - 1] = ("u", "e")  # Dutch final -uy said ei: Van Rompuy = ван Ромпей
    elif units[last] == "y" and last >= 2 and units[last - 1] == "e":
        options[last - 1] = (*options[last - 1], "")  # English -ey: Carney = Карни
        options[last] = (*options[last], "i")
    elif units[last] == "w" and last >= 3 and units[last - 2 : last] == ["e", "o"]:
        # Thai -eow, said e-o (Phuangketkeow = Пхуангкеткео = Φουανγκκετκέου)
        options[last - 1] = ("o", "")
        options[last] = ("F", "", "u")
    elif units[last] == "h" and last >= 2 and units[last - 1] == "n" and units[last - 2] in _VOWELS:
        options[last] = (*options[last], "")  # Vietnamese -nh as нь: Minh = Минь, Chinh = Тинь
    elif units[last] == "t" and last >= 2 and units[last - 1] == "o":
        options[last] = (*options[last], "")  # French -ot: Barrot = Барро, Peugeot = Пежо
    elif units[last] == "u" and last >= 2 and units[last - 1][:1] not in _VOWELS:
        options[last] = (*options[last], "iu", "i")  # French -u: Лекорню, Greek Λεκορνί
    elif units[last] == "a" and last >= 2 and units[last - 1] in "iy" and _is_ts(units[last - 2]):
        options[last - 1] = (*options[last - 1], "")  # Ukrainian -ця as Russian -ца: Кислица
    if _arabic_glide_e(units):
        options[last - 1] = ("e", "i")  # Arabic -ayi- written -aye-: Tayeb = Тайиб, Nayef = Наиф
    if _greek_eus(units):
        options[last - 1] = ("u", "o", "a")  # Greek -εύς as -έως, -έας: Kerameus = Κεραμέως
    if (
        last >= 3
        and units[last] == "e"
        and units[last - 1] in ("s", "z")
        and units[last - 2] == "e"
    ):
        # English -ese as -eez, Italian as -ezi: Albanese = Албаниз = Αλμπανέζι
        options[last - 2] = (*options[last - 2], "i")
        options[last] = (*options[last], "i")


def _dutch_uy(units: list[str]) -> bool:
    """Whether ``units`` end in a Dutch -uy after a consonant, two syllables or more
    (Rompuy = Ромпей, Ρομπέι); not after g or q (Guy) nor in a one-syllable word (Buy)."""
    if len(units) < 5 or units[-2] != "u" or units[-3] in ("g", "q") or units[-3][:1] in _VOWELS:
        return False
    return any(unit[:1] in _VOWELS for unit in units[:-3])


def _scots_och(units: list[str]) -> bool:
    """Whether ``units`` end in -och or -ach after another syllable: a Scots name's, said
    -ok, -ak, which other scripts write so (Badenoch = Баденок = بادينوك, Murdoch =
    Мердок); not a one-syllable German name (Koch, Bloch, Bach = Кох, Блох, Бах), whose k
    would be another word (Блок)."""
    if len(units) < 4 or units[-2] not in ("o", "a"):
        return False
    return any(unit[:1] in _VOWELS for unit in units[:-3])


def _arabic_glide_e(units: list[str]) -> bool:
    """Whether ``units`` end in a vowel, y, e and a consonant other than r: an Arabic
    name's -ayi- (a kasra after the glide, Tayyib, Nayif, Zayid), which English and French
    write -aye- (Tayeb, Nayef, Zayed) and Russian, Turkish and Greek -ayi- or -ai- (Тайиб,
    Наиф, Заид); not a German -ayer, -eyer (Bayer = Байер)."""
    if len(units) < 4 or units[-2:-4:-1] != ["e", "y"] or units[-4][:1] not in _VOWELS:
        return False
    return units[-1][:1] not in _VOWELS and units[-1] != "r"


def _greek_eus(units: list[str]) -> bool:
    """Whether ``units`` end in a Greek name's -eus after a consonant, two vowels or more
    before it (Kerameus, Odysseus: Κεραμεύς, whose genitive is Κεραμέως and modern
    nominative -έας); not a shorter name (Matheus, Portuguese)."""
    if units[-3:] != ["e", "u", "s"] or len(units) < 5 or units[-4][:1] in _VOWELS:
        return False
    return sum(unit[:1] in _VOWELS for unit in units[:-3]) >= 2


def _is_ts(unit: str) -> bool:
    """Whether ``unit`` is a ts sound (ts, tz, a Polish or Czech c)."""
    return unit in ("ts", "tz", "c")


def _turkish_sh(units: list[str], i: int) -> bool:
    """Whether the ``s`` at ``i`` may be a Turkish (or Romanian) ş typed without its mark:
    before i or e, first or after m, n, r, l or k (Simsek = Şimşek, Aksener = Akşener), or
    first before o or u in a name of five letters or more (Suica = Šuica); after a vowel it
    is read so before o or u only (see _loosen), each reading adding keys."""
    if i == 0 and units[1] in ("o", "u"):
        # a first š or ş before o or u, of a name long enough (Suica = Šuica = Шуица,
        # Sukru = Şükrü; Song, Sun would be Шон, Шун)
        return len(units) >= _MIN_FIRST_SH_UNITS
    return units[i + 1] in ("i", "e") and (i == 0 or units[i - 1] in ("m", "n", "r", "l", "k"))


# Units of a name whose first s before o or u is also read as a š typed without its mark.
_MIN_FIRST_SH_UNITS = 5


def _sh_typed_as_s(units: list[str], i: int) -> bool:
    """Whether the ``s`` at ``i`` (after a vowel) may be a Romanian ș, Turkish ş or South
    Slavic or Czech š typed without its mark: before o or u (Nicușor), or before an a that
    does not end the name (Pašalić, Yaşar), or before the -ić, -ič of a South Slavic surname
    (Anušić, Pašić, Mišić: see _SLAVIC_IC); a final -sa is far more often the name's own s
    (Rosa is not Роща)."""
    after = units[i + 1]
    if after == "i" and units[i + 2 :] == _SLAVIC_IC:
        return True
    return after in ("o", "u") or (after == "a" and i + 1 < len(units) - 1)


# The end of a South Slavic surname after an s, -ić or -ič typed -ic: the s before it is as
# often the name's š (Anušić = Анушич, Pašić = Пашич) as its s (Mesić = Месич), and each
# reading is kept. Not an s before another i (Kasim is no Кашим).
_SLAVIC_IC = ["c"]


def _portuguese_sh(units: list[str], i: int) -> bool:
    """Whether the ``s`` at ``i`` may be Portuguese sh: after a vowel, before a consonant
    other than s or z (Costa = Кошта, Mesquita = Мешкита; not Zelensky, Rasmussen's ss)."""
    return units[i - 1] in _VOWELS and units[i + 1][:1] not in _VOWELS and units[i + 1] not in "sz"


def _silent_h(units: list[str], i: int) -> bool:
    """Whether the ``h`` at ``i`` may be silent: after a vowel, before a consonant
    (Johnson = Джонсон, Lehmann = Леман) or another vowel (Ibrahim = Ιμπραήμ; not
    between two like vowels: Mahama is not Мама); or after d or b, the aspirates of Indian
    names and the Arabic dh, which other scripts write as a plain d or b (Dhoni = Дхони =
    Дони, Abhishek = Абишек, Abu Dhabi = Абу-Даби); or after ch, the Indian and Nepali
    aspirate chh that Arabic writes as a plain ch (Lamichhane = لاميتشاني)."""
    before, after = units[i - 1], units[i + 1]
    if before in _ASPIRATED:
        return True
    if before not in _VOWELS:
        return False
    return after[:1] not in _VOWELS or _LATIN_CLASS[before] != _LATIN_CLASS.get(after, after)


_ASPIRATED = frozenset(("d", "b", "ch"))


def _english_short_u(units: list[str], i: int) -> bool:
    """Whether the ``u`` at ``i`` may be English short u (read a in other scripts): in a
    closed syllable, before two consonants other than r or before ck or x, its two
    consonants in one letter, not at the start nor after a vowel (Trump = Трамп, Lutnick =
    Латник, Tucker = Такер, Luxon = Лаксон, Huxley = Хаксли; Urban stays Urban, Burns =
    Бёрнс; Austin's au is read o, see _pinyin_and_romance_vowels)."""
    after = units[i + 1 : i + 3]
    closed = len(after) == 2 and all(u[:1] not in _VOWELS and u != "r" for u in after)
    # A doubled r before a vowel closes it too: not ur, said er (Curry = Карри = Κάρι,
    # Murray = Маррей; Burns = Бёрнс).
    closed = closed or (
        after == ["r", "r"] and units[i + 3 : i + 4][:1] in (["a"], ["e"], ["i"], ["o"], ["y"])
    )
    # Not a vowel's second letter: English au is said o there (Austin = Остин, Gauff = Гофф).
    return i > 0 and units[i - 1] not in _VOWELS and (closed or after[:1] in _CLOSING_UNITS)


# Single units that close the syllable before them as two consonants would (ck, x = ks).
_CLOSING_UNITS = (["ck"], ["x"])


def _sound(units: list[str], i: int) -> Choices:
    if units[i] == "c":
        after = units[i + 1] if i + 1 < len(units) else ""
        return ("S",) if after[:1] in ("e", "i", "y") else ("K",)
    return _SOUNDS.get(units[i], _NO_SOUND)


_NO_SOUND: Choices = ("",)


def _normalised(combos: Iterable[tuple[str, ...]]) -> tuple[tuple[Sound, ...], ...]:
    """Each of ``combos`` with its vowel runs collapsed (inside the word to their last
    letter, at its end to their distinct classes), the drops applied and doubles collapsed:
    in one run of C-level passes over all of them joined (a reading has a few: the
    per-call overhead dominated). No pass reaches across _APART."""
    spelled = list(map("".join, combos))
    if not spelled:
        return ()
    text = _VOWEL_RUN.sub(_kept_of_run, _APART.join(spelled))
    for old, new in _DROPS:
        text = text.replace(old, new)
    return tuple(map(tuple, _DOUBLED_CONSONANT.sub(r"\1", text).split(_APART)))


# Runs of two vowels or more (most readings have none): what _normalised keeps of them is
# decided by :func:`_kept_of_run`, a run at a time.
_VOWEL_RUN = re.compile("[aeiouy]{2,}")


def _kept_of_run(found: re.Match[str]) -> str:
    """What :func:`_normalised` keeps of a run of vowels: at the end of its combination its
    distinct classes (the last of each class), inside it :func:`_inner_run`."""
    run, text, start, end = found.group(), found.string, found.start(), found.end()
    if end < len(text) and text[end] != _APART:
        before = text[start - 1] if start else ""
        return _inner_run(run, "" if before == _APART else before)
    return "".join(
        vowel
        for vowel, after in zip(run, run[1:] + _APART, strict=True)
        if after == _APART or _LATIN_CLASS[vowel] != _LATIN_CLASS[after]
    )


def _inner_run(run: str, before: str) -> str:
    """A vowel run inside the word: its last letter, but an i or y before a final o is
    kept (Simion is not Simon, Lyon = Лион), except after c, g, j or sh, where it only
    softens the consonant (Ciolacu = Чолаку, Giorgia = Джорджа)."""
    if len(run) >= 2 and run[-1] == "o" and run[-2] in "iy" and before not in _SOFTENED:
        return run[-2:]
    return run[-1:]


_SOFTENED = ("S", "G", "J", "X")  # classes of c, g, j and sh (and of s, z: Siobhan is rare)


_DOUBLED_CONSONANT = re.compile("([A-Z])\\1+")  # consonant classes are upper case, vowels not


def _latin_key(sounds: Sequence[Sound]) -> str:
    """Vowel letters to classes (y as i); after sh/ch/zh, e and o are one (Russian ё:
    Горбачёв is Gorbachev and Gorbatschow); o and a stay apart (Μελάνι, ink, is not
    Meloni), a final o too (Ruto is not Рута; see forms: Łukaszenka). Two C-level passes:
    it runs for every reading of every name."""
    return _E_OR_O_AFTER_SH.sub("a", "".join(sounds)).replace("y", "i")


_E_OR_O_AFTER_SH = re.compile("(?<=X)[eo]")


def arabic_keys_of_latin(
    reading: str, min_consonants: int = MIN_ARABIC_CONSONANTS, written: str = ""
) -> frozenset[str]:
    """Every key the Arabic spelling of a Latin-read name can have (see :func:`arabic_keys`),
    of at least ``min_consonants`` consonants. ``written``: the name as written, when
    ``reading`` drops letters it does not say (Tarique read tarik): its vowels, not the
    reading's, decide whether Arabic writes one (طارق, not ترك "left")."""
    voiced = _voiced(written or reading)
    variants = [s for r in _arabic_readings(reading) for s in _variants(r, HEARD)]
    spellings: list[str] = []
    # Each reading gets its share of the keys (a long name's first reading alone would
    # fill them: Christodoulides read with ch as sh, never as kh = خ).
    share = max(MAX_ARABIC_KEYS // max(len(variants), 1), _MIN_SHARE)
    spelled: set[tuple[Choices, ...]] = set()  # letters a variant may be written with
    for sounds in variants:
        options = [_ARABIC_LETTERS[s] for s in sounds]
        _nasal_before_b(sounds, options)
        _last_syllable_o(sounds, options)
        if sounds and sounds[0] in _VOWELS:
            options[0] = ("a", *options[0])  # a written initial vowel is an alef
        elif reading.startswith("le") and sounds[1:2] == ("e",):
            options[1] = (*options[1], "w")  # French Le- as lu-: Lecornu = لوكورنو (Le Pen)
        if len(sounds) > 1 and sounds[-1] in _VOWELS and not reading.endswith(_AYN):
            # A final vowel is written (ميلوني Meloni, فيكو Fico, فاطمة Fatima): only
            # inner short vowels go unwritten, so Vasli is not وصل (arrived); but a final
            # -aa is often an ayn, which keys as nothing (Sharaa = الشرع).
            options[-1] = tuple(o for o in options[-1] if o != _UNWRITTEN)
            if sounds[-1] in "ae" and _marbuta(reading, sounds):
                options[-1] = (*options[-1], _TA_MARBUTA)
        glide = (
            *_final_glide(sounds, options),
            *_opening_glide(reading, sounds, options),
            *_short_ia_glide(sounds, options),
            *_opening_alef(sounds, options),
        )
        for letters in (tuple(options), *glide):
            # Variants Arabic writes alike (b and p, d and t, o and u are one letter each)
            # give the same spellings: each is spelled once.
            if letters in spelled:
                continue
            spelled.add(letters)
            # Arabic writes most vowels of a foreign name (خريستودوليدس), fewer of a short
            # or Arabic one: the spellings leaving fewer vowels unwritten first.
            combos = islice(fewest_changes_first(list(letters), _written_or_not, share), share)
            spellings.extend(map("".join, combos))
    # A name of three or more vowels writes at least one of them (تبون Tebboune, not
    # تبن straw; بوكيلة Bukele, not بكل "with all"): a bare consonant skeleton is how
    # Arabic writes its own words, names of two short vowels among them (حفتر Haftar).
    keys = list(set(_arabic_keys_of_spellings(dict.fromkeys(spellings))))
    skeletons = _APART.join(keys).translate(_WITHOUT_VOWELS).split(_APART)  # one C pass
    return frozenset(
        key
        for key, consonants in zip(keys, skeletons, strict=True)
        if len(consonants) >= min_consonants and not (voiced and consonants == key)
    )


_ALEF: Choices = ("a",)
# A y between two a's is a consonant, and Arabic writes it ي between two alefs (Iwaya =
# إيوايا, Kaya = كايا, Maya = مايا): keyed as a consonant of its own there, on both sides
# (see arabic_keys), so a name of one other consonant has keys too; a vowel letter's ي
# among vowel letters would fold into them (إيوايا as إيفا, Eva).
_GLIDE = "Y"
_GLIDE_SOUNDS = frozenset("yi")


def _final_glide(
    sounds: Sequence[Sound], options: list[Choices]
) -> tuple[tuple[Choices, ...], ...]:
    """``options`` with the y of a final -aya written as the glide (see _GLIDE), or () for
    a reading not ending so (only there does a y between a's keep its sound: see
    _normalised)."""
    if len(sounds) < 3 or sounds[-3] != "a" or sounds[-1] != "a":
        return ()
    if sounds[-2] not in _GLIDE_SOUNDS:
        return ()
    return ((*options[:-3], _ALEF, (_GLIDE,), options[-1]),)


# A name's opening vowel before an a said apart from it, or with a y between (Eala, Iyad,
# Ayala): Arabic writes the glide ي between two alefs there (إيالا, إياد, أيالا), keyed as a
# consonant (see _GLIDE), as its opening إي, أي written with the glide heard before the a.
_OPENING_GLIDE = re.compile("(?:[ei]|[aei]y)a(?=[b-df-hj-np-tv-z])")


def _opening_glide(
    reading: str, sounds: Sequence[Sound], options: list[Choices]
) -> tuple[tuple[Choices, ...], ...]:
    """``options`` with a name's opening vowel and a (see _OPENING_GLIDE) written as alef,
    the glide and alef, or () for a reading not opening so."""
    if not _OPENING_GLIDE.match(reading) or sounds[:1] != ("a",):
        return ()
    return ((_ALEF, (_GLIDE,), _ALEF, *options[1:]),)


# A name of one consonant and -ia or -iya (Zia, Mia, Riya): Arabic writes its i as the glide
# ي before the final alef (ضياء, ميا, ريا), keyed as a consonant (see _GLIDE).
_SHORT_IA_SOUNDS = 3


def _short_ia_glide(
    sounds: Sequence[Sound], options: list[Choices]
) -> tuple[tuple[Choices, ...], ...]:
    """``options`` with a one-consonant name's -ia written as the glide and alef, or ()."""
    if len(sounds) != _SHORT_IA_SOUNDS or sounds[0] in _VOWELS or sounds[2] != "a":
        return ()
    return ((options[0], (_GLIDE,), _ALEF),) if sounds[1] in _GLIDE_SOUNDS else ()


# An opening i or e before two consonants is written with a bare alef, its vowel left out
# (إنغريد Ingrid, إسماعيل Ismail, إنفانتينو Infantino): spelled on their own, as the share of
# a long name's other spellings may leave them out.
def _opening_alef(
    sounds: Sequence[Sound], options: list[Choices]
) -> tuple[tuple[Choices, ...], ...]:
    """``options`` with a name's opening i or e before two consonants as a bare alef, or ()."""
    if len(sounds) < 3 or sounds[0] not in "ie" or any(s in _VOWELS for s in sounds[1:3]):
        return ()
    return ((_ALEF, *options[1:]),)


def _last_syllable_o(sounds: Sequence[Sound], options: list[Choices]) -> None:
    """Write an o in a name's last syllable, after its first, before its final consonants,
    as و only: Arabic writes it (ماركوس Marcos, راموس Ramos, بادينوك Badenoch), while its
    own words leave the short vowel out (ماركس Marx). Not before a final n alone: Tajik
    and Uzbek write an Arabic name's a so (Rahmon = رحمن)."""
    last = len(sounds) - 1
    if last < 2 or sounds[last] in _VOWELS:
        return  # most names: a final vowel, written anyway
    j = last - 1
    while j > 0 and sounds[j] not in _VOWELS:
        j -= 1
    if j == last - 1 and sounds[last] == "N":
        return
    if sounds[j] == "o" and any(s in _VOWELS for s in sounds[:j]):
        options[j] = _ARABIC_O


_ARABIC_O: Choices = ("w",)


def _nasal_before_b(sounds: Sequence[Sound], options: list[Choices]) -> None:
    """Read an m before b as ن too: Arabic writes the n it says m there (جنبلاط
    Jumblatt, قنبر Qambar), as Latin writes the mb it hears."""
    for i in range(len(sounds) - 1):
        if sounds[i] == "M" and sounds[i + 1] == "B":
            options[i] = ("M", "N")


class _ArabicLetters(dict[Sound, Choices]):
    """The Arabic letters that may write a sound (see _ARABIC_VOWEL, _ARABIC_CONSONANT), an
    unwritten vowel as _UNWRITTEN: it still parts its consonants, both written (Vivi is
    فيفي, not في "in"). Filled on first use of each sound: a lookup per sound, not a tuple
    built per sound of every reading of every name."""

    def __missing__(self, sound: Sound) -> Choices:
        found = _ARABIC_VOWEL.get(sound, (_ARABIC_CONSONANT.get(sound, sound),))
        letters = self[sound] = tuple(o or _UNWRITTEN for o in found)
        return letters


_ARABIC_LETTERS = _ArabicLetters()


def usual_first(choices: Choices) -> tuple[Choices, Choices]:
    """A letter's usual reading (its first) and its others."""
    return choices[:1], choices[1:]


def _written_or_not(choices: Choices) -> tuple[Choices, Choices]:
    """A letter's written choices (usual) and its unwritten one (if it may go unwritten)."""
    if _UNWRITTEN not in choices:
        return choices, ()
    written = tuple(o for o in choices if o != _UNWRITTEN)
    return (written, (_UNWRITTEN,)) if written else (choices, ())


def pinyin_qi(reading: str) -> str | None:
    """``reading`` with pinyin's qi as Arabic writes it, تشي (Qiang = تشيانغ; a q after a
    vowel is Arabic's ق: Siddiqi), or None if it has none. For a word of a name of several
    only (see forms.phrase_word_keys): alone, its short keys are common Arabic words'."""
    spelled = _PINYIN_QI.sub("tshi", reading)
    return None if spelled == reading else spelled


_PINYIN_QI = re.compile("(?<![aeiou])qi")


def _arabic_readings(reading: str) -> tuple[str, ...]:
    """``reading``, as Arabic spells its dz and dj: two letters, d-z and d-y (Kobakhidze =
    كوباخيدزه, Djokovic = ديوكوفيتش); with an inner y before a vowel as its ي and the short
    vowel after it unwritten (Velayati = ولايتي, Maryam = مريم); and with its plain g as k,
    the ق that the Gulf, Sudan and Libya say g (Gargash = قرقاش, Dagalo = دقلو)."""
    spelled = reading.replace("dz", "ds").replace("dj", "di")
    found: tuple[str, ...] = (reading,) if spelled == reading else (reading, spelled)
    if "y" in reading:
        # A run of vowels keys as its last (Velayati's aya as a), and a y after a consonant
        # as a vowel (Maryam's ya): Arabic writes the glide.
        glide = _INNER_GLIDE.sub("y", spelled)
        found = found if glide == spelled else (*found, glide)
    if "g" not in reading:
        return found  # most names: no pass below
    # Read as k, which Arabic's ق keys as: a q would also be read as pinyin's (a ts, Agar
    # as أسعار, "prices"), which no Arabic g is.
    said_g = _PLAIN_G.sub("k", reading)
    return found if said_g == reading else (*found, said_g)


# A y after a vowel or a consonant, before a vowel and a consonant, with the vowel after it
# (Velayati's -ya-, Maryam's -ya- = مريم).
_INNER_GLIDE = re.compile("(?<=[a-z])y[aeiou](?=[b-df-hj-np-tv-z])")
# A g that is neither gh nor a final ng's (Arabic writes نغ, ng: Jong = جونغ).
_PLAIN_G = re.compile("(?<!n)g(?!h)|(?<=n)g(?=[aeiou])")


def _marbuta(reading: str, sounds: Sequence[Sound]) -> bool:
    """Whether a Latin name's final a/e may be written ة (see _TA_MARBUTA)."""
    return reading.endswith("h") or sum(s.isupper() for s in sounds) >= _MARBUTA_CONSONANTS


_UNWRITTEN = "."
_AYN = "aa"  # how Latin spellings of Arabic names often write a final ع
_VOWEL_RUNS = re.compile("[aeiou]+")
_VOICED_VOWELS = 3  # a name with this many vowels (as spelled) writes one in Arabic
# A diphthong before a consonant (Neymar's ey, Faisal's ai, Hussein's ei): Arabic writes it
# with its ي, foreign and Arabic names alike (نيمار, فيصل, حسين), never as a bare skeleton
# (نمر, tiger).
_DIPHTHONG = re.compile("[aeo][iy](?=[b-df-hj-np-tv-xz])")
# An Arabic name's doubled consonant (a shadda) among single vowels, ending in a consonant,
# or its Mo-h/Mu-h: Arabic writes it without vowels however many the Latin spelling has
# (Mohammed, Muhammad, Mohamed = محمد); Tebboune (a vowel pair) and Bukele still write one.
_ARABIC_SHAPED = re.compile(
    r"^(?!.*[aeiou]{2}).*([b-df-hj-np-tv-z])\1.*[b-df-hj-np-tv-z]$|^m[ou]h[aeiou]"
)


def _voiced(reading: str) -> bool:
    """Whether Arabic writes at least one vowel of the Latin-read name ``reading``: three
    vowels or a diphthong, unless the name is shaped as an Arabic one (see above)."""
    many = len(_VOWEL_RUNS.findall(reading)) >= _VOICED_VOWELS
    return (many or _DIPHTHONG.search(reading) is not None) and not _ARABIC_SHAPED.search(reading)


# ة, an Arabic word's feminine ending: a Latin name's final a is written so only when the
# name is Arabic-looking (a final h: Haniyeh = هنية) or long (three consonants: Fatima =
# فاطمة); short foreign names write it with alef (Duda = دودا, not دودة, a worm).
_TA_MARBUTA = "h"
_MARBUTA_CONSONANTS = 3
# A key is consonant classes (upper case) and written vowels (a, w, y): its consonants are
# what is left without the vowels (one C-level pass, not a test per letter).
_WITHOUT_VOWELS = str.maketrans("", "", "awy" + _TA_MARBUTA)


_ARABIC_MARKS = re.compile("[\u064b-\u065f\u0670\u0640]")
_ARABIC: dict[str, Choices] = {
    **dict.fromkeys("اآأإى", ("a",)),
    "و": ("w", "F"),
    **dict.fromkeys("يیے", ("y",)),  # Arabic, Persian and Urdu yeh
    **dict.fromkeys("ةۃ", (_TA_MARBUTA,)),  # Arabic (and Urdu) nouns' and names' ending
    **dict.fromkeys("ءئؤع", ("",)),
    **dict.fromkeys("بپ", ("P",)),
    **dict.fromkeys("تطدٹڈ", ("T",)),  # and Urdu tt, dd
    "ض": ("T", "S"),  # d, and z as Persian and Urdu say it (ضياء Zia, رضا Raza)
    **dict.fromkeys("سصزذظ", ("S",)),
    "ث": ("S", "T"),  # th, as Arabic writes an English th (Hegseth = هيغسيث)
    **dict.fromkeys("شچژ", ("X",)),
    **dict.fromkeys("حخهغگۀہھە", ("G",)),  # and the Persian, Urdu and Kurdish forms of heh
    "ج": ("J", "G", "X"),  # j, Egyptian g, and the zh of foreign names
    **dict.fromkeys("قكک", ("K",)),  # and Persian and Urdu kaf (keheh)
    **dict.fromkeys("فڤ", ("F",)),
    "ل": ("L",),
    "م": ("M",),
    **dict.fromkeys("نں", ("N",)),
    **dict.fromkeys("رڑ", ("R",)),
}
# A final heh writes a name's last vowel as often as an h: Arabic ه (روته Rutte), Urdu's
# heh goal ہ (خواجہ Khawaja, where Arabic writes خواجة; شاہ Shah keeps its h), Persian ۀ and
# Kurdish ە.
_FINAL_VOWEL_HEHS = frozenset("هہۀە")
# Persian writes a name's e with a heh, and a zero-width non-joiner after it before the
# name's next part (خامنه‌ای Khamenei, اژه‌ای Ejei, where Arabic writes خامنئي).
_ZWNJ = "\u200c"


def joined_keys(first: Iterable[str], second: Iterable[str]) -> frozenset[str]:
    """Keys of two Arabic-script words written as one, a zero-width non-joiner between them
    (which folds away) or none: each key of ``first`` then each of ``second``, keyed again
    (a vowel run or a doubled consonant may now cross where they meet)."""
    return frozenset(_arabic_key((a, b)) for a in first for b in second)


def _vowel_hehs_before_zwnj(form: str, options: list[Choices]) -> None:
    """Read each heh of ``form`` right before a zero-width non-joiner as a vowel too."""
    for i, letter in enumerate(form[:-1]):
        if letter in _FINAL_VOWEL_HEHS and form[i + 1] == _ZWNJ:
            options[i] = ("G", "a")


_ALEFS = frozenset("اأإآ")
_UNKEYED: Choices = ("",)
_YEH = "ي"


def _glides(form: str, options: list[Choices]) -> tuple[list[Choices], ...]:
    """``options`` with each ي between two alefs read as the glide y (see _GLIDE), or ()
    for a form without one: its own combinations, so the others keep theirs (each word has
    at most MAX_VARIANTS). Not after a letter the key leaves out (an ayn or hamza: رعايا,
    subjects, would key as Raya)."""
    places = [
        i
        for i in range(1, len(form) - 1)
        if form[i] == _YEH
        and form[i - 1] in _ALEFS
        and form[i + 1] in _ALEFS
        and (i == 1 or options[i - 2] != _UNKEYED)  # i == 1: a name's opening glide (إيالا)
    ]
    if _short_ya(form):
        places.append(1)
    if not places:
        return ()
    glided = list(options)
    for i in places:
        glided[i] = (_GLIDE,)
    return (glided,)


# A word of one consonant, ي and a final alef, a hamza after it or not (ضياء, ميا): the ي
# is the glide of a name's -ia (see _short_ia_glide).
_SHORT_YA = re.compile("[^اأإآويى]يا[ء]?")


def _short_ya(form: str) -> bool:
    return _SHORT_YA.fullmatch(form) is not None


# A name of a vowel, one consonant and i, e, o or u, opening with o, u, i or e (Obi, Ito):
# Arabic writes its opening vowel as alef and the long letter (أوبي, إيتو), which the
# key of one consonant folds into every short word's (وبي, "and with me"): such a word
# also has a key of its own, marked, which the name's term asks for.
OPENED = "^"
_OPEN_LETTERS = {"o": "w", "u": "w", "i": "y", "e": "y"}
_OPENED_SOUNDS = 3
# Not a final alef: Arabic words end so (أولى, first; أولا, firstly).
_OPENED_WORD = re.compile("[أإ][وي][^اأإآويىءئؤعة][يو]")
_OPENED_LAST = frozenset("wy")  # the key's letters of a final و or ي


def opening_vowel_keys(reading: str) -> frozenset[str]:
    """Marked keys of a reading of a vowel, a consonant and a vowel, its opening o, u, i
    or e written as alef and long letter (see OPENED); none for another reading."""
    found: set[str] = set()
    for sounds in _variants(reading, HEARD):
        if len(sounds) != _OPENED_SOUNDS or sounds[0] not in _OPEN_LETTERS:
            continue
        if sounds[1] in _VOWELS or sounds[2] not in _VOWELS:
            continue
        opening, last = _OPEN_LETTERS[sounds[0]], _ARABIC_LETTERS[sounds[2]]
        for consonant, vowel in product(_ARABIC_LETTERS[sounds[1]], last):
            if vowel in _OPENED_LAST:
                found.add(OPENED + _arabic_key((opening, consonant, vowel)))
    return frozenset(found)


def _opened_keys(word: str) -> set[str]:
    """Marked keys of ``word`` (or it less a proclitic) written as such a name (see
    OPENED): ``أوبي``, ``لأوبي``."""
    return {
        OPENED + key
        for form in arabic_forms(word)
        if _OPENED_WORD.fullmatch(form)
        for key in _form_keys(form)
    }


_PROCLITICS = ("وال", "بال", "فال", "كال", "لل", "ال", "و", "ب", "ل", "ف", "ك")
_ARTICLES = frozenset(_PROCLITICS[:6])


def arabic_keys(
    word: str, function_words: frozenset[str] = frozenset(), *, article_off: bool = True
) -> frozenset[str]:
    """Keys of an Arabic-script word: its consonant classes and written vowels, for the
    word and for it without a leading article or one-letter proclitic (``ال``, ``و`` ...;
    the article kept if not ``article_off``); none for a form among ``function_words`` (an
    article's: ``لولا``, ``ولولا``)."""
    bare = without_marks(word)
    found: set[str] = set()
    forms = arabic_forms(bare)
    if not article_off:
        forms = [f for f in forms if bare[: len(bare) - len(f)] not in _ARTICLES]
    for form in forms:
        # The article takes no function word: الشرع (al-Sharaa) is no شرع ("began").
        if form in function_words and bare[: len(bare) - len(form)] not in _ARTICLES:
            continue
        found.update(_form_keys(form))
    short = _short_stem(bare)
    if short is not None:  # a function word too (فو, هو): a name's word is written so
        found.update(k for k in _form_keys(short) if _one_consonant(k))
    found.discard("")
    found.update(_opened_keys(bare))
    spelled = vowel_letters_key(bare)
    if spelled is not None:
        found.add(spelled)
    return frozenset(found)


def _form_keys(form: str) -> set[str]:
    """Keys of one form of an Arabic word (see arabic_keys)."""
    found: set[str] = set()
    options = [_ARABIC.get(ch, ("",)) for ch in form]
    if form[-1:] in _FINAL_VOWEL_HEHS:
        options[-1] = ("G", "a")  # also a name's final vowel (روته Rutte), as ة is
    if _ZWNJ in form:
        _vowel_hehs_before_zwnj(form, options)
    for letters in (options, *_glides(form, options)):
        for combo in islice(product(*letters), MAX_VARIANTS):
            found.add(_arabic_key(combo))
            # Two like letters in a row are two consonants, a short vowel unwritten
            # between (ممداني Mamdani): also keyed as written, as a Latin name's are.
            found.add(_arabic_key(combo, collapse=False))
    return found


# A one-letter proclitic joins a name's word of two letters too (لشي جين بينغ, to Xi Jinping;
# لفو ثي, to Vo Thi): that word's keys of one consonant, which only a word of a name of
# several asks for (see forms.phrase_word_keys), so no word alone reads as such a stem.
_ONE_LETTER_PROCLITICS = frozenset(p for p in _PROCLITICS if len(p) == 1)
_SHORT_STEM = 2


def _short_stem(word: str) -> str | None:
    """``word`` less a one-letter proclitic joined to a word of two letters, or None."""
    if len(word) == _SHORT_STEM + 1 and word[0] in _ONE_LETTER_PROCLITICS:
        return word[1:]
    return None


def _one_consonant(key: str) -> bool:
    """Whether an Arabic key holds one consonant class (upper case) only."""
    return sum(c.isupper() for c in key) == 1


# A short word of vowel letters only (يي, يو): its keys hold no consonant, so every such
# word has the same ones (يي is وي is أي); it is also keyed by its letters, the key a word
# of a Chinese name that Arabic writes so asks for (Wang Yi = وانغ يي, see pinyin).
_VOWEL_LETTERS = str.maketrans("أإآىی", "ااايي")
_VOWEL_LETTERS_WORD = re.compile("[اوي]{2,3}")
_LETTERS_KEY = "="


def vowel_letters_key(word: str) -> str | None:
    """The key of an Arabic ``word`` (without marks) of two or three vowel letters as
    written (alef, waw, yeh: ``=يي``), or None for another word."""
    plain = word.translate(_VOWEL_LETTERS)
    return _LETTERS_KEY + plain if _VOWEL_LETTERS_WORD.fullmatch(plain) else None


def without_marks(word: str) -> str:
    """An Arabic-script ``word`` without its short-vowel marks and tatweel (لَكِنَّ = لكن)."""
    return _ARABIC_MARKS.sub("", word)


def arabic_forms(word: str) -> list[str]:
    """``word`` and the words it may be with a leading article or one-letter proclitic
    taken off (``الحداد``: ``حداد``; ``وصلاح``: ``صلاح``), three letters left at least."""
    forms = [word]
    for prefix in _PROCLITICS:
        if word.startswith(prefix) and len(word) - len(prefix) >= 3:
            forms.append(word[len(prefix) :])
    return forms


# _arabic_key in three C-level passes (it runs for every combination of every name of a
# large rule set): a vowel run keeps its last vowel; the drops (see _DROPS), across an
# unwritten vowel too, as Arabic writes the two letters side by side (Christodoulides =
# خريستودوليدس); a repeated consonant is one.
_VOWEL_BEFORE_VOWEL = re.compile("[awy](?=[awy])")
# Arabic has no d apart from t (_ARABIC_CONSONANT); a d or t before ch keeps its letter
# before the تش Arabic writes ch with (ميدفيدتشوك Medvedchuk), dropped with that t.
_DROPPED = re.compile(r"T(?:T(?=X)|\.?(?=[SX]))")
_REPEATED_CONSONANT = re.compile(r"([^awy\n])\1+")
_APART = "\n"  # parts spellings keyed together: no pass above reaches across it


def _arabic_key(letters: tuple[str, ...], *, collapse: bool = True) -> str:
    text = _DROPPED.sub("", _VOWEL_BEFORE_VOWEL.sub("", "".join(letters)))
    return _REPEATED_CONSONANT.sub(r"\1", text) if collapse else text


def _arabic_keys_of_spellings(spellings: Iterable[str]) -> list[str]:
    """:func:`_arabic_key` of each spelling (without its unwritten-vowel marks), in one run
    of the three passes over all of them (a name has dozens: per-call overhead dominated)."""
    text = _DROPPED.sub("", _VOWEL_BEFORE_VOWEL.sub("", _APART.join(spellings)))
    keys = _REPEATED_WRITTEN.sub(r"\1", text).replace(_UNWRITTEN, "")
    return keys.split(_APART)


# _REPEATED_CONSONANT but for _UNWRITTEN, whose runs the replace above takes out whole: the
# same keys, in a pass that tries fewer letters (many of a spelling's are unwritten vowels).
_REPEATED_WRITTEN = re.compile(r"([^awy\n.])\1+")
