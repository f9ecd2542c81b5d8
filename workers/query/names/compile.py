"""Compiling a term with names: decide, per term, whether name matching applies."""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Iterable
from functools import lru_cache

from .. import matchers as m
from ..nodes import DEFAULT_FIELDS
from ..text import fold, scan
from .forms import HeldKeys, held, phrase_word_keys, term_keys
from .function_words import ARABIC_KEY, arabic_function_keys
from .given_names import other_form_keys
from .korean import korean_name
from .lower_particles import schwa_keys
from .matcher import NameWords
from .phonetic import joined_keys
from .phrase_particles import (
    ARTICLES,
    KINSHIP,
    arabic_name_keys,
    particle_word_keys,
    phrase_particles,
)
from .pinyin import arabic_pinyin_keys, chinese_name, given_name_syllables
from .shown_particles import EUROPEAN_PARTICLES, particle_keys
from .split_names import arabic_parts, spelled_parts
from .vietnamese import vietnamese_name
from .wade_giles import palladius_keys, wade_giles_name

# Particles of names that other languages drop, attach or spell their own way: the Arabic
# article and its assimilated forms (al-Assad = Асад = الأسد, ash-Sharaa = الشرع), "son of"
# (bin Salman = بن سلمان = бен Сальман) and the European nobiliary particles (von der
# Leyen = фон дер Ляйен). In a name term they are left out (but "son of": see
# _without_particles); the name words around them may then stand one word apart for each.
_ARABIC_PARTICLES = "al el il ul ad adh an ar as ash at ath az ed en er es esh et ez"
_SON_OF = frozenset(["bin", "ibn", "bint", "ben"])  # "son of", "daughter of"
_ARABIC_PARTICLES += " " + " ".join(sorted(_SON_OF))
_EUROPEAN = frozenset(EUROPEAN_PARTICLES.split())
PARTICLES = frozenset(f"{_ARABIC_PARTICLES} {EUROPEAN_PARTICLES}".split())


def name_words(
    compiled: m.Matcher, text: str, policy: str, given: bool = False, lead: tuple[str, ...] = ()
) -> m.Matcher:
    """``compiled`` (a term's usual matcher) widened to names under ``policy``: only words
    searched in the title and body, compared case-insensitively, of which at least one is a
    name (written capitalised, or in Arabic script); ``given``: written as a given name.
    Particles (see PARTICLES) are left out of a term holding a name; those it writes before
    the name, after ``lead`` (those a query writes before it as words of their own), are
    shown with it where an article writes them there (see shown_particles)."""
    if not isinstance(compiled, m.Words) or compiled.mode == m.CASE:
        return compiled
    if any(f not in DEFAULT_FIELDS for f in compiled.fields):
        return compiled
    written, starts, _ = scan(text)
    if len(written) != len(compiled.words):
        return compiled
    keyed = _keyed(text, written, starts, policy, given)
    kept = [i for i, _, _ in keyed]
    keys = tuple(k for _, _, k in keyed)
    if not any(keys):
        return compiled
    words = tuple(compiled.words[i] for i in kept)
    slop = compiled.slop
    if len(kept) < len(written) and len(kept) > 1:
        slop = (slop or 0) + len(written) - len(kept)
    loose = _loose(keys, words) if len(keys) > 1 else ()
    shown = particle_keys([*lead, *written[: kept[0]]], policy)
    parts = _korean_syllables_joined(words, _hyphened(text, starts, kept))
    spelled = phrase_particles([word for _, word, _ in keyed])
    lower = _capital_particles(written, kept)
    fields, mode = compiled.fields, compiled.mode
    found = NameWords(words, keys, fields, mode, slop, given, loose, shown, parts, spelled, lower)
    alternatives = (
        _article_joined(keyed, spelled, compiled),
        _apart(keyed, compiled, policy, slop, given),
        _given_first(keyed, compiled),
        _korean_given_first(keyed, parts, compiled),
        _joined(written, keyed, compiled, policy, given),
        _given_name_joined(keyed, parts, compiled, policy),
        _given_name_hyphenated(keyed, compiled, policy),
        _servant_of_joined(keyed, compiled, policy, given),
    )
    others = tuple(other for other in alternatives if other is not None)
    return m.OrMatcher((found, *others)) if others else found


def _capital_particles(written: list[str], kept: list[int]) -> tuple[bool, ...]:
    """Which of the ``kept`` words of a term are a European particle it capitalises before
    another of its words (``De`` of ``De Croo``: see lower_particles), or writes as one
    lower-case word (``dela`` of ``dela Rosa``); () if none."""
    found = tuple(
        j + 1 < len(kept) and (_capital_particle(written[i]) or joined_particle(written[i]))
        for j, i in enumerate(kept)
    )
    return found if any(found) else ()


def _capital_particle(word: str) -> bool:
    return word[:1].isupper() and word.lower() in _EUROPEAN


def _joined(
    written: list[str],
    keyed: list[tuple[int, str, HeldKeys]],
    compiled: m.Words,
    policy: str,
    given: bool,
) -> NameWords | None:
    """The name with the European particles the term writes right before one of its words
    (``Le Pen``, ``de Gaulle``) joined to that word, as other scripts often write them
    (``Λεπέν``, ``لوبان``, ``ديغول``); None for a term without such particles. Arabic keys
    count only where they write the particle's vowel and one of the name's (``لوبان``, not
    ``لبن``, "milk"): a foreign name's vowels are written, an Arabic word's need not be."""
    held = {i: keys for i, _, keys in keyed}
    groups: list[tuple[str, HeldKeys | None]] = []  # None: a joined word, to key
    run: list[str] = []  # the particles before the word read
    for i, word in enumerate(written):
        if word.lower() in _EUROPEAN and i + 1 < len(written):
            run.append(word)
        elif run:
            groups.append((("".join(run) + word).capitalize(), None))
            run = []
        elif i in held:
            groups.append((word, held[i]))
    if all(k is not None for _, k in groups):
        return None
    key = phrase_word_keys if len(groups) > 1 else term_keys
    words = tuple(fold(w) for w, _ in groups)
    keys = tuple(
        tuple(k for k in key(w, policy) if _vowels_written(k)) if found is None else found
        for w, found in groups
    )
    if not all(keys):
        return None
    fields, mode = compiled.fields, compiled.mode
    return NameWords(words, keys, fields, mode, compiled.slop, given)


def _article_joined(
    keyed: list[tuple[int, str, HeldKeys]],
    spelled: tuple[frozenset[str], ...],
    compiled: m.Words,
) -> NameWords | None:
    """The name with the Arabic article the term writes as a word of its own (``Al Baker``,
    see phrase_particles) joined to the next word, as Arabic writes it (``الباكر``, and
    after li ``للباكر``), keyed in Arabic only; None for a term without it. A name of one
    word so is read as one (in Arabic context: ``الصباح الباكر``, early morning, is no
    name)."""
    if not any(spelled) or not any(w.lower() in ARTICLES for _, w, _ in keyed):
        return None
    words: list[str] = []
    keys: list[HeldKeys] = []
    article = False
    for (_, word, found), particle in zip(keyed, spelled, strict=True):
        arabic = _arabic(found)
        if particle and word.lower() in ARTICLES:
            article = True
            continue
        if article:
            plain = [k[len(ARABIC_KEY) :] for k in arabic]
            arabic = _union(f"{ARABIC_KEY}{k}" for k in joined_keys(_JOINED_ARTICLES, plain))
            word = _ARTICLE_LETTERS + word.lower()
            article = False
        words.append(fold(word))
        keys.append(arabic)
    if not all(keys):
        return None
    loose = _loose(tuple(keys), tuple(words)) if len(keys) > 1 else ()
    fields, mode, slop = compiled.fields, compiled.mode, compiled.slop
    return NameWords(tuple(words), tuple(keys), fields, mode, slop, loose=loose)


# The Arabic article as an Arabic key writes it joined to a word: ال, and لل after li "to".
_JOINED_ARTICLES = ("aL", "LL")
_ARTICLE_LETTERS = "al"


def _given_name_joined(
    keyed: list[tuple[int, str, HeldKeys]],
    parts: tuple[bool, ...],
    compiled: m.Words,
    policy: str,
) -> NameWords | None:
    """A Chinese family name and a given name the term hyphenates (``Tsai Ing-wen``, ``Lai
    Ching-te``), the given name joined into one word as Russian and Ukrainian write it
    (``Цай Инвэнь``, ``Лай Циндэ``): keyed in Cyrillic only, as written and as Palladius
    spells its Wade-Giles syllables (see wade_giles); None for another term."""
    words = [word for _, word, _ in keyed]
    if len(words) != _SURNAME_AND_TWO_SYLLABLES or parts[1:] != (False, True):
        return None
    if not wade_giles_name(words):
        return None
    surname, syllables = words[0].lower(), (words[1].lower(), words[2].lower())
    joined = "".join(syllables).capitalize()
    given = _union(_cyrillic(phrase_word_keys(joined, policy)), palladius_keys(syllables, policy))
    family = _union(keyed[0][2], palladius_keys((surname,), policy))
    if not given:
        return None
    folded = (fold(words[0]), fold(joined))
    return NameWords(folded, (family, given), compiled.fields, compiled.mode, compiled.slop)


_SURNAME_AND_TWO_SYLLABLES = 3  # words of a term such as Tsai Ing-wen


def _korean_syllables_joined(words: tuple[str, ...], parts: tuple[bool, ...]) -> tuple[bool, ...]:
    """``parts`` (see _hyphened), with a Korean given name's second syllable hyphenated to
    its first even where the term writes them apart (``Kim Ju Ae``): Czech and Slovak join
    them so, the second in lower case (``Kim Ču-e``, ``Kim Čong-un``)."""
    if len(words) != _SURNAME_AND_TWO_SYLLABLES or not korean_name(list(words)):
        return parts
    return (False, bool(parts) and parts[1], True)


def _cyrillic(keys: HeldKeys) -> HeldKeys:
    return tuple(k for k in keys if k.startswith(("Cyrl:", "Cyrl~:")))


def _union(*parts: Iterable[str]) -> HeldKeys:
    """The keys of all ``parts``, held (see forms.HeldKeys)."""
    return held(frozenset().union(*parts))


def _vowels_written(key: str) -> bool:
    """Whether a key of a particle joined to a name may be one: any but an Arabic key, and
    an Arabic one whose particle's vowel is written (its second letter a vowel letter, lower
    case in a key), with another vowel letter after it."""
    if not key.startswith(ARABIC_KEY):
        return True
    letters = key[len(ARABIC_KEY) :]
    return len(letters) > 1 and letters[1].islower() and sum(c.islower() for c in letters) > 1


def _hyphened(text: str, starts: list[int], kept: list[int]) -> tuple[bool, ...]:
    """Which of the ``kept`` words of the term ``text`` (their starts: ``starts``) it writes
    hyphenated to the kept word before (``te`` of ``Ching-te``, ``Keon-Hee``); () if none."""
    found = tuple(
        j > 0 and kept[j - 1] == i - 1 and text[starts[i] - 1 : starts[i]] == "-"
        for j, i in enumerate(kept)
    )
    return found if any(found) else ()


def _apart(
    keyed: list[tuple[int, str, HeldKeys]],
    compiled: m.Words,
    policy: str,
    slop: int | None,
    given: bool,
) -> NameWords | None:
    """The name as Arabic may write it in more words, keyed in Arabic only: a one-word name
    in two (see split_names), a Chinese given name's syllables apart (see pinyin); None."""
    fields, mode = compiled.fields, compiled.mode
    if len(keyed) == 1:
        pair = _written_apart(keyed, policy)
        if pair is None:
            return None
        return NameWords(tuple(fold(w) for w, _ in pair), tuple(k for _, k in pair), fields, mode)
    syllables = _syllables_apart(keyed)
    if syllables is None:
        spelled = _word_apart(keyed, policy)
        if spelled is None:
            return None
        keys = tuple(k for _, k in spelled)
        words = tuple(fold(w) for w, _ in spelled)
        return NameWords(words, keys, fields, mode, slop, given, _loose(keys, words))
    keys = tuple(k for _, k in syllables)
    words = tuple(fold(w) for w, _ in syllables)
    loose = _loose(keys, words)
    if not arabic_function_keys(None).isdisjoint(keys[0]):
        # The family name spelled as an Arabic function word (Pan = بان, "appeared"): found
        # as such before the given name's syllables, which every match holds.
        loose = (True, *(loose[1:] or (False,) * (len(keys) - 1)))
    return NameWords(words, keys, fields, mode, slop, given, loose)


def _written_apart(
    keyed: list[tuple[int, str, HeldKeys]], policy: str
) -> list[tuple[str, HeldKeys]] | None:
    """The two words, with their Arabic keys, that Arabic writes the one-word name term of
    ``keyed`` as (see split_names), or None."""
    arabic, spelled = _parts_apart(keyed, policy)
    if arabic is None:
        return None
    if spelled is not None:  # and as other scripts write it apart (Абдель Ати)
        return [(w, _union(k, other)) for (w, k), (_, other) in zip(arabic, spelled, strict=True)]
    return arabic


Parts = list[tuple[str, HeldKeys]] | None


def _parts_apart(keyed: list[tuple[int, str, HeldKeys]], policy: str) -> tuple[Parts, Parts]:
    """The two words Arabic writes the one-word name term of ``keyed`` as, with their
    Arabic keys, and (for a name opening with Abd or Abu) the two the other scripts write
    it as, with their other keys (see split_names); None for either there is not."""
    _, word, keys = keyed[0]
    parts = arabic_parts(word) if any(k.startswith(ARABIC_KEY) for k in keys) else None
    if parts is None:
        return None, None
    arabic = [(w, _arabic(phrase_word_keys(w, policy))) for w in parts]
    if not all(k for _, k in arabic):
        return None, None
    words = spelled_parts(word)
    spelled = (
        None if words is None else [(w, _not_arabic(phrase_word_keys(w, policy))) for w in words]
    )
    return arabic, spelled


def _word_apart(keyed: list[tuple[int, str, HeldKeys]], policy: str) -> Parts:
    """The words of a name of several, one of which Arabic writes as two (see split_names:
    ``Amir-Abdollahian`` = ``أمير عبد اللهيان``, ``Ekrem Imamoglu`` = ``أكرم إمام أوغلو``),
    each with its Arabic keys; None for a name without such a word."""
    found: list[tuple[str, HeldKeys]] = []
    for entry in keyed:
        parts = _parts_apart([entry], policy)[0]
        found.extend(parts or [(entry[1], _arabic(entry[2]))])
    if len(found) == len(keyed) or not all(k for _, k in found):
        return None
    return found


def _syllables_apart(
    keyed: list[tuple[int, str, HeldKeys]],
) -> list[tuple[str, HeldKeys]] | None:
    """The words of a Chinese name with its given name's two syllables apart, each with its
    Arabic keys, as Arabic writes them (see pinyin: ``شي جين بينغ``), or None."""
    words = [word for _, word, _ in keyed]
    if not chinese_name(words):
        return None
    found = [(words[0], _arabic(keyed[0][2]))]
    split = False
    for word in words[1:]:
        syllables = given_name_syllables(word)
        split = split or syllables is not None
        found.extend((s.capitalize(), held(arabic_pinyin_keys(s))) for s in syllables or (word,))
    return found if split and all(k for _, k in found) else None


def _given_name_hyphenated(
    keyed: list[tuple[int, str, HeldKeys]], compiled: m.Words, policy: str
) -> NameWords | None:
    """A Chinese name whose given name the term writes as one word of two syllables, with
    the syllables hyphenated, the second in lower case, as Czech and Slovak write them
    (``Hua Chunying`` = ``Chua Čchun-jing``), keyed in the cased scripts only; None for
    another term."""
    words = [word for _, word, _ in keyed]
    if len(words) != 2 or not chinese_name(words):
        return None
    syllables = given_name_syllables(words[1])
    if syllables is None:
        return None
    keys = (
        _not_arabic(keyed[0][2]),
        *(_not_arabic(phrase_word_keys(s.capitalize(), policy)) for s in syllables),
    )
    if not all(keys):
        return None
    folded = (fold(words[0]), *syllables)
    fields, mode = compiled.fields, compiled.mode
    return NameWords(folded, keys, fields, mode, compiled.slop, hyphened=(False, False, True))


def _given_first(keyed: list[tuple[int, str, HeldKeys]], compiled: m.Words) -> NameWords | None:
    """A Chinese name of a family name and a given name of two syllables in the order sport
    and Western news write it, given name first (``Qinwen Zheng`` for Zheng Qinwen), keyed
    in the cased scripts only; None for another term. A one-syllable given name stays in
    its order: ``Yi Wang`` is as likely someone else as Wang Yi."""
    words = [word for _, word, _ in keyed]
    if len(words) != 2 or not chinese_name(words) or given_name_syllables(words[1]) is None:
        return None
    keys = (_not_arabic(keyed[1][2]), _not_arabic(keyed[0][2]))
    if not all(keys):
        return None
    folded = (fold(words[1]), fold(words[0]))
    return NameWords(folded, keys, compiled.fields, compiled.mode, compiled.slop)


def _korean_given_first(
    keyed: list[tuple[int, str, HeldKeys]], parts: tuple[bool, ...], compiled: m.Words
) -> NameWords | None:
    """A Korean name of a family name and a given name of two syllables in the order
    Western news write it, given name first (``Heung-min Son`` for Son Heung-min), keyed in
    the cased scripts only; None for another term. Both syllables stand between the family
    name and nothing else, as a Korean given name has two (see _given_first)."""
    words = [word for _, word, _ in keyed]
    if len(words) != _SURNAME_AND_TWO_SYLLABLES or not korean_name(words):
        return None
    order = (1, 2, 0)
    keys = tuple(_not_arabic(keyed[i][2]) for i in order)
    if not all(keys):
        return None
    folded = tuple(fold(words[i]) for i in order)
    hyphened = (False, bool(parts) and parts[2], False)
    fields, mode, slop = compiled.fields, compiled.mode, compiled.slop
    return NameWords(folded, keys, fields, mode, slop, hyphened=hyphened if any(hyphened) else ())


def _loose(keys: tuple[HeldKeys, ...], words: tuple[str, ...]) -> tuple[bool, ...]:
    """Which words of a name of several an article may write as a word it gives no name
    keys (see NameWords.loose): a short word (Arabic keys of two letters at most: ``Li``,
    ``He``, ``Lee``) sharing a key with an Arabic function word, one keyed as one letter
    (``Yi`` = ``И``), or a "son of" kept in the name (``Ben`` of ``Ben-Gvir`` = بن غفير:
    بن is an Arabic function word); () if none."""
    loose = tuple(_loose_word(k) or w.lower() in _SON_OF for k, w in zip(keys, words, strict=True))
    return loose if any(loose) else ()


@lru_cache(maxsize=1024)
def _loose_word(keys: HeldKeys) -> bool:
    """:func:`_loose` of one word's ``keys``; remembered for a while: a first name or an
    organisation's kind is a word of thousands of a large rule set's name terms (a word's
    keys are one shared set: see forms.term_keys)."""
    function_keys = arabic_function_keys(None)
    return (_short_in_arabic(keys) and not function_keys.isdisjoint(keys)) or _one_letter(keys)


def _one_letter(keys: HeldKeys) -> bool:
    return any(len(k) - k.index(":") == 2 and not k.startswith(ARABIC_KEY) for k in keys)


def _short_in_arabic(keys: HeldKeys) -> bool:
    arabic = _arabic(keys)
    return bool(arabic) and all(len(k) <= len(ARABIC_KEY) + _SHORT for k in arabic)


_SHORT = 2  # letters of a short word's Arabic keys


def _arabic(keys: HeldKeys) -> HeldKeys:
    return tuple(k for k in keys if k.startswith(ARABIC_KEY))


def _not_arabic(keys: HeldKeys) -> HeldKeys:
    return tuple(k for k in keys if not k.startswith(ARABIC_KEY))


def keyed_words(text: str, policy: str) -> list[tuple[int, str, HeldKeys]]:
    """The words of the term ``text`` a name term keys, each with its place among the term's
    words, its spelling as keyed and its keys under ``policy``, and the two words Arabic
    may write a one-word name as (what :func:`name_words` compiles; ``rules test`` explains
    a match with the same keys)."""
    written, starts, _ = scan(text)
    keyed = _keyed(text, written, starts, policy)
    if len(keyed) == 1:
        arabic, spelled = _parts_apart(keyed, policy)
        return keyed + [(keyed[0][0], w, k) for w, k in (*(arabic or ()), *(spelled or ()))]
    syllables = _syllables_apart(keyed)
    if syllables is not None:
        return keyed + [(keyed[-1][0], w, k) for w, k in syllables[1:]]  # after the family name
    # A word Arabic writes as two (see _word_apart), its parts after it.
    return keyed + [
        (entry[0], w, k) for entry in keyed for w, k in _parts_apart([entry], policy)[0] or ()
    ]


def _keyed(
    text: str, written: list[str], starts: list[int], policy: str, given: bool = False
) -> list[tuple[int, str, HeldKeys]]:
    """Particles left out, a lower-case part hyphenated to a name read as a name, and a word
    of a name of several keyed as one (see forms.phrase_word_keys); a word written as a
    given name (``given``: the one-word term is; in a name of several, every word before
    the last) also keyed as its other East Slavic forms (see given_names)."""
    kept = _without_particles(text, written, starts)
    named = _hyphenated_parts_as_names(text, written, starts)
    if len(kept) == 1:
        keys = _with(
            term_keys(named[kept[0]], policy), _egyptian_a(named, kept[0], policy, term_keys)
        )
        entry = (kept[0], named[kept[0]], keys)
        return [_as_given(entry, policy) if given else entry]
    words = [named[i] for i in kept]
    korean = korean_name(words)
    vietnamese = vietnamese_name(words)
    last = kept[-1]
    found = [
        (
            i,
            named[i],
            _with(
                phrase_word_keys(named[i], policy, korean, vietnamese),
                (
                    *_egyptian_a(named, i, policy),
                    *_particle_schwa(named[i], i < last, policy),
                    *_joined_particle_keys(named[i], i < last, policy),
                    *_servant_of_keys(named[i], i < last, policy),
                ),
            ),
        )
        for i in kept
    ]
    if chinese_name(words):  # read as pinyin too (see pinyin: Xi = شي)
        found = [(i, word, _with(keys, arabic_pinyin_keys(word))) for i, word, keys in found]
    elif not korean:  # a Western order: the given names first (Volodymyr Zelensky)
        found = [_as_given(entry, policy) for entry in found[:-1]] + found[-1:]
    spelled = phrase_particles(words)
    if spelled:  # an Arabic name (Abu Obeida = Абу Убейда = أبو عبيدة)
        found = [
            (i, word, _phrase_word(word, keys, particle, policy))
            for (i, word, keys), particle in zip(found, spelled, strict=True)
        ]
    return found


def _phrase_word(word: str, keys: HeldKeys, particle: frozenset[str], policy: str) -> HeldKeys:
    """``keys`` of a word of a name term holding an Arabic particle (see phrase_particles):
    a particle's own, or an Arabic name's readings."""
    if particle:
        return particle_word_keys(word, keys)
    return arabic_name_keys(word, keys, policy)


def _particle_schwa(word: str, before_name: bool, policy: str) -> HeldKeys:
    """The Bulgarian keys of a French particle the term capitalises before its name (``Le``
    of ``Le Maire`` = ``Льо``: see lower_particles.schwa_keys); none for another word."""
    return schwa_keys(word, policy) if before_name and _capital_particle(word) else ()


# Particles a name writes as one lower-case word (Filipino ``dela Rosa``, ``delos Santos``;
# Flemish ``vanden``): a European particle and an article or a second particle.
_JOINED_PARTICLE = re.compile("(?:de|da|di|van|von)(?:la|las|los|le|les|lo|der|den|de)")
_LATIN_KEYS = ("Latn", "Latf")


def joined_particle(word: str) -> bool:
    """Whether ``word`` is two particles the term writes as one lower-case word (``dela``)."""
    return word.islower() and _JOINED_PARTICLE.fullmatch(word) is not None


def _joined_particle_keys(word: str, before_name: bool, policy: str) -> HeldKeys:
    """A lower-case joined particle's keys in other scripts (``dela`` of ``dela Rosa`` =
    ``дела`` = ``Ντέλα`` = ``ديلا``), as read capitalised; Latin counts it as written. None
    for another word, or one after the name."""
    if not before_name or not joined_particle(word):
        return ()
    keys = phrase_word_keys(word.capitalize(), policy)
    return tuple(k for k in keys if not k.startswith(_LATIN_KEYS))


# "Servant of" with the article (Abdul, Abdel, Abdal) before a name: languages write its
# vowel as they hear it (Abdul-Mahdi = Абдель Махди = Αμπντέλ Μάχντι = Abdel Mahdi).
_SERVANT_OF = re.compile("abd[aeiou]l")
_SERVANT_OF_SPELLINGS = ("Abdul", "Abdel", "Abdal")


def _servant_of_keys(word: str, before_name: bool, policy: str) -> HeldKeys:
    """Keys of ``word``, an Abdul before a name, in each of its vowels (``Abdel``, ``Abdal``);
    none for another word."""
    if not before_name or _SERVANT_OF.fullmatch(word.lower()) is None:
        return ()
    return _union(k for spelled in _SERVANT_OF_SPELLINGS for k in phrase_word_keys(spelled, policy))


def _servant_of_joined(
    keyed: list[tuple[int, str, HeldKeys]], compiled: m.Words, policy: str, given: bool
) -> NameWords | None:
    """A term of Abdul and one name (``Abdul-Mahdi``) also as one word, as Turkish and
    Spanish write it (``Abdulmehdi``, ``Abdelmahdi``), in each of its vowels; None for
    another term."""
    words = [word for _, word, _ in keyed]
    if len(words) != 2 or _SERVANT_OF.fullmatch(words[0].lower()) is None:
        return None
    name = words[1].lower()
    keys = _union(k for spelled in _SERVANT_OF_SPELLINGS for k in term_keys(spelled + name, policy))
    if not keys:
        return None
    folded = (fold(words[0] + name),)
    return NameWords(folded, (keys,), compiled.fields, compiled.mode, compiled.slop, given)


def _with(keys: HeldKeys, more: Collection[str]) -> HeldKeys:
    """``keys`` and ``more``: ``keys`` itself if ``more`` adds none (a word's keys are one
    tuple shared by every term holding the word, see forms.term_keys; a union would be a
    copy per compiled term, tens of MB in a long-running worker)."""
    return _union(keys, more) if more and not set(more).issubset(keys) else keys


# Egyptian English writes the article el and an Arabic name's opening a after it as e, as
# Egyptian Arabic says them (El-Enany = al-Anani = эль-Анани = αλ-Ανανί, El-Erian =
# al-Aryan): a name word after an el particle opening with e and a consonant is also read
# with a there (not in Arabic keys: Arabic script writes no such vowel apart).
_EGYPTIAN_E = re.compile("[Ee](?=[b-df-hj-np-tv-z])")
_EL = "el"


def _egyptian_a(
    written: list[str],
    i: int,
    policy: str,
    key: Callable[[str, str], HeldKeys] = phrase_word_keys,
) -> HeldKeys:
    """The ``key`` keys (Arabic ones left out) of ``written[i]`` read with an opening a for
    its e, after an el (see _EGYPTIAN_E); none for another word."""
    word = written[i]
    if i == 0 or written[i - 1].lower() != _EL or not _EGYPTIAN_E.match(word):
        return ()
    return tuple(k for k in key("A" + word[1:], policy) if not k.startswith("Arab:"))


def _as_given(entry: tuple[int, str, HeldKeys], policy: str) -> tuple[int, str, HeldKeys]:
    """``entry`` (a keyed word written as a given name) with the keys of its other East
    Slavic forms, if it has any and is keyed (see given_names)."""
    i, word, keys = entry
    more = other_form_keys(word, policy) if keys else frozenset()
    return (i, word, _union(keys, more)) if more else entry


def _hyphenated_parts_as_names(text: str, written: list[str], starts: list[int]) -> list[str]:
    """``written``, with a lower-case part hyphenated to a capitalised word read as the name
    it belongs to (``Jae-myung`` = ``Чжэ Мён``; an article writes ``Jae-myunga``)."""
    return [
        word.capitalize()
        if i
        and word.islower()
        and text[starts[i] - 1 : starts[i]] == "-"
        and written[i - 1][:1].isupper()
        else word
        for i, word in enumerate(written)
    ]


def _without_particles(text: str, written: list[str], starts: list[int]) -> list[int]:
    """Indices of ``written`` that are no particle: a particle is written in lower case
    (``von der Leyen``; not "son of", ``bin Salman``: see phrase_particles.KINSHIP), or
    capitalised before a hyphen (``Al-Sharaa``), before a capitalised word (particles
    between); all of them if nothing else is left.
    A capitalised "son of" hyphenated to the name is part of it (``Ben-Gvir`` = بن غفير =
    Бен-Гвир): no article writes the name without it, where ``Al-`` is left out."""

    def particle(i: int) -> bool:
        word = written[i]
        if word.islower():  # a lower-case "son of" is kept: see phrase_particles.KINSHIP
            return word in PARTICLES and word not in KINSHIP
        hyphen = text[starts[i] + len(word) : starts[i] + len(word) + 1] == "-"
        return hyphen and word.lower() in PARTICLES and word.lower() not in _SON_OF

    dropped = particles_before_a_name(
        [particle(i) for i in range(len(written))], [w[:1].isupper() for w in written]
    )
    kept = [i for i in range(len(written)) if i not in dropped]
    return kept or list(range(len(written)))


def particles_before_a_name(particle: list[bool], capital: list[bool]) -> set[int]:
    """Of a run of words (``particle[i]``: may be a particle; ``capital[i]``: capitalised),
    the particles: those before a capitalised word, other particles between."""
    found: set[int] = set()
    before_a_name = False
    for i in reversed(range(len(particle))):
        if particle[i] and before_a_name:
            found.add(i)
        else:
            before_a_name = capital[i]
    return found
