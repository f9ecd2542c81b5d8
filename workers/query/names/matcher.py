"""The compiled form of a term holding names: its words as written, or as the same name.

A word of the term that is a name (see :func:`.forms.term_keys`) matches where the plain
word does and also where an article word shares one of its name keys; other words match as
usual. Phrases and ``"a b"~n`` keep their meaning, word by word.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable

from ..analysis import AnalyzedDocument, FieldText, Positions
from ..matchers import STEM, Hits, SharedTerm
from ..proximity import windows
from ..stemming import stemmer
from ..text import APOSTROPHES, fold
from .acronyms import after_an_acronym
from .apostrophe_endings import phrase_spans
from .arabic_words import foreign_with_article, in_arabic_context
from .baltic_openers import genitives_before_a_preposition
from .capitals import (
    as_names,
    as_surnames,
    before_a_western_surname,
    hyphenated,
    joined,
    opens_sentence,
    written_as_names,
)
from .cases import declines, primary_language
from .compound_prepositions import before_their_preposition
from .copulas import before_a_first_person_copula
from .firms import after_a_firm_noun, before_a_number, names_a_firm
from .forms import BY_SOUND, NO_CASES, NOMINATIVE, HeldKeys, article_keys
from .function_words import capitalised_function_words, function_word_positions
from .indefinite import after_indefinite_article
from .initials import other_initial_openers
from .institutions import after_an_institution_noun
from .kinship import after_my_relative
from .latin import another_latin_name
from .lower_particles import lower_particles
from .nicknames import after_a_nickname
from .opener_verbs import LEAD_REACH, doubts_openers, opens_as_subject
from .persian_frames import in_persian_frame
from .phrase_particles import spelling
from .place_nouns import in_a_place_case, names_a_place
from .places import in_place
from .quotes import in_short_quote
from .salutations import opening_salutations
from .shown_particles import Particle, after_an_article_alone, particle_start, with_particles
from .split_names import after_servant_of, spelled_parts
from .streets import names_a_street
from .surname_first import SURNAME_FIRST
from .women import womans_form


class NameWords(SharedTerm):
    """``words`` (folded, for plain matching) with ``keys[i]`` the name keys of word i (held
    as a sorted tuple: see forms.HeldKeys)."""

    loose: tuple[bool, ...] = ()  # see __init__
    # What every match holds as itself or through its name keys (see index_options); None:
    # every word.
    required: tuple[tuple[str, HeldKeys], ...] | None = None
    # The particles the term writes before its name (``von der`` of ``von der Leyen``),
    # shown with a hit where the article writes them before it (see shown_particles).
    particles: tuple[Particle, ...] = ()
    hyphened: tuple[bool, ...] = ()  # see __init__
    spelled: tuple[frozenset[str], ...] = ()  # see __init__
    lower: tuple[bool, ...] = ()  # see __init__

    def __init__(
        self,
        words: tuple[str, ...],
        keys: tuple[HeldKeys, ...],
        fields: tuple[str, ...],
        mode: str,
        slop: int | None = None,
        given: bool = False,
        loose: tuple[bool, ...] = (),
        particles: tuple[Particle, ...] = (),
        hyphened: tuple[bool, ...] = (),
        spelled: tuple[frozenset[str], ...] = (),
        lower: tuple[bool, ...] = (),
    ) -> None:
        self.words = words
        self.keys = keys
        self.fields = fields
        self.mode = mode
        self.slop = slop
        # Short words of a name of several that an article may write as a word it gives no
        # name keys: an Arabic function word (``Lee`` of ``Lee Jae-myung`` = لي جاي ميونغ,
        # لي "to me") or one letter (``Wang Yi`` = ``Ван И``). Found as such beside the
        # name's other words, and not required by the rule index.
        if loose:  # rare: the class's defaults stand for the others (a large set has many)
            self.loose = loose
        # Words the term hyphenates to the word before (``te`` of ``Ching-te``): an article
        # may write them in lower case (``Τσινγκ-τε``, ``Jae-myunga``), a word it gives no
        # name keys; found there too (see _lower_parts), and not required by the rule index.
        if hyphened:
            self.hyphened = hyphened
        # Arabic particles the term writes capitalised (``Al`` of ``Al Baker``): found too
        # where an article writes one of these folded spellings, in any case (``аль-Бакер``,
        # ``Ebu Ubeyde``; see phrase_particles), and not required by the rule index.
        if spelled:
            self.spelled = spelled
        # Particles the term capitalises before its name (``De`` of ``De Croo``): an article
        # may write them in lower case (``де Кроо``), a word it gives no name keys; found
        # there too (see lower_particles), and not required by the rule index.
        if lower:
            self.lower = lower
        if loose or hyphened or spelled or lower:
            off = tuple(bool(s) for s in spelled) if spelled else ()
            optional = _either(_either(hyphened, off), lower)
            self.required = _required(words, self.keys, loose, optional)
        # A one-word term written as a given name (``Donald`` of ``Donald Trump``), or a
        # surname written first (``Xi``): found before another name as well.
        self.anywhere = given or (len(words) == 1 and words[0] in SURNAME_FIRST)
        if particles:  # rare: the class's default stands for the others
            self.particles = particles

    def _find(self, doc: AnalyzedDocument) -> Hits | None:
        stemmed = self.mode == STEM
        if not stemmed and self._absent(doc):
            return None
        found: Hits = []
        single = len(self.words) == 1  # the usual name term: its positions are its hits
        openers: Hits = []  # a single word's, found only through its keys
        for name in self.fields:
            text = doc.fields[name]
            if not text.raw:
                continue  # an empty title
            if single:
                positions = self._positions(doc, name, 0, stemmed, openers)
                found.extend([(name, p, p + 1) for p in positions])
                continue
            lists: list[Positions] = []
            for i in range(len(self.words)):
                positions = self._positions(doc, name, i, stemmed)
                if self.hyphened and self.hyphened[i] and lists:
                    positions = self._lower_parts(text, i, lists[-1], positions, doc.language)
                if self.spelled and self.spelled[i]:
                    positions = _spelled_positions(text, self.spelled[i], positions)
                if self.lower and self.lower[i]:
                    lower = lower_particles(text, self.words[i], self.keys[i], doc.language)
                    positions = sorted({*positions, *lower}) if lower else positions
                if not positions:
                    break  # a phrase or NEAR needs every word
                lists.append(positions)
            else:
                found.extend((name, s, e) for s, e in self._spans(text, lists))
        if openers and found:  # the article names it elsewhere: the openers are the name too
            found = sorted([*found, *openers])
        if self.particles and found:
            found = with_particles(doc.fields, found, self.particles, doc.language)
        return found or None

    def _lower_parts(
        self,
        text: FieldText,
        i: int,
        before: Positions,
        positions: Positions,
        language: str | None,
    ) -> Positions:
        """``positions`` of word ``i`` (hyphenated to word ``i - 1`` in the term), with the
        lower-case words an article hyphenates to word ``i - 1`` (at ``before``) that share
        a key with it in any case (``Κέον-χι``, ``Jae-myungiem``): the part of a name after
        a hyphen, which the article's names leave out for its lower case."""
        raw, last, keys = text.raw, len(text.raw) - 1, self.keys[i]
        found = [
            p + 1
            for p in before
            if p < last
            and raw[p + 1][:1].islower()
            and hyphenated(text, p)
            and not article_keys(raw[p + 1], language).isdisjoint(keys)
        ]
        return sorted({*positions, *found}) if found else positions

    def _absent(self, doc: AnalyzedDocument) -> bool:
        """Whether some word is in neither the title and body as written nor among their
        name keys (the document's sets, built once: most terms a rule holds are absent)."""
        vocabulary, names = doc.vocabulary(), doc.name_keys()
        if len(self.words) == 1:  # the usual name term, without a generator
            return self.words[0] not in vocabulary and names.isdisjoint(self.keys[0])
        # Loose words may be function words, hyphenated parts lower case: not required.
        required = self.required or zip(self.words, self.keys, strict=True)
        return any(word not in vocabulary and names.isdisjoint(keys) for word, keys in required)

    def _spans(self, text: FieldText, lists: list[Positions]) -> list[tuple[int, int]]:
        size = len(lists)
        if size == 1:
            return [(p, p + 1) for p in lists[0]]
        if self.slop is None:
            return phrase_spans(text, lists)
        merged: dict[str, Positions] = {}
        for word, positions in zip(self.words, lists, strict=True):
            merged.setdefault(word, positions)
        groups = [(merged[w], n) for w, n in Counter(self.words).items()]
        return list(windows(groups, size + self.slop))

    def _positions(
        self,
        doc: AnalyzedDocument,
        field: str,
        i: int,
        stemmed: bool,
        openers: Hits | None = None,
    ) -> Positions:
        """Positions of word ``i`` in ``field``: as written, and as the same name through its
        keys. ``openers``: the latter that open a sentence are put there instead (kept
        only if the term is found elsewhere, see :func:`_doubtful_openers`)."""
        text, lang, word = doc.fields[field], doc.language, self.words[i]
        plain = text.stem_positions(lang, stemmer(lang)(word)) if stemmed else text.positions(word)
        if not self.keys[i]:
            return plain
        # The word as written and its other scripts, spellings and cases alike count only
        # where the article writes a name (capitals; see capitals): ``May`` is not "may".
        # The word as written also counts anywhere in an article without case information.
        kept = written_as_names(doc, field, plain) if plain else plain
        named = text.names().positions(self.keys[i], lang, doc.name_keys())
        if not named and not (self.loose and self.loose[i]):
            return kept
        if plain:
            written = set(plain)
            named = [p for p in named if p not in written]
        other = as_names(doc, field, sorted(named))
        as_written = lang is not None and primary_language(lang) not in BY_SOUND
        oblique = self._oblique(text.raw, i, lang)
        other = [
            p
            for p in other
            if not in_place(text.raw, p, lang)
            and not names_a_place(text, p, lang, oblique)
            and not in_a_place_case(text, p, lang, self.keys[i])
            and not names_a_street(text, p, lang, oblique)
            and not in_short_quote(text, p)
            and not in_persian_frame(text, p, lang)
            and not names_a_firm(text, p)
            and not before_a_number(text, p)
            and not (len(self.words) == 1 and after_a_firm_noun(text, p, lang, oblique))
            and not (len(self.words) == 1 and after_an_institution_noun(text, p, lang, oblique))
            and not after_a_nickname(text, p)
            and not another_latin_name(word, text.raw[p], lang, as_written)
            and not foreign_with_article(text.raw[p], word, self.keys[i])
        ]
        if other and len(self.words) == 1 and spelled_parts(word) is None:
            other = [p for p in other if not after_servant_of(text.raw, p)]
            other = [p for p in other if not _after_irish_o(text, p)]
        if other and len(self.words) == 1 and not self.anywhere:
            other = as_surnames(doc, field, other, oblique, not womans_form(word))
            other = in_arabic_context(doc, field, other, word, self._name_start(lang))
        elif other and len(self.words) == 1 and word in SURNAME_FIRST:
            other = [p for p in other if not before_a_western_surname(text, p)]
        if self.loose and self.loose[i]:
            loose = _loose_positions(text, self.keys[i], lang)
            if word == _IRISH_O and loose:
                loose = [p for p in loose if not _opening_preposition(text, p)]
            other = sorted({*other, *loose})
        if other and openers is not None:
            doubtful = _doubtful_openers(text, other, self.keys[i], lang)
            doubtful += after_indefinite_article(text, other, lang)
            doubtful += after_an_acronym(text, other, lang)
            doubtful += after_my_relative(text, other, lang)
            doubtful += other_initial_openers(text, other, word, self.keys[i], lang)
            doubtful += genitives_before_a_preposition(text, other, self.keys[i], lang)
            doubtful += before_their_preposition(text, other, lang)
            doubtful += opening_salutations(text, other)
            doubtful += before_a_first_person_copula(text, other, lang)
            if not self.anywhere:  # not a surname written first: ``Си`` is Bulgarian "self"
                doubtful += capitalised_function_words(text, other, lang)
            if doubtful:
                openers.extend((field, p, p + 1) for p in doubtful)
                dropped = set(doubtful)
                other = [p for p in other if p not in dropped]
        if i == 0 and self.particles:
            kept = self._with_their_particles(text, kept, lang)
            other = self._with_their_particles(text, other, lang)
        if not other:
            return kept
        # Both lists are sorted and without repeats (each position holds one word).
        return sorted(set(kept).union(other)) if kept else other

    def _with_their_particles(
        self, text: FieldText, positions: Positions, language: str | None
    ) -> Positions:
        """``positions`` but those after an article without the term's particles (see
        shown_particles.after_an_article_alone)."""
        particles = self.particles
        return [p for p in positions if not after_an_article_alone(text, p, particles, language)]

    def _name_start(self, language: str | None) -> Callable[[FieldText, int], int] | None:
        """Where the name at a position starts, with the particles the term writes before
        it (see shown_particles); None for a term without such particles."""
        if not self.particles:
            return None
        particles = self.particles
        return lambda text, p: particle_start(text, p, particles, language)

    def _oblique(self, raw: list[str], i: int, language: str | None) -> Callable[[int], bool]:
        """Whether the word at a position reads as word ``i`` only in an oblique case
        (``Według Budanowa Rosja``): no given name stands there, but a woman's may, spelled
        as a man's genitive (see as_surnames). Asked only for a word before a capital, beside
        a woman's name or after a street's noun."""
        if not declines(language):
            return _never
        keys = self.keys[i]
        return lambda p: article_keys(raw[p], language, NOMINATIVE).isdisjoint(keys)

    def index_options(self) -> list[tuple[str, HeldKeys]]:
        """For the rule index: each word (folded) with the name keys that may stand for it,
        of the words every match holds as such (all but the loose ones, if any is left)."""
        return list(self.required or zip(self.words, self.keys, strict=True))


def _either(first: tuple[bool, ...], second: tuple[bool, ...]) -> tuple[bool, ...]:
    """Word by word, whether either flag is set; one of them if the other is ()."""
    if not first or not second:
        return first or second
    return tuple(a or b for a, b in zip(first, second, strict=True))


def _spelled_positions(text: FieldText, spellings: frozenset[str], found: Positions) -> Positions:
    """``found`` with the positions of the words of ``text`` folded as one of
    ``spellings`` (see NameWords.spelled)."""
    more: list[int] = []
    for written in spellings:
        word, before_a_hyphen = spelling(written)
        found_here = text.positions(word)
        if before_a_hyphen:
            found_here = [p for p in found_here if p + 1 < len(text.raw) and hyphenated(text, p)]
        more.extend(found_here)
    return sorted({*found, *more}) if more else found


def _required(
    words: tuple[str, ...],
    keys: tuple[HeldKeys, ...],
    loose: tuple[bool, ...],
    hyphened: tuple[bool, ...],
) -> tuple[tuple[str, HeldKeys], ...]:
    """The words (with their keys) every match holds as themselves or through their keys:
    all but the loose and hyphenated ones (see NameWords); if none is left, all but the
    loose ones (so a name of loose words and a hyphenated part, ``Lee Jae-myung``, is found
    as before: an article may write any of them as a word it gives no keys, and the rule
    index needs one every match holds), else all of them."""
    pairs = tuple(zip(words, keys, strict=True))
    no = (False,) * len(words)
    off = [a or b for a, b in zip(loose or no, hyphened or no, strict=True)]
    required = tuple(pair for pair, o in zip(pairs, off, strict=True) if not o)
    if not required:
        required = tuple(pair for pair, o in zip(pairs, loose or no, strict=True) if not o)
    return required or pairs


def _doubtful_openers(
    text: FieldText, positions: Positions, keys: HeldKeys, language: str | None
) -> list[int]:
    """The ``positions`` (found through a name's keys, not as the term is written) whose
    word is the name as written in another script or spelling (no case ending read away),
    opens a sentence and is followed by lower-case words that read as no subject's (see
    opener_verbs): its capital says nothing there, and such a word is as likely an
    ordinary word opening its phrase (``Пена для бритья``, ``Рама окна``) as the name
    opening its sentence (``Рама заявил``). It counts as the name only where the article
    names the person elsewhere. A caseless script's words (Arabic) are not doubted."""
    if not doubts_openers(language):
        return []
    raw, last = text.raw, len(text.raw) - 1
    return [
        p
        for p in positions
        if p < last
        and raw[p][:1].isupper()
        and raw[p + 1][:1].islower()
        and joined(text, p)
        and opens_sentence(text, p)
        and not opens_as_subject(_words_after(text, p), language)
        and not article_keys(raw[p], language, NO_CASES).isdisjoint(keys)
    ]


def _words_after(text: FieldText, p: int) -> list[str]:
    """The words after ``p`` (up to 1 + LEAD_REACH) while only white space or a hyphen
    parts them (a hyphen joins two into one), then "" for a mark that parts two of them
    first (``Лавров о переговорах: …``, a headline)."""
    raw, found = text.raw, list[str]()
    # Bounded: at most _HYPHENATED words a word read (an article may chain thousands).
    for q in range(p + 1, min(len(raw), p + 1 + (1 + LEAD_REACH) * _HYPHENATED)):
        if q > p + 1 and not joined(text, q - 1):
            if hyphenated(text, q - 1):
                found[-1] += "-" + raw[q]  # one word: ``по-прежнему``, ``из-за``
                continue
            found.append("")
            break
        if len(found) > LEAD_REACH:
            break
        found.append(raw[q])
    return found


_HYPHENATED = 4  # words of a hyphenated word read (``из-под``, ``Ростов-на-Дону``)


def _never(p: int) -> bool:
    return False


# The Irish O' of a name (O'Neill) as the term holds it: a word of its own (see forms).
_IRISH_O = "o"


# The Irish O' as Cyrillic and Greek write it (joined to the name by an apostrophe).
_IRISH_O_LETTERS = frozenset(("О", "Ο"))


def _after_irish_o(text: FieldText, p: int) -> bool:
    """Whether the word at ``p`` follows an Irish O' and its apostrophe (``О'Донохью``,
    O'Donoghue): another family's surname than a term's one word (Donohoe = Донохью)."""
    if p == 0 or text.raw[p - 1] not in _IRISH_O_LETTERS:
        return False
    return text.text[text.ends[p - 1] : text.starts[p]] in APOSTROPHES


def _opening_preposition(text: FieldText, p: int) -> bool:
    """Whether the one-letter word at ``p`` opens its sentence with a space after it: a
    preposition whose capital is the sentence's (``О Ниле Янге написали…``, about Neil
    Young), not the Irish O', which Cyrillic writes with its apostrophe (``О'Нил``)."""
    return p + 1 < len(text.raw) and opens_sentence(text, p) and joined(text, p)


def _loose_positions(text: FieldText, keys: HeldKeys, language: str | None) -> list[int]:
    """Positions of the words a loose word of a name (see NameWords.loose) may be that an
    article gives no name keys: Arabic function words, and one-letter capitalised words
    (``Ван И``, ``Ван І`` for ``Wang Yi``)."""
    found = function_word_positions(text, keys, language)
    for word in {w for w in text.raw if len(w) == 1 and w.isupper()}:
        if not article_keys(word, language, NOMINATIVE).isdisjoint(keys):
            found.extend(text.positions(fold(word)))
    return found
