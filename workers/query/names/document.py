"""The article side: which words of a field read as names, and the keys an article offers."""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache
from itertools import filterfalse, islice

from ..budget import NO_DEADLINE
from ..text import Split, fold, offsets_of_split, scan_offsets
from .cases import accusative_barred, declines, locative_prepositions
from .dative_openers import rare_dative
from .forms import (
    ALL_CASES,
    NO_CASES,
    NOMINATIVE,
    NOT_ACCUSATIVE,
    NOT_LOCATIVE,
    HeldKeys,
    article_keys,
    becoming_keys,
    is_name,
    word_keys,
)
from .universe import RULE_KEYS


class FieldNames:
    """The words of one field that read as names (capitalised, or Arabic), with positions.

    Built from the field's distinct words, so its cost grows with the field's vocabulary, not
    its length; a word's keys come from a bounded table shared by all articles (see
    forms.word_keys), its positions are found only for the words a rule asks for, and
    lookups of one rule word's keys are remembered per field. A word found only at the start
    of sentences is read in the nominative only (a Lithuanian ``Lavrovas``), not as an
    inflected form: there a capital letter does not say "name" (``Путина на Амуре…`` is the
    fishing season), and news sentences rarely open with a name in an oblique case. The rule
    index gets every word's keys in all cases (a superset); the opener check runs only for
    the words a rule finds.
    """

    def __init__(
        self,
        text: str,
        raw: list[str],
        postings: dict[str, list[int]],
        split: Split | None,
        offsets: Offsets | None = None,
        check: Callable[[], None] = NO_DEADLINE.check,
    ) -> None:
        self._distinct: set[str] | None = None  # the field's distinct words, on first use
        self._capital_words: list[str] | None = None
        self._raw = raw
        self._postings = postings
        self._where: dict[str, list[int]] = {}
        self._text = text
        # Each word's start and end, from the field's split if it has one (see text.scan_split),
        # built on first use: the field's own (FieldText) take them from here. No reference
        # back to the field: a cycle would keep every article alive until a collection.
        self._split = split
        self._offsets = offsets
        self._found: dict[tuple[int, str], tuple[HeldKeys, list[int]]] = {}
        self._keys: dict[str, dict[str, frozenset[str]]] = {}
        # Per language: the rule keys' generation and the words holding keys rules ask for.
        self._cut: dict[str, tuple[int, list[tuple[str, frozenset[str]]]]] = {}
        self._check = check  # the article's matching budget, checked per word first keyed

    @property
    def _capitals(self) -> list[str]:
        """The distinct words that may be names: all but the all-lower-case ones (capitalised,
        Arabic, and digits, whose keys are empty), found by a C-level filter; the only
        words whose full keys are looked up."""
        if self._capital_words is None:
            self._capital_words = list(filterfalse(str.islower, self.distinct()))
        return self._capital_words

    def distinct(self) -> set[str]:
        """The field's distinct words as written that may be read as names: all of them,
        but in a field of more than MAX_NAME_WORDS words that are not lower-case only the
        first MAX_NAME_WORDS of those (see :func:`first_names`)."""
        if self._distinct is None:
            words = set(self._raw)
            self._distinct = words if len(words) <= MAX_NAME_WORDS else first_names(self._raw)
        return self._distinct

    def word_keys(self, language: str | None) -> dict[str, frozenset[str]]:
        """The name keys each of this field's capitalised words may have in ``language``
        (none: not a name; all cases: a superset where a sentence opener is later read in
        the nominative only). Built when a rule finds a name here (see :meth:`positions`)."""
        found = self._keys.get(language or "")
        if found is None:
            found = self._keys[language or ""] = dict(
                zip(self._capitals, self._key_sets(language), strict=True)
            )
        return found

    def _key_sets(self, language: str | None) -> list[frozenset[str]]:
        """The keys of each word of ``self._capitals`` in ``language``, in order (from the
        table shared by all articles; it runs for every article)."""
        cases = ALL_CASES if declines(language) else NO_CASES
        return word_keys(self._capitals, language, cases, self._check)

    def add_keys(self, into: set[str], language: str | None) -> None:
        """Add every name key of this field's name words in ``language`` to ``into`` (for the
        archive's word filter, which must meet rules written later; no dict is built)."""
        found = self._keys.get(language or "")
        if found is not None:
            into.update(*filter(None, found.values()))
        elif self._capitals:
            into.update(*filter(None, self._key_sets(language)))

    def positions(self, wanted: HeldKeys, language: str | None, present: set[str]) -> list[int]:
        """Positions of the name words sharing a key with ``wanted`` (a rule word's keys).
        ``present``: the article's keys (AnalyzedDocument.name_keys, a superset of this
        field's): the few of ``wanted`` among them are found with a look-up per key, then
        the words holding them by one C-level disjointness test each, among the few words
        holding keys some rule asks for (see :meth:`_asked`)."""
        # By the keys' identity (a tuple's hash is not kept: worked out again per look-up);
        # the entry holds them, so no other tuple takes their id while it stands.
        memo = (id(wanted), language or "")
        entry = self._found.get(memo)
        if entry is not None and entry[0] is wanted:
            return entry[1]
        shared = present.intersection(wanted)
        words = (
            [w for w, keys in self._asked(language) if not keys.isdisjoint(shared)]
            if shared
            else []
        )
        if words and declines(language):
            found = [p for w in words for p in self._cased(w, wanted, language)]
        else:
            found = [p for w in words for p in self.where(w)]
        self._found[memo] = (wanted, found)
        return found

    def _cased(self, word: str, wanted: HeldKeys, language: str | None) -> list[int]:
        """Positions of ``word`` where the case it matches ``wanted`` in may stand (checked
        only for the words a rule finds, in a declining language): any, read in its
        nominative (or possessive) form; none if the word only opens sentences (there a
        capital letter does not say "name", and news sentences rarely open with a name in
        an oblique case), but for a dative the language writes too rarely to be an ordinary
        word (see dative_openers); a word read as ``wanted`` only in the locative, only after a
        preposition (see cases.LOCATIVE_PREPOSITIONS); one read as ``wanted`` only in the
        accusative, not after a Greek article of another case (see cases.accusative_barred)."""
        where = self.where(word)
        if not article_keys(word, language, NOMINATIVE).isdisjoint(wanted):
            return where
        if self.only_opens(word):
            raw = self._raw  # but a Finnish elative before "becomes" (see becoming_keys)
            return [
                p
                for p in where
                if p + 1 < len(raw)
                and (
                    not becoming_keys(word, raw[p + 1], language).isdisjoint(wanted)
                    or rare_dative(word, raw[p + 1 : p + 3], wanted, language)
                )
            ]
        if article_keys(word, language, NOT_ACCUSATIVE).isdisjoint(wanted):
            # an accusative only: not where the article says another case (Greek του)
            where = [p for p in where if not accusative_barred(self._raw, p, language)]
        prepositions = locative_prepositions(language)
        if not prepositions or not article_keys(word, language, NOT_LOCATIVE).isdisjoint(wanted):
            return where
        raw = self._raw
        return [
            p
            for p in where
            if any(w.lower() in prepositions for w in raw[max(0, p - _LOCATIVE_REACH) : p])
        ]

    def only_opens(self, word: str) -> bool:
        """Whether every occurrence of the name word ``word`` opens a sentence (or the
        field); checked only for the words asked about, at their own positions."""
        if not _is_name(word) or not _whole(word):
            return False
        starts, ends = self.offsets()
        text = self._text
        return all(_opens(text, starts[p], ends[p]) for p in self.where(word))

    def offsets(self) -> Offsets:
        """Start and end character offsets of each word of the field."""
        if self._offsets is None:
            split = self._split  # running lengths of the split, or a scan of the text
            self._offsets = scan_offsets(self._text) if split is None else offsets_of_split(split)
        return self._offsets

    def add_rule_keys(self, into: set[str], language: str | None) -> None:
        """Add the name keys of this field's words in ``language`` that some rule may ask for
        to ``into`` (every key, if the cut is off): the article's keys for the rule index,
        with the same matches as every key and a much smaller set (see universe)."""
        into.update(*[keys for _, keys in self._asked(language)])

    def _asked(self, language: str | None) -> list[tuple[str, frozenset[str]]]:
        """This field's words holding keys some rule may ask for, with those keys (every
        key, if the cut is off): a rule word shares keys with a word exactly when it shares
        them with its cut keys (see universe). Found once per field and language (for the
        rule index, then for the rules' name words), again if rules brought new keys."""
        generation, found = self._cut.get(language or "", (-1, []))
        if generation != RULE_KEYS.generation:
            cut = asked_keys(self.distinct(), language, self._check)
            if cut is None:  # the cut is off
                cut = [(w, keys) for w, keys in self.word_keys(language).items() if keys]
            found = cut
            self._cut[language or ""] = (RULE_KEYS.generation, found)
        return found

    def where(self, word: str) -> list[int]:
        """Positions of the name word ``word`` as written (computed for the words asked)."""
        found = self._where.get(word)
        if found is None:
            raw = self._raw
            found = self._where[word] = [p for p in self._postings[fold(word)] if raw[p] == word]
        return found


def first_names(raw: list[str]) -> set[str]:
    """The distinct words of ``raw`` that are lower-case, and the first MAX_NAME_WORDS
    others in text order: working out a word's keys costs ~0.1 ms, and a hostile field
    holds a hundred thousand different capitalised words (a real article, hundreds)."""
    distinct = dict.fromkeys(raw)
    others = list(islice(filterfalse(str.islower, distinct), MAX_NAME_WORDS))
    return set(filter(str.islower, distinct)).union(others)


def asked_keys(
    words: set[str], language: str | None, check: Callable[[], None] = NO_DEADLINE.check
) -> list[tuple[str, frozenset[str]]] | None:
    """The words of ``words`` (as written) holding keys some rule may ask for in
    ``language``, with those keys, from a table shared across articles (None: the cut is
    off). Lower-case words are looked up too (remembered with no keys); ``check`` runs
    before a word's keys are worked out (see forms.word_keys)."""
    cases = ALL_CASES if declines(language) else NO_CASES

    def full(word: str) -> frozenset[str]:
        # Lower-case words are no names: not kept in the table of every key.
        return NO_KEYS if word.islower() else word_keys([word], language, cases, check)[0]

    return RULE_KEYS.asked(words, language, cases, full)


Offsets = tuple[list[int], list[int]]
# The most distinct words of a field that are not lower-case read as names (the first ones).
MAX_NAME_WORDS = 10_000
NO_KEYS: frozenset[str] = frozenset()
# How far before a locative its preposition may stand: a given name and a title between
# (``о бывшем президенте Буше``, ``при Джордже Буше``).
_LOCATIVE_REACH = 3


@lru_cache(maxsize=100_000)
def _is_name(word: str) -> bool:
    return is_name(word)


# A sentence opener: after an end mark and white space, or after a line break, or at the
# start of the text; opening quotes, brackets and dashes may stand before it.
_LEADS = frozenset("\"'«„“([-")
_ENDS = frozenset(".!?…:;")


def _whole(word: str) -> bool:
    """Whether ``word`` is letters and digits only: a word with a mark or an invisible
    character inside (``Лавро́ва``) is not taken for a sentence opener."""
    return word.isalnum()


def _opens(text: str, start: int, end: int) -> bool:
    """Whether the word ``text[start:end]`` (letters and digits only) opens a sentence or
    the text: not glued to a letter, digit or ``_`` after it (a tokeniser's part of one:
    ``中国``), and before it, past any opening quotes, brackets and dashes, the start of the
    text, white space holding a line break, or an end mark and then white space (``3.5``
    and ``.NET`` open nothing)."""
    if end < len(text) and (text[end].isalnum() or text[end] == "_"):
        return False
    lead = start
    while lead and text[lead - 1] in _LEADS:
        lead -= 1
    if not lead:
        return True
    space = lead
    while space and text[space - 1].isspace():
        space -= 1
    if "\n" in text[space:lead]:
        return True
    return (
        space < lead and space > 0 and text[space - 1] in _ENDS and not _after_initials(text, space)
    )


def _after_initials(text: str, space: int) -> bool:
    """Whether the end mark before ``text[space:]`` is the dot of a person's capital initials
    (``gubernatora J.B. Pritzkera``, ``По словам С. Лаврова``): the name goes on, in any
    case. Not after a capitalised word inside a sentence, which the initials and name may
    complete as a place's or body's (``Letiska M. R. Štefánika``, an airport)."""
    first = -1
    while space >= 2 and _initial_at(text, space - 2):
        first = space - 2
        space = first
        while space and text[space - 1] == " ":  # J.B. or M. R.: the initial before
            space -= 1
    if first < 0:
        return False
    before = first
    while before and text[before - 1].isspace():
        before -= 1
    if not before or text[before - 1] in _ENDS:
        return True
    start = before
    while start and text[start - 1].isalnum():
        start -= 1
    return not text[start].isupper() or _opens(text, start, before)


def _initial_at(text: str, letter: int) -> bool:
    """Whether ``text[letter]`` is a capital initial: one capital letter and a dot."""
    return (
        text[letter + 1] == "."
        and text[letter].isupper()
        and (letter == 0 or not text[letter - 1].isalnum())
    )
