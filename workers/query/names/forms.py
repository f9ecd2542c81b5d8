"""Name keys of a rule's term and of an article's words: the one place both sides meet.

A key is ``<script>:<phonetic key>``, or ``<script>~:<key>`` for a key reached by undoing a
case ending (:mod:`.cases`), so a rule can ask for other scripts only, or leave out cases.
A Latin word of a language that spells foreign names by their sound (Serbian, Latvian ...:
``Tramp``, ``Džonson``) has the script ``Latf``: a term offers it the keys of how its name
sounds, while other Latin words get only the keys of how it is written (the English word
``Tramp`` is not ``Trump``).
A term and an article word are the same name when their key sets intersect; the rule index
files name rules under their term keys, and an article offers the keys of its name words.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from collections.abc import Set as AbstractSet
from functools import lru_cache, partial
from itertools import combinations

from ..budget import NO_DEADLINE
from .cases import (
    ACCUSATIVE,
    DATIVE,
    DATIVE_LOCATIVE,
    GREEK_WOMANS,
    LOCATIVE,
    POSSESSIVE_GENITIVE,
    POSSESSOR,
    base_forms,
    primary_language,
)
from .function_words import arabic_function_words
from .korean import arabic_vowel_syllable, korean_spellings
from .latin import readings, script
from .phonetic import (
    HEARD,
    OPENED,
    STRICT,
    WRITTEN,
    arabic_keys,
    arabic_keys_of_latin,
    joined_keys,
    latin_keys,
    opening_vowel_keys,
    pinyin_qi,
    vowel_letters_key,
)
from .pinyin import greek_zh
from .places import one_word_place
from .split_names import arabic_parts
from .spoken import (
    ad_din,
    arabic_fatha_e,
    arabic_final_dh,
    arabic_qaf,
    arabic_spoken_spellings,
    breathy_m,
    czech_r,
    english_air,
    english_aw,
    english_closed_a,
    english_final_and,
    english_final_ham,
    english_final_um,
    english_inner_ie,
    english_open_e,
    english_short_age,
    geez_vowels,
    greek_final_ham,
    greek_irish_schwa,
    greek_ouh,
    kasra_before_h,
    marked_spellings,
    nordic_aa,
    nordic_first_o,
    nordic_o,
    polish_nasals,
    romanian_final_schwa,
    romanian_schwa,
    romanian_t,
    silent_u,
    spoken_spellings,
)
from .universe import RULE_KEYS
from .vietnamese import vietnamese_spellings
from .western_spellings import armenian_western, belarusian_akanye
from .women import short_adjectival_form
from .word_tables import WordKeyTables

# The version of the key scheme: bump it whenever the keys of a word or a term change (or
# what a word is: text.WORDS_VERSION). Name
# keys stored with another version (the archive's word filter) no longer meet a term's keys.
KEYS_VERSION = 740
EXACT, SCRIPTS, VARIANTS = "exact", "scripts", "variants"
POLICIES = (EXACT, SCRIPTS, VARIANTS)
SPELLED = ("Latn", "Cyrl", "Grek")  # scripts read through a Latin spelling
SCRIPT_NAMES = {"Latn": "Latin", "Cyrl": "Cyrillic", "Grek": "Greek", "Arab": "Arabic"}
ALL_CASES, NOMINATIVE, NO_CASES = "all", "nominative", "none"
NOT_LOCATIVE = "not locative"  # every case but the locative (see cases.LOCATIVE_PREPOSITIONS)
# Every case but the dative and the locative: a word read as a name only in these, right
# after "in", is a place's locative (see place_nouns.in_a_place_case).
NOT_DATIVE = "not dative"
NOT_ACCUSATIVE = "not accusative"  # every case but the accusative (see cases.accusative_barred)
DATIVE_ONLY = "dative"  # the dative only (see document.FieldNames._cased: it opens sentences)
# Forms that open sentences (a Slavic genitive rarely does: ``Путина на Амуре…`` is a season).
OPENING_CASES = frozenset(
    {"nominative", "possessive", POSSESSIVE_GENITIVE, POSSESSOR, GREEK_WOMANS}
)
MAX_WORD_CHARS = 40  # longer "words" are not names (and would be costly to key)
# Languages written in Latin letters that spell foreign names as they sound (Tramp, Džonson;
# Polish those of other scripts: Ławrow, Arakczi).
BY_SOUND = frozenset({"sr", "bs", "lv", "az", "uz", "tk", "kk", "sq", "pl", "tr", "cs", "sk"})
HEARD_LATIN = "Latf"


def is_name(word: str) -> bool:
    """Whether an article word is read as a name: capitalised in a cased script, or any word
    of Arabic script (which has no case)."""
    if len(word) < 2 or len(word) > MAX_WORD_CHARS:
        return False
    kind = script(word)
    return kind == "Arab" or (kind in SPELLED and word[0].isupper())


@lru_cache(maxsize=100_000)
def article_keys(word: str, language: str | None, cases: str = ALL_CASES) -> frozenset[str]:
    """Keys of an article's name word, with those of the forms it may be an inflection of in
    ``language``: of all cases, of the nominative only (NOMINATIVE: Lithuanian ``Lavrovas``),
    of all but the locative (NOT_LOCATIVE), of all but the dative and locative (NOT_DATIVE),
    of the dative only (DATIVE_ONLY), or none (NO_CASES)."""
    kind = _kind(word, language)
    if kind == "Arab":
        return frozenset(f"Arab:{k}" for k in arabic_keys(word, arabic_function_words(language)))
    keys: set[str] = set()
    for spelling in _spellings(word, language):
        keys.update(f"{kind}:{k}" for k in _spelled_keys(spelling, language))
        for form, case in base_forms(spelling, language):
            if not _in_cases(case, cases):
                continue
            keys.update(f"{kind}~:{k}" for k in _spelled_keys(form, language))
    _read_enka_as_enko(keys, language)
    return frozenset(keys)


def _in_cases(case: str, cases: str) -> bool:
    """Whether an ending read away as ``case`` counts among ``cases`` (see article_keys)."""
    if cases == NO_CASES or (cases == NOMINATIVE and case not in OPENING_CASES):
        return False
    if cases == NOT_LOCATIVE and case == LOCATIVE:
        return False
    if cases == NOT_ACCUSATIVE and case == ACCUSATIVE:
        return False
    if cases == DATIVE_ONLY and case != DATIVE:
        return False
    return not (cases == NOT_DATIVE and case in DATIVE_LOCATIVE)


# Finnish says "X becomes Y" with X in the elative (``Orposta tulee pääministeri``), and
# "about X" so (``Orposta on kirjoitettu``): news open sentences with it before these verbs.
_FI_BECOMING = "tulee tuli tulisi tulevat tulivat tullut on oli olisi"
_BECOMING = {"fi": frozenset(_FI_BECOMING.split())}


def becoming_keys(word: str, next_word: str, language: str | None) -> frozenset[str]:
    """Keys of a sentence's first word read as an elative before a form of "become" or
    "be" (Finnish ``Lindtmanista tulee``: the name's, where other oblique cases opening a
    sentence are not read); none in another language or before another word."""
    verbs = _BECOMING.get(primary_language(language))
    if verbs is None or next_word.lower() not in verbs:
        return frozenset()
    kind = _kind(word, language)
    return frozenset(
        f"{kind}~:{k}"
        for form, case in base_forms(word, language)
        if case == "elative"
        for k in _spelled_keys(form, language)
    )


# Languages that write a Slavic surname's final -ko as -ka, the Belarusian way (Polish
# Łukaszenka, Belarusian Лукашэнка, Lithuanian Lukašenka for Lukashenko): there a word's
# final -ka also reads -ko. Elsewhere a final o and a stay apart (Ruto is not Рута).
ENKA_FOR_ENKO = frozenset({"be", "pl", "lt"})


def _read_enka_as_enko(keys: set[str], language: str | None) -> None:
    """Add to ``keys`` their final -ka read as -ko, in a language of ENKA_FOR_ENKO."""
    if primary_language(language) in ENKA_FOR_ENKO:
        keys.update([k[:-1] + "o" for k in keys if k.endswith("Ka")])


# A rule's term is often written without the diacritics of its name's consonants (Babis
# for Babiš, Zurek for Żurek, Simecka for Šimečka): a Latin article word with any is also
# read without them, as plain matching folds them, so its case forms meet the term too
# (Żurkiem, Šimečkom). Vowels keep theirs: they tell case endings apart (Czech Fialová, the
# colour or Fiala's wife, is not Fialova, Fiala's). The term's keys stay as few as they were
# (each s read as š too would double them). Spanish ñ too, typed n in a term (Calvino for
# Calviño: Czech Calviñová, Polish Muñoza).
_CONSONANTS = "šžčřďťňżźśćńłľĺŕđķļņģşţșțçğñ"
_PLAIN_CONSONANTS = "szcrdtnzzscnlllrdklngsttscgn"
_WITHOUT_CONSONANT_MARKS = str.maketrans(
    _CONSONANTS + _CONSONANTS.upper(), _PLAIN_CONSONANTS + _PLAIN_CONSONANTS.upper()
)


def _spellings(word: str, language: str | None = None) -> tuple[str, ...]:
    """``word``, and ``word`` without its consonants' diacritics if it has any (Babišem,
    Babisem; Żurkiem, Zurkiem); in German and Dutch also with its ie written i."""
    plain = word.translate(_WITHOUT_CONSONANT_MARKS)
    found: tuple[str, ...] = (word, plain) if plain != word else (word,)
    if "ie" not in word or _primary(language) not in _IE_SAID_I:
        return found
    said_i = _IE_BETWEEN_CONSONANTS.sub("i", plain)
    return found if said_i == plain else (*found, said_i)


# German and Dutch write the sound i as ie, as other languages write it i (Lieberman =
# Liberman = Либерман): a German or Dutch article word's ie between consonants is also read i.
_IE_SAID_I = frozenset(("de", "nl"))
_IE_BETWEEN_CONSONANTS = re.compile("(?<=[b-df-hj-np-tv-zB-DF-HJ-NP-TV-Z])ie(?=[b-df-hj-np-tv-z])")


# Article words' keys by (language, cases) then word, across articles (bounded).
WORD_KEYS = WordKeyTables()


def word_keys(
    words: list[str],
    language: str | None,
    cases: str,
    check: Callable[[], None] = NO_DEADLINE.check,
) -> list[frozenset[str]]:
    """The :func:`article_keys` of each of ``words`` (as written) in ``language`` with
    ``cases``, in order; none for a word that does not read as a name. Remembered across
    articles (see word_tables). ``check`` runs before each word's keys are worked out (the
    article's matching budget: a hostile field holds tens of thousands of new words)."""
    return WORD_KEYS.lookup(words, language, cases, partial(_name_keys, language, cases, check))


def _name_keys(
    language: str | None, cases: str, check: Callable[[], None], word: str
) -> frozenset[str]:
    check()
    # A known one-word place offers none: a name term's check drops any word it finds
    # there through its keys (places.in_place), so the keys would only select rules to
    # evaluate in vain (``Μόσχα``, Moscow, shares its keys with a name ``Mosha``).
    if not is_name(word) or one_word_place(word, language):
        return NO_KEYS
    return article_keys.__wrapped__(word, language, cases)


NO_KEYS: frozenset[str] = frozenset()

# A compiled term's name keys as it holds them: a sorted tuple (8 bytes a key), not the
# frozenset term_keys gives (a hash table of about 3 KB for a name's 60 keys: at 225,000
# rules about 100 MB of a worker that had met every rule's names). An article word's keys
# are a frozenset: a check asks it, ``article_keys(word).isdisjoint(held)``, which costs
# as many look-ups as the term has keys.
HeldKeys = tuple[str, ...]


def held(keys: AbstractSet[str]) -> HeldKeys:
    """``keys`` as a compiled term holds them (see HeldKeys)."""
    return tuple(sorted(keys))


NO_HELD_KEYS: HeldKeys = ()


def _kind(word: str, language: str | None) -> str:
    """The script part of an article word's keys (``Latf``: Latin spelled by sound)."""
    kind = script(word)
    if kind == "Latn" and _primary(language) in BY_SOUND:
        return HEARD_LATIN
    return kind


def _primary(language: str | None) -> str:
    return (language or "").casefold().replace("_", "-").split("-")[0]


@lru_cache(maxsize=20_000)
def _spelled_keys(word: str, language: str | None, *, loose: int = STRICT) -> frozenset[str]:
    """Phonetic keys of ``word``'s Latin readings (remembered: an article's case forms
    repeat across articles; the words themselves are remembered whole by article_keys, so
    a long-running worker holding 100,000 of these held about 15 MB of copies)."""
    return frozenset(
        k for reading in readings(word, language) for k in latin_keys(reading, loose=loose)
    )


@lru_cache(maxsize=20_000)
def term_keys(term: str, policy: str) -> HeldKeys:
    """Keys an article word must share with the rule word ``term`` (as written) to be the
    same name under ``policy``: ``scripts`` reaches other scripts only, ``variants`` also
    Latin spelling variants and inflected forms; ``exact`` (or a term that is no name) none.
    Keys another process computed (:func:`adopt_term_keys`, :func:`use_term_store`) are
    taken, not computed."""
    kept = _KEPT.get((term, policy))
    if kept is not None:
        RULE_KEYS.note(kept)  # as if computed here
        return kept
    stored = _STORED(term, policy) if _STORED is not None and is_name(term) else None
    if stored is not None:
        RULE_KEYS.note(stored)  # as if computed here
        return stored
    found = _term_keys(term, policy)
    # Read once: another thread (a worker's rules thread, see term_store.terms_stored) may
    # stop the keeping meanwhile.
    kept_here = _NEW_TERMS
    if kept_here is not None and len(kept_here) < MAX_SHARED_TERMS:
        computed = (term, policy, found)
        kept_here.append(computed)
        _keep([computed])
    return found


# Processes checking a folder's files together hand each other the term keys they computed
# (about 100 us a name, and the files share their names): computed here since
# new_term_keys() last ran (None: not asked yet, nothing kept), and every term's keys such a
# process computed or adopted (a term the cache above dropped is not computed again).
MAX_SHARED_TERMS = 200_000
TermKeys = tuple[str, str, tuple[str, ...]]  # term, policy, keys: plain values (marshal)
_NEW_TERMS: list[TermKeys] | None = None
_KEPT: dict[tuple[str, str], tuple[str, ...]] = {}


# Keys stored on disk by an earlier process with this code (workers.rules.term_store): asked
# after those kept here, before computing. None: no store.
TermLookup = Callable[[str, str], "tuple[str, ...] | None"]
_STORED: TermLookup | None = None


def use_term_store(lookup: TermLookup | None) -> None:
    """Take term keys not kept here from ``lookup`` (None: compute them)."""
    global _STORED
    _STORED = lookup


def new_term_keys() -> list[TermKeys]:
    """The term keys computed here since last asked; the first call starts keeping them."""
    global _NEW_TERMS
    found, _NEW_TERMS = _NEW_TERMS or [], []
    return found


def stop_term_keys() -> list[TermKeys]:
    """The term keys computed here since last asked; keeping them stops, and those kept
    are forgotten (a process that stores them itself: workers.rules.term_store)."""
    global _NEW_TERMS
    found, _NEW_TERMS = _NEW_TERMS or [], None
    _KEPT.clear()
    return found


def adopt_term_keys(computed: list[TermKeys]) -> None:
    """Take term keys another process computed (with the same code: the same keys); each
    is noted (see universe) when first asked for here, as if computed then."""
    _keep(computed)


def _keep(computed: list[TermKeys]) -> None:
    for term, policy, keys in computed:
        if len(_KEPT) >= MAX_SHARED_TERMS:
            return
        _KEPT[(term, policy)] = keys


def _term_keys(term: str, policy: str) -> HeldKeys:
    kind = script(term)
    if policy == EXACT or not is_name(term):
        return NO_HELD_KEYS
    if kind == "Arab":
        own = arabic_keys(term)
        found = held({f"Arab:{k}" for k in own}) if policy == VARIANTS else NO_HELD_KEYS
        RULE_KEYS.note(found)
        return found
    by_target = {
        "Latn": _spelled_keys(term, None, loose=WRITTEN),
    }
    geez = geez_vowels(term)  # Afwerki as other spellings write it: Afewerki, Афеворки
    # Arabic names as other spellings write them: Nasreddine = Nasruddin, Meshaal = Mashal
    arabic = (*ad_din(term), *arabic_fatha_e(term))
    # Sargsyan as the Armenian diaspora writes it (Sarkissian), Protasevich as Belarusian
    # does (Pratasevich): Latin spellings of the name too.
    armenian = armenian_western(term)
    akanye = belarusian_akanye(term)
    for also_written in (geez, arabic, armenian, akanye):
        if also_written:
            written = (_spelled_keys(f, None, loose=WRITTEN) for f in also_written)
            by_target["Latn"] = by_target["Latn"].union(*written)
    short = short_adjectival_form(term)  # Navalnaya as Ukrainian and Polish end it: Nawalna
    romanian = romanian_t(term)  # its ț as ts: Gutul = Гуцул
    # Fayyadh as other scripts and Turkish write it (Файяд, Feyyaz); not in Latin keys, where
    # an article's Fayyad as often writes another's فياض (Ali Fayyad, not Falih al-Fayyadh).
    dh = arabic_final_dh(term)
    respelled = (*belarusian_final_o(term), *mac_of_mc(term), *akanye)  # Бабарико; Макдональд
    # The term as other scripts hear it, respelled by each rule: one union of their keys.
    heard_as = (
        *romanian,
        *spoken_spellings(term),  # as other scripts say a French or Spanish name
        *geez,
        *dh,
        *arabic,
        *polish_nasals(term),  # Polish ą, ę typed a, e: Walesa = Валенса
        *((short,) if short else ()),
        *respelled,
    )
    heard = _spelled_keys(term, None, loose=HEARD).union(
        *(_spelled_keys(f, None, loose=HEARD) for f in heard_as)
    )
    marked = marked_spellings(term)  # Cyrillic spells the marks a term was typed without
    if marked:
        by_target["Cyrl"] = heard.union(*(_spelled_keys(f, None, loose=WRITTEN) for f in marked))
    aspirated = aspirates_apart(term)  # Sitharaman as Russian writes it: Ситхараман
    if aspirated:
        cyrillic = by_target.get("Cyrl", heard)
        by_target["Cyrl"] = cyrillic.union(_spelled_keys(aspirated, None, loose=HEARD))
    opened = greek_opening_e(term)  # Mbappe as Greek also writes it: Εμπαπέ
    if opened:
        by_target["Grek"] = by_target.get("Grek", heard) | _spelled_keys(opened, None, loose=HEARD)
    # Readings only Cyrillic writes: Isarescu = Исэреску, Sosoaca = Шошоакэ (Romanian ă),
    # Skvernelis = Сквернялис (Lithuanian open e), Solberg = Сульберг (Nordic o), Haaland =
    # Холанд (aa).
    # Miliband = Милибэнд (English -band, -land), Beckham = Бекхэм, Graham = Грэм (-ham),
    # Abbott = Эбботт, Hancock = Хэнкок (a short first a).
    cyrillic_readings = (romanian_schwa, romanian_final_schwa, lithuanian_open_e, nordic_o)
    english_readings = (english_final_and, english_final_ham, english_closed_a)
    for cyrillic_only in (*cyrillic_readings, nordic_aa, *english_readings):
        _add_heard(by_target, "Cyrl", heard, cyrillic_only(term))
    # A Nordic ø typed o, as Cyrillic and Greek write it: Odegaard = Эдегор = Έντεγκααρντ.
    nordic_oe = nordic_first_o(term)
    said_gor = tuple(r for f in nordic_oe for r in nordic_aa(f))  # and its -gaard said -gor
    _add_heard(by_target, "Cyrl", heard, (*nordic_oe, *said_gor))
    _add_heard(by_target, "Grek", heard, nordic_oe)
    # Readings Cyrillic and Greek both write (see _CYRILLIC_AND_GREEK).
    for both_write in _CYRILLIC_AND_GREEK:
        both_read = both_write(term)
        _add_heard(by_target, "Cyrl", heard, both_read)
        _add_heard(by_target, "Grek", heard, both_read)
    # An English -age of one syllable as Cyrillic writes it: Page = Пейдж, Cage = Кейдж.
    _add_heard(by_target, "Cyrl", heard, english_short_age(term))
    _add_heard(by_target, "Grek", heard, greek_ouh(term))  # Rouhani = Ροχανί
    # Western Armenian as Greek and Turkish write it (Σαρκισιάν, Sarkisyan); Russian writes
    # the Eastern form, and its Саркисян is another name (Armen Sarkissian, not Sargsyan).
    _add_heard(by_target, "Grek", heard, armenian)
    _add_heard(by_target, HEARD_LATIN, heard, armenian)
    _add_heard(by_target, "Grek", heard, greek_final_ham(term))  # Beckham = Μπέκαμ
    schwa = greek_irish_schwa(term)  # Donohoe as Greek writes it: Ντόναχιου
    if schwa:
        by_target["Grek"] = by_target.get("Grek", heard) | _spelled_keys(schwa, None, loose=HEARD)
    zh = greek_zh(term)  # Zhang as Greek writes it: Τζανγκ
    if zh:
        by_target["Grek"] = by_target.get("Grek", heard) | _spelled_keys(zh, None, loose=HEARD)
    targets = [s for s in (*SPELLED, HEARD_LATIN) if policy == VARIANTS or s[:3] != kind[:3]]
    kasra = kasra_before_h(term)  # Falih as French writes it: Faleh (its h kept: not Fale)
    if kasra:
        said = _spelled_keys(kasra, None)
        by_target = {s: by_target.get(s, heard) | said for s in targets}
    keys = {f"{s}:{k}" for s in targets for k in by_target.get(s, heard)}
    silent_t = [s for s in targets if s in _SILENT_T_TARGETS]
    keys.update(f"{s}:{k}" for s in silent_t for k in _french_et_alone_keys(term))
    if policy == VARIANTS:
        keys.update(f"{s}~:{k}" for s in targets for k in by_target.get(s, heard))
        keys.update(f"{s}~:{k}" for s in silent_t for k in _french_et_alone_keys(term))
        keys.update(_joined_article_keys(term))
    keys.update(_fused_article_keys(term))
    # readings(term, None), as _spelled_keys asks: the call remembered there (not a new one).
    also = tuple(r for f in (*respelled, *romanian, *dh, *armenian) for r in readings(f, None))
    for reading in (*readings(term, None), *arabic_spoken_spellings(term), *also):
        keys.update(f"Arab:{k}" for k in arabic_keys_of_latin(reading))
    keys.update(f"Arab:{k}" for r in readings(term, None) for k in opening_vowel_keys(r))
    keys.update(f"Arab:{k}" for k in _silent_u_in_arabic(term))
    keys.update(f"Arab:{k}" for k in _french_et_in_arabic(term))
    keys.update(f"Arab:{k}" for k in _breathy_m_in_arabic(term))
    keys.update(_joined_parts_keys(term, policy))
    RULE_KEYS.note(keys)  # an article offers only keys some rule may ask for (see universe)
    return held(keys)


_SILENT_T_TARGETS = frozenset(("Cyrl", "Grek", HEARD_LATIN))


def _french_et_alone_keys(term: str) -> frozenset[str]:
    """Heard keys (for Cyrillic, Greek and Latin by sound) of ``term`` read without the t of
    its French final -et (see french_silent_t_alone); its e said, so keys ending in a vowel
    only (Берсе, not Берс)."""
    silent = french_silent_t_alone(term)
    if not silent:
        return frozenset()
    return frozenset(k for k in _spelled_keys(silent, None, loose=HEARD) if k.endswith("e"))


def _add_heard(
    by_target: dict[str, frozenset[str]], target: str, heard: frozenset[str], forms: tuple[str, ...]
) -> None:
    """Add the heard keys of ``forms`` to ``target``'s keys (``heard`` until it has its own)."""
    if forms:
        found = by_target.get(target, heard)
        by_target[target] = found.union(*(_spelled_keys(f, None, loose=HEARD) for f in forms))


# Persian joins the parts of a name that Arabic writes apart (see split_names) with a
# zero-width non-joiner, which folds away (احمدی‌نژاد = احمدی نژاد, Ahmadinejad): such a
# term's Arabic keys also hold its parts' keys written as one word.
def _joined_parts_keys(term: str, policy: str) -> set[str]:
    """Arabic keys of ``term``'s two Arabic parts (see split_names.arabic_parts) written as
    one word; none for a term not so shaped."""
    parts = arabic_parts(term)
    if parts is None:
        return set()
    first, second = (
        [k.removeprefix("Arab:") for k in phrase_word_keys(w, policy) if k.startswith("Arab:")]
        for w in parts
    )
    return {f"Arab:{k}" for k in joined_keys(first, second)}


# Arabic writes a Romance final -que, -gue, -qui, -gui without its silent letters, as
# Cyrillic does (Tarique = طارق = Тарик, Dominique = دومينيك, Enrique = إنريكي): the
# term's vowels as written decide whether one is written (not ترك, "left", for Tarique).
def _silent_u_in_arabic(term: str) -> frozenset[str]:
    """Arabic keys of ``term`` read without a final -que's or -gue's silent letters (see
    spoken.silent_u), or none for a term not ending so."""
    said = silent_u(term)
    if not said:
        return frozenset()
    spelled = readings(term, None)[0]
    return frozenset(k for s in said for k in arabic_keys_of_latin(s, written=spelled))


# Arabic writes every vowel of a foreign name read with a plain m for its mh (see
# spoken.breathy_m: Osimhen = أوسيمين): keys leaving one out are Arabic names' and
# words' (عثمان, Othman).
_VOWEL_RUNS = re.compile("[aeiou]+")


def _breathy_m_in_arabic(term: str) -> list[str]:
    """Arabic keys of ``term`` read with a plain m for its mh, each vowel written, or none."""
    return [
        k
        for said in breathy_m(term)
        for k in arabic_keys_of_latin(said)
        if sum(c.islower() for c in k) >= len(_VOWEL_RUNS.findall(said))
    ]


# Arabic writes a French final -et as said, its t silent and its e as ـيه (Bachelet =
# باشليه, Pivet = بيفيه): a term alone ending so (see _FRENCH_FINAL_ET) also has those
# keys, of this many consonants at least (fewer would be common words' ending so: لديه,
# "he has"). A word of a name of several has every -e reading (phrase_word_keys).
_ARABIC_FINAL_IEH = "yG"
MIN_IEH_CONSONANTS = 3


def _french_et_in_arabic(term: str) -> list[str]:
    """Arabic keys of ``term`` read as a French -et written ـيه (see above), or none."""
    silent = french_silent_t(term) or french_silent_t_alone(term)
    if not silent:
        return []
    return [
        k
        for k in arabic_keys_of_latin(silent + "h", MIN_IEH_CONSONANTS + 1)
        if k.endswith(_ARABIC_FINAL_IEH)
    ]


# Belarusian Latin writes a surname's final unstressed -o as said, -a (Babaryka,
# Lukashenka), where Russian, Ukrainian, Greek and Arabic news keep the -o (Бабарико,
# Μπαμπαρίκο, باباريكو): a term with such an ending is also read with the -o. Only these
# endings: a final -a elsewhere is a woman's or a Spanish name's (Rama, Maria). An -enka
# name is also read with any a before it as o, as Belarusian writes every unstressed o
# (Sabalenka = Соболенко, Kavalenka = Коваленко).
_BELARUSIAN_FINAL_A = ("yka", "enka")


def belarusian_final_o(term: str) -> tuple[str, ...]:
    """``term`` with its Belarusian final -a written -o (``Babaryko``; an -enka name also
    with any of its other a's as o, ``Sobolenko``, ``Kovalenko``), or ()."""
    lowered = term.lower()
    if script(term) != "Latn" or not lowered.endswith(_BELARUSIAN_FINAL_A):
        return ()
    stem = lowered[:-1]
    if not lowered.endswith("enka"):
        return (stem + "o",)
    inner = [i for i, letter in enumerate(stem) if letter == "a"][:_BE_MAX_INNER_AS]
    return tuple(
        "".join("o" if i in chosen else letter for i, letter in enumerate(stem)) + "o"
        for count in range(len(inner) + 1)
        for chosen in combinations(inner, count)
    )


_BE_MAX_INNER_AS = 3  # which a was an o only the stress tells: at most 8 readings


# The aspirated th, ph and kh of Indian and Thai names, which Cyrillic writes as the
# consonant and an х (Sitharaman = Ситхараман, Phuangketkeow = Пхуангкеткео, Thakur =
# Тхакур): a Latin term with one before a vowel is also read with each as the two sounds,
# for Cyrillic only (Greek writes θ, φ, χ; Arabic the plain consonant). A Cyrillic тх, пх
# or кх is little else, so the keys meet few other words.
_ASPIRATE = re.compile("([tpk])h(?=[aeiou])")


def aspirates_apart(term: str) -> str:
    """``term`` (lower case) with each aspirated th, ph, kh before a vowel written as the
    consonant and kh (``sitkharaman``), or "" for a term without one."""
    lowered = term.lower()
    if script(term) != "Latn" or not _ASPIRATE.search(lowered):
        return ""
    return _ASPIRATE.sub(r"\1kh", lowered)


# Other scripts say and write the Scottish and Irish Mc as the Mac it stands for (McDonald
# = Макдональд = Μακντόναλντ = ماكدونالد, McCain = Маккейн): a Latin term opening with
# Mc before a letter is also read with Mac.
_MC = re.compile("mc(?=[a-z])")


def mac_of_mc(term: str) -> tuple[str, ...]:
    """``term`` with its opening Mc written Mac (``macdonald`` for McDonald), or ()."""
    lowered = term.lower()
    if script(term) != "Latn" or not _MC.match(lowered):
        return ()
    # Mc's c is k before a vowel too (McIlroy = Макилрой), where a Latin c before e, i, y is s.
    return ("mak" + lowered[2:],) if lowered[2] in "eiy" else ("mac" + lowered[2:],)


# An African name's first mb, mp, nd, nt, ng or nk is one prenasalised consonant, which Greek
# opens with a vowel, ε, as it writes no word starting so (Mbappé = Εμπαπέ, Ndidi = Εντίντι,
# N'Golo = Ενγκολό), or writes without (Μπαπέ): a Latin term opening so is also read with an
# e first, for Greek only.
_PRENASALISED = re.compile("^(?:m[bp]|n[dtgk])")


def greek_opening_e(term: str) -> str:
    """``term`` (lower case) with an e before its opening prenasalised consonant
    (``embappe``), or "" for a term not opening with one."""
    lowered = term.lower()
    if script(term) != "Latn" or not _PRENASALISED.match(lowered):
        return ""
    return "e" + lowered


# Lithuanian says an e between consonants open, before one consonant and a vowel, and
# Russian writes it я (Skvernelis = Сквернялис, Linkevičius = Линкявичюс; Landsbergis
# keeps its е before two), in a woman's surname too (Blinkevičiūtė = Блинкявичюте): a
# term of a Lithuanian man's ending, or of an unmarried woman's (-utė, -ytė, -aitė), is
# also read with each such e as a, for Cyrillic only (the soft consonant before я is no
# letter of the keys).
_LITHUANIAN_ENDING = re.compile(r"(?:[iy]?us|[iy]s|as|ute|yte|aite)$")
_OPEN_E = re.compile(r"(?<=[^aeiouy])e(?=[^aeiouy][aeiouy])")
MIN_OPEN_E_TERM = 7


def lithuanian_open_e(term: str) -> tuple[str, ...]:
    """``term`` with one open e at a time read a (``Skvernalis``), for a Latin term of a
    Lithuanian man's or unmarried woman's ending and MIN_OPEN_E_TERM letters or more; ()
    for another."""
    lowered = term.lower()
    if len(lowered) < MIN_OPEN_E_TERM or not _LITHUANIAN_ENDING.search(lowered):
        return ()
    if script(term) != "Latn":
        return ()
    return tuple(lowered[: m.start()] + "a" + lowered[m.end() :] for m in _OPEN_E.finditer(lowered))


# The Gulf states' own English joins the article to the name (Badr Albusaidi, Adel Aljubeir,
# Suhail AlMazrouei) where news agencies write al-Busaidi: a Latin term of at least this
# many letters also matches itself after a joined al. A shorter one would reach other names
# (Ford in Alford, Fred in Alfred, Varo in Alvaro).
MIN_JOINED_ARTICLE_TERM = 6
_JOINED_ARTICLE = "al"


def _joined_article_keys(term: str) -> set[str]:
    """Latin keys (of the word and of its case forms) of ``term`` after a joined Arabic
    article (``Albusaidi`` for Busaidi), for a Latin term of MIN_JOINED_ARTICLE_TERM letters
    or more that does not start with al itself; none for another term."""
    lowered = term.lower()
    if (
        script(term) != "Latn"
        or len(lowered) < MIN_JOINED_ARTICLE_TERM
        or not lowered.isalpha()
        or lowered.startswith(_JOINED_ARTICLE)
    ):
        return set()
    joined = _spelled_keys(_JOINED_ARTICLE + lowered, None, loose=WRITTEN)
    return {f"{kind}:{k}" for kind in ("Latn", "Latn~") for k in joined}


# A Maghrebi name written the French way fuses the Arabic article into an opening L before
# a vowel (Larbaoui = العرباوي, Laroussi = العروسي, Lamrani = العمراني): a Latin term of at
# least this many letters opening so also has the Arabic keys of ال and the rest (its vowel
# an alef or an ayn). Only with the article written (not عرباوي alone), and not a shorter
# term: Lamine would be الأمين ("the secretary"), Lapid الأبد ("ever").
MIN_FUSED_ARTICLE_TERM = 7
_FUSED_ARTICLE = re.compile("^l(?=[aeiou])")
_ARABIC_ARTICLE_KEY = "aL"


def _fused_article_keys(term: str) -> set[str]:
    """Arabic keys of ``term`` with its opening L as the article ال (see above); none for a
    term not opening so or shorter than MIN_FUSED_ARTICLE_TERM."""
    lowered = term.lower()
    if len(lowered) < MIN_FUSED_ARTICLE_TERM or not _FUSED_ARTICLE.match(lowered):
        return set()
    if not lowered.isascii() or not lowered.isalpha():
        return set()
    rest = arabic_keys_of_latin(lowered[1:])
    return {f"Arab:{k}" for k in joined_keys((_ARABIC_ARTICLE_KEY,), rest)}


# Abd and Abu with the article of the name after them attached, as Latin spells them
# (Abdel Fattah = عبد الفتاح, Aboul Gheit = أبو الغيط): Abd or Abu, then the article.
_ARTICLE_ATTACHED = re.compile(r"(abd)(?:ou|[aeiou])l|(ab(?:ou|[ou]))l")


# Burmese writes the sound of Russian ч, Czech ť with ky before a vowel (Kyi = Чжи = Ťij =
# تشي): a word of a name of several opening so is also read with it as ch and
# t. Not a word alone: read so, Kyi would be every Чи, Ши, Ти (Bulgarian "you").
_BURMESE_KY = re.compile("^ky(?=[aeiou])")


def burmese_ky(term: str) -> tuple[str, ...]:
    """``term`` (lower case) with its opening ky before a vowel as ch and as t (``chi``,
    ``ti`` for Kyi), or () for a term not opening so."""
    lowered = term.lower()
    if not _BURMESE_KY.match(lowered):
        return ()
    return tuple(_BURMESE_KY.sub(sound, lowered) for sound in ("ch", "t"))


# A French surname's final -et after a vowel and one consonant is said without its t, and
# Cyrillic, Greek and Arabic write it so (Braun-Pivet = Браун-Пиве = Μπράουν-Πιβέ = براون
# بيفيه, Chauvet = Шове): a word of a name of several ending so is also read without it.
# Not a word alone, whose t is as often said (Tebet = Тебет, and Тебе is "to you"), nor
# after a doubled consonant (English Bennett, Barnett).
_FRENCH_FINAL_ET = re.compile("(?<=[aeiouy][b-df-hj-np-tv-z])et$")
_ARABIC_VOWEL_LETTERS = ("a", "w", "y", "h")  # the letters an Arabic key writes a vowel with


def french_silent_t(term: str) -> str:
    """``term`` (lower case) without the t of a French final -et (``pive`` for Pivet), or ""
    for a term not ending so."""
    lowered = term.lower()
    if script(term) != "Latn" or not _FRENCH_FINAL_ET.search(lowered):
        return ""
    return lowered[:-1]


# A one-word term is also read without the t of a French final -et (Berset = Берсе =
# Μπερσέ = بيرسيه, Chalamet = Шаламе, Blanchet = Бланше) where its -et follows a vowel
# and one consonant, French ch, qu or gu, an r or l and another consonant, or an r, l or
# n and ch (not a doubled consonant: English Bennett, Perrett), and the word left holds
# three consonants or more: a shorter one is a common word's case form (Tebet = Тебе,
# "to you"; Moret = Море, sea).
_FRENCH_ET_ALONE = re.compile(
    "(?<=[aeiouy])(?:[b-df-hj-np-tv-z]|ch|qu|gu|[rln]ch|[rl](?![rl])[b-df-hj-np-tv-z])et$"
)
_CONSONANT_LETTERS = re.compile("[b-df-hj-np-tv-z]")
MIN_ET_ALONE_CONSONANTS = 3


def french_silent_t_alone(term: str) -> str:
    """``term`` (lower case) without the t of a French final -et it may be alone (see
    _FRENCH_ET_ALONE: ``berse`` for Berset), or "" for another term."""
    lowered = term.lower()
    if script(term) != "Latn" or not lowered.isascii() or not _FRENCH_ET_ALONE.search(lowered):
        return ""
    silent = lowered[:-1]
    if len(_CONSONANT_LETTERS.findall(silent)) < MIN_ET_ALONE_CONSONANTS:
        return ""
    return silent


_OPENED_KEY = f"Arab:{OPENED}"  # a name's marked keys (see phonetic.OPENED), not its own


@lru_cache(maxsize=20_000)
def phrase_word_keys(
    term: str, policy: str, korean: bool = False, vietnamese: bool = False
) -> HeldKeys:
    """:func:`term_keys` of ``term`` as one word of a name of several: a word too short for
    Arabic keys of its own (one consonant: ``Un`` = أون, ``To`` = تو, ``Yoon`` = يون) also
    has them there, as the name's other words stand beside it (alone, such keys are every
    short Arabic word's: عون, help), and so does pinyin's qi as Arabic writes it (``Li
    Qiang`` = لي تشيانغ; alone, ``Qin`` would be شن, "launched"), and a Burmese opening ky
    as other scripts hear it (``Kyi`` = ``Чжи`` = تشي: see burmese_ky); Abd or Abu with an
    attached article (``Abdel``, ``Aboul``) also as Arabic writes it apart (عبد, أبو); the
    Irish O' as its Cyrillic letter (see _IRISH_O); ``korean``: a word of a Korean name,
    also read as Cyrillic and Greek spell its vowels, and a vowel syllable alone as Arabic
    writes it (``Yo`` = يو; see korean); ``vietnamese``: a word of a Vietnamese name, also
    read as Cyrillic hears its first letters (``Trong`` = ``Чонг``; see vietnamese)."""
    if term == _IRISH_O:
        return _irish_o_keys(policy)
    found = term_keys(term, policy)
    if not found or script(term) == "Arab":
        return found
    more: set[str] = set()
    if not any(k.startswith("Arab:") and not k.startswith(_OPENED_KEY) for k in found):
        more.update(
            f"Arab:{k}"
            for reading in readings(term, None)  # as _spelled_keys asks: remembered there
            for k in arabic_keys_of_latin(reading, 1)
        )
    attached = _ARTICLE_ATTACHED.fullmatch(term.lower())
    if attached:
        stem = attached.group(1) or attached.group(2)
        more.update(f"Arab:{k}" for k in arabic_keys_of_latin(stem, 1))
    for reading in readings(term, None):
        pinyin = pinyin_qi(reading)
        if pinyin is not None:
            # Arabic writes pinyin's final ng whole (تشيانغ): not بشأن, "about", for Qiang.
            whole = "G" if pinyin.endswith("ng") else ""
            more.update(f"Arab:{k}" for k in arabic_keys_of_latin(pinyin) if k.endswith(whole))
    heard_kinds: tuple[str, ...] = ("Cyrl", "Grek", HEARD_LATIN)
    if policy == VARIANTS:
        heard_kinds += ("Cyrl~", "Grek~", f"{HEARD_LATIN}~")
    silent = french_silent_t(term)
    if silent:
        # Its e is said (Пиве), not silent as a final e may be: keys ending in a vowel only.
        keys = [k for k in _spelled_keys(silent, None, loose=HEARD) if k.endswith("e")]
        more.update(f"{kind}:{k}" for kind in heard_kinds for k in keys)
        arabic = arabic_keys_of_latin(silent)
        more.update(f"Arab:{k}" for k in arabic if k.endswith(_ARABIC_VOWEL_LETTERS))
    palatal = burmese_ky(term)
    if palatal:
        heard = {k for s in palatal for k in _spelled_keys(s, None, loose=HEARD)}
        more.update(f"{kind}:{k}" for kind in heard_kinds for k in heard)
        more.update(f"Arab:{k}" for s in palatal for k in arabic_keys_of_latin(s, 1))
    if korean:
        heard = {k for s in korean_spellings(term) for k in _spelled_keys(s, None, loose=HEARD)}
        more.update(f"{kind}:{k}" for kind in heard_kinds for k in heard)  # Czech: Tong-hun
        vowels_only = arabic_vowel_syllable(term)
        if vowels_only is not None:
            more.add(f"Arab:{vowel_letters_key(vowels_only)}")
    if vietnamese:
        heard = {k for s in vietnamese_spellings(term) for k in _spelled_keys(s, None, loose=HEARD)}
        more.update(f"{kind}:{k}" for kind in heard_kinds if kind[:3] == "Cyr" for k in heard)
    if more.issubset(found):  # most words: the term's own keys, not a copy (held per term)
        return found
    RULE_KEYS.note(more)
    return held(more.union(found))


# The Irish O' of a name (O'Neill, O'Brien) is a word of its own to the term (the apostrophe
# parts it), and one letter, which gets no keys (see is_name): Cyrillic keeps it, apart
# too, in its own letter (О'Нил, О'Брайен). The capital O alone among a name's words is
# read as that letter in Cyrillic (a loose word: see compile._loose). Not in Greek, which
# writes it so too (Ο'Νιλ), but whose article Ο opens sentences before names (``Ο Νιλ
# Γιανγκ``, Neil Young) where the apostrophe is not seen; nor in Arabic, which writes the
# name as one word (أونيل), which two words of a term do not meet.
_IRISH_O = "O"
_IRISH_O_SCRIPT = "Cyrl"


@lru_cache(maxsize=4)
def _irish_o_keys(policy: str) -> HeldKeys:
    """Keys of the Irish O' of a name term under ``policy`` (its Cyrillic letter)."""
    if policy == EXACT:
        return NO_HELD_KEYS
    keys = (f"{_IRISH_O_SCRIPT}:o",)
    RULE_KEYS.note(keys)
    return keys


def describe(
    term: str, word: str, language: str | None, policy: str, wanted: HeldKeys | None = None
) -> str:
    """How ``word`` of an article matched the name ``term``, e.g. "Cyrillic, genitive"; ""
    if it is not a name match. ``wanted``: the term's keys, if not its own (a word of a
    name of several: :func:`phrase_word_keys`)."""
    if wanted is None:
        wanted = term_keys(term, policy)
    shared = article_keys(word, language).intersection(wanted)
    if not shared:
        return ""
    kind = _kind(word, language)
    name = script(word)
    parts = [SCRIPT_NAMES[name]] if name != script(term) else ["spelling variant"]
    if not any("~:" not in k for k in shared):
        for form, case in (
            f for spelling in _spellings(word, language) for f in base_forms(spelling, language)
        ):
            forms = {f"{kind}~:{k}" for k in _spelled_keys(form, language)}
            _read_enka_as_enko(forms, language)
            if not forms.isdisjoint(wanted):
                parts.append(case)
                break
    return ", ".join(parts)


# Readings of a term that Cyrillic and Greek write alike: a Czech ř typed r (Dvorak =
# Дворжак = Ντβόρζακ); an Arabic or Persian qaf (Gaddafi = Каддафи = Καντάφι, Qaani =
# Γκαανί); an English final -um's schwa (Burgum = Бергам = Μπέργκαμ); an English aw before a
# consonant (Lawson = Λόσον); an English compound's i-e before an h (Rinehart = Райнхарт);
# an English open e said i (Peterson = Питерсон = Πίτερσον); an English ai before an r said
# e (Blair = Блэр = Μπλερ).
_CYRILLIC_AND_GREEK: tuple[Callable[[str], tuple[str, ...]], ...] = (
    czech_r,
    arabic_qaf,
    english_final_um,
    english_aw,
    english_inner_ie,
    english_open_e,
    english_air,
)
