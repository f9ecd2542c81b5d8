"""Where an article writes a word as a name: the capital-letter test of a name term's
matches, its own spelling included (``Tusk`` finds "Tusk", not "the tusk"; ``May`` not "may").

A capital letter says "name" except where any word may have one: an all-caps word, a
sentence opener, a title-case title. Those count as the name too, unless the article also
writes the same word in lower case (``ELEPHANT TUSK FOUND`` over a story about "the tusk"):
then it is an ordinary word in this article, and only its capitalised uses inside a
sentence count. Words of scripts without case (Arabic) always count. A month or weekday
name of the article's language (``in May``, ``im Mai``) counts only where the article
writes it after a capitalised word in the same sentence (``Theresa May``), a given name
or title.
"""

from __future__ import annotations

from collections.abc import Callable

from ..analysis import AnalyzedDocument, FieldText, Positions
from ..nodes import DEFAULT_FIELDS
from ..text import fold
from .calendar_words import calendar_words, holy_months, is_holy_month
from .cases import a_stem_oblique, primary_language, surname_genitive, womans_surname
from .function_words import is_cased_function_word
from .openers import LIST_REACH, first_words, may_be_ordinary, ordinary_words
from .patronymics import patronymic
from .person_nouns import person_noun
from .places import in_place, one_word_place_in_case
from .women import womans_given_name, womans_word

_SENTENCE_ENDS = frozenset(".!?…:;\n")
# Titles abbreviated with a dot before a person's name, which ends no sentence there
# (lower case; a letter alone only where it is no initial: Greek ``κ.`` = κύριος, Mr.):
# English, French, Spanish, Italian, Portuguese, German, Dutch, Polish, Czech, Greek,
# Russian/Ukrainian/Bulgarian. Not Russian ``г.`` (also "year", after a number) nor
# ``Jr.`` (after the name, often ending its sentence).
_TITLES = """
    mr mrs ms messrs dr prof gen sen rep gov lt col capt sgt rev hon pres
    mme mlle mgr sra srta dra sig dott avv ing hr dhr mevr
    płk mjr ks abp bp doc
    κ κα κκ δρ καθ
    проф акад ген
"""
TITLE_ABBREVIATIONS = frozenset(_TITLES.split())
# Languages that capitalise every noun, with the articles a noun follows (die Rute): the
# articles, their contractions with a preposition (im Mai, zur Rute) and the commonest
# demonstratives and possessives.
_GERMAN_ARTICLES = (
    "der die das den dem des ein eine einen einem einer eines kein keine keinen keinem keiner"
    " im am zum zur vom beim ins ans aufs fürs ums dieser diese dieses diesem diesen jeder"
    " jede jedes jedem jeden sein seine seinem seinen seiner ihr ihre ihrem ihren ihrer"
    " unser unsere unserem unseren unserer mein meine meinem meinen meiner"
)
_NOUN_ARTICLES = {"de": frozenset(_GERMAN_ARTICLES.split())}
# Latin and Greek name words stand in the given-name-then-surname order, and their letters
# come before Cyrillic's in Unicode (Cyrillic is left out: Russian lists write the surname
# first, ``Лавров Сергей``; Arabic has no capitals).
_GREEK = "\u0370"
_CYRILLIC = "\u0400"
_ARMENIAN = "\u0530"  # the end of Cyrillic's block
# Nouns a language capitalises as the name of a state body, which news writes right after
# its leader's name in the genitive (Lithuanian ``Ingridos Šimonytės Vyriausybė``, the
# Šimonytė government): the name before them is the surname, not a given name. Their cases.
_CAPITALISED_BODIES = {
    "lt": frozenset(
        ("vyriausybė", "vyriausybės", "vyriausybei", "vyriausybę", "vyriausybe", "vyriausybėje")
    ),
}


def as_names(
    doc: AnalyzedDocument, field: str, positions: Positions, own: bool = False
) -> Positions:
    """The ``positions`` of ``field`` whose word the article writes as a name (checked only
    for the positions a name term found, so the cost follows the matches); ``own``: they
    are the term's own spelling (see _without_ordinary_openers)."""
    text = doc.fields[field]
    raw = text.raw
    kept = [p for p in positions if not raw[p][:1].islower() or _after_hyphen(text, p)]
    if not kept:
        return kept
    kept = [p for p in kept if not _opens_a_compound(text, p)]
    kept = _without_calendar_words(text, kept, doc.language)
    kept = _without_ordinary_openers(doc, field, kept, own)
    lower = {w for w in {raw[p] for p in kept} if _written_lower(doc, fold(w))}
    if not lower:
        return kept  # the usual case: no word found here is also written in lower case
    titled = field == "title" and _title_case(raw)
    return [p for p in kept if not (raw[p] in lower and (titled or _ambiguous(text, p)))]


def _without_calendar_words(
    text: FieldText, positions: Positions, language: str | None
) -> Positions:
    """``positions`` less the month and weekday names of ``language`` that the field never
    writes after a capitalised word of the same sentence (a given name: ``Theresa May``)."""
    calendar, holy = calendar_words(language), bool(holy_months(language))
    if not calendar and not holy:
        return positions  # a language that writes its months in lower case
    raw = text.raw
    months = {
        raw[p]
        for p in positions
        if fold(raw[p]) in calendar or (holy and is_holy_month(raw[p], language))
    }
    if not months:
        return positions  # the usual case
    named = {raw[p] for p in positions if raw[p] in months and _after_a_capital(text, p, language)}
    return [p for p in positions if raw[p] not in months or raw[p] in named]


def _without_ordinary_openers(
    doc: AnalyzedDocument, field: str, positions: Positions, own: bool
) -> Positions:
    """``positions`` less the sentence openers followed by an ordinary word's words (see
    openers: ``Magyar is the language``) whose word the article never writes capitalised
    inside a sentence (then it is a name there too). The term's ``own`` spelling is
    doubted only if the language writes it often enough to be an ordinary word (see
    openers.may_be_ordinary): names on finds what exact matching finds (``Amarasuriya is
    the prime minister``); another spelling found for it stays a doubt (``Mezzola è un
    lago`` for Metsola)."""
    firsts = first_words(doc.language)
    if not firsts:
        return positions  # a language without the patterns' words
    text = doc.fields[field]
    raw, last = text.raw, len(text.raw) - 2
    doubtful = [
        p
        for p in positions
        if p < last
        and raw[p + 1].lower() in firsts
        and _ordinary_after(text, p, doc)
        and _ambiguous(text, p)
        and (not own or may_be_ordinary(raw[p], doc.language))
    ]
    if not doubtful:
        return positions  # the usual case
    named = {raw[p] for p in doubtful if _named_inside_a_sentence(doc, raw[p])}
    dropped = {p for p in doubtful if raw[p] not in named}
    return [p for p in positions if p not in dropped]


def _ordinary_after(text: FieldText, p: int, doc: AnalyzedDocument) -> bool:
    """Whether the words after ``p``, joined to it by spaces only, read as an ordinary
    word's (see openers.ordinary_words)."""
    # The words first: the spaces between need the field's offsets, built on first use.
    used = ordinary_words(text.raw[p + 1 : p + 1 + LIST_REACH], doc.language)
    return bool(used) and all(joined(text, q) for q in range(p, p + used))


def _named_inside_a_sentence(doc: AnalyzedDocument, word: str) -> bool:
    """Whether the article writes ``word`` (as written) capitalised inside a sentence, in its
    body or in a title not in Title Case."""
    for name in DEFAULT_FIELDS:
        text = doc.fields[name]
        if name == "title" and _title_case(text.raw):
            continue
        if any(text.raw[q] == word and not _ambiguous(text, q) for q in text.positions(fold(word))):
            return True
    return False


def _after_a_capital(text: FieldText, p: int, language: str | None) -> bool:
    """Whether the word at ``p`` follows a capitalised word of the same sentence: not a
    function word or preposition opening it, whose capital says nothing (``В Рамадан``,
    ``In May``)."""
    if p == 0 or not text.raw[p - 1][:1].isupper() or _ambiguous(text, p):
        return False
    return not (opens_sentence(text, p - 1) and is_cased_function_word(text.raw[p - 1], language))


def as_surnames(
    doc: AnalyzedDocument,
    field: str,
    positions: Positions,
    oblique: Callable[[int], bool] = lambda p: False,
    his: bool = True,
) -> Positions:
    """Of the ``positions`` where a one-word name term found another spelling of itself,
    those that stand where a surname does: not right before another capitalised word of
    the sentence, where a given name stands (Sissy Spacek, Miley Cyrus, Μπάμπης
    Παπαδόπουλος are not Sisi, Milei, Babis; nor before a woman's surname, where a woman's
    given name spelled as a man's oblique case stands: ``Журналистка Замира Исмаилова``,
    ``Pavla Nováková`` are not Zamir, Pavel), and, in a language that capitalises nouns,
    not right after an article (die Rute is not Rutte; there a capitalised word after
    the name says nothing). A Cyrillic word is a given name only opening a run of
    capitalised words (``Борис Джонсон``, not ``Премьер Эфиопии Абий Ахмед``: Russian
    lists may put the surname first, a name given alone stands inside; a noun for a person
    opening the sentence starts no run: ``Теннисист Новак Джокович``), and so is a Greek
    one (``της Αιθιοπίας Άμπιι Άχμεντ``; a capitalised article opening the sentence opens
    no run: ``Ο Μπάμπης Παπαδόπουλος``). A title in Title
    Case keeps every position, and so does a word ``oblique`` tells, read as the name only
    in an oblique case, where no given name stands (``Według Budanowa Rosja``). ``his``:
    the term may be a man's surname, so such a word beside a woman's given name is hers
    (see :func:`_beside_a_woman`); a term written as a woman's (``Zakharova``) keeps it."""
    text = doc.fields[field]
    raw = text.raw
    cased = [p for p in positions if raw[p][:1] < _ARMENIAN]
    if not cased:
        return positions  # Arabic words keep every position
    articles = _NOUN_ARTICLES.get(primary_language(doc.language))
    # Where nouns have capitals, a capitalised word after a name is often its object
    # (``hat Lawrow Gespräche angeboten``): no given name's place there.
    given = not articles and not (field == "title" and _title_case(raw))
    dropped = {
        p
        for p in cased
        if (given and _given_names_place(text, p, doc.language, oblique))
        or (given and _patronymics_place(text, p, doc.language))
        or (articles and p > 0 and raw[p - 1].lower() in articles and joined(text, p - 1))
        or (his and _beside_a_woman(text, p, doc.language) and _his_case(raw[p], p, doc, oblique))
    }
    return [p for p in positions if p not in dropped] if dropped else positions


def _his_case(word: str, p: int, doc: AnalyzedDocument, oblique: Callable[[int], bool]) -> bool:
    """Whether ``word`` (at ``p``) reads as the name only in an oblique case that may be a
    woman's surname spelled as a man's case: not one of a name in -a that no nominative
    takes (``Марии Рессы`` is Ressa's genitive; see cases.a_stem_oblique)."""
    return oblique(p) and not a_stem_oblique(word, doc.language)


def _given_names_place(
    text: FieldText, p: int, language: str | None, oblique: Callable[[int], bool]
) -> bool:
    """Whether the word at ``p`` stands where a given name does: before a capitalised word;
    read as the name only in an oblique case, only before a woman's surname (hers, spelled
    as his genitive) unless itself shaped as a surname's genitive (``Слова Лаврова
    Захарова назвала…``: no given name ends so); otherwise before a word that is no known
    place (``Zelenskiy Ankara'ya geldi``) and, if Cyrillic or Greek, opening their run."""
    if not _before_a_capital(text, p) or _before_a_body(text, p, language):
        return False
    if _after_an_initial(text, p):
        return False
    if oblique(p):
        raw = text.raw
        return (
            womans_surname(raw[p + 1], language)
            and not surname_genitive(raw[p], language)
            and not a_stem_oblique(raw[p], language)
        )
    if in_place(text.raw, p + 1, language) or one_word_place_in_case(text.raw[p + 1], language):
        return False
    first = text.raw[p][:1]
    if first < _GREEK:
        return True
    if first < _CYRILLIC:  # Greek: inside a run after a word inside the sentence (an
        # article opening it, ``Ο Μπάμπης Παπαδόπουλος``, starts no run)
        return not (_after_a_capital_word(text, p) and not opens_sentence(text, p - 1))
    # Cyrillic: opening a run, which a noun for a person opening the sentence does not
    # start (``Теннисист Новак Джокович``: its capital is the sentence's)
    return not _after_a_capital_word(text, p) or _after_an_opening_noun(text, p, language)


def _after_an_initial(text: FieldText, p: int) -> bool:
    """Whether the word at ``p`` follows a capital initial and its dot (``Г.Занданшатар
    Засгийн газрын``, ``У. Хүрэлсүх Улсын Их Хурлын``, ``Дж. Байден``): the name the
    initial stands before, which Mongolian news writes after the father's initial, is no
    given name before another name there (an initial of one capital or a digraph's:
    ``Дж.``, ``Sh.``; not an acronym)."""
    if p == 0:
        return False
    before = text.raw[p - 1]  # one capital, or a capital and its digraph's small letters
    if len(before) > 3 or not before.isalpha() or not before[:1].isupper():
        return False
    if before[1:] and not before[1:].islower():
        return False  # an acronym ending its sentence: ``в ООН. Сиси Спейсек``
    between = text.text[text.ends[p - 1] : text.starts[p]]
    return between[:1] == "." and (between[1:] == "" or between[1:].isspace())


def _patronymics_place(text: FieldText, p: int, language: str | None) -> bool:
    """Whether the word at ``p`` is a patronymic between a given name and a surname, as
    Russian, Ukrainian and Belarusian write a full name (``Владимир Вольфович
    Жириновский``; see patronymics), not such a surname after a noun for a person opening
    the sentence, whose capital is the sentence's, or before a place."""
    return (
        patronymic(text.raw[p], language)
        and _after_a_capital_word(text, p)
        and not _after_an_opening_noun(text, p, language)
        and _before_a_capital(text, p)
        and not in_place(text.raw, p + 1, language)
    )


def _after_an_opening_noun(text: FieldText, p: int, language: str | None) -> bool:
    """Whether the word before ``p`` opens its sentence and is a noun for a person by what
    he or she does (see person_nouns): its capital is the sentence's."""
    return opens_sentence(text, p - 1) and person_noun(text.raw[p - 1], language)


def _before_a_body(text: FieldText, p: int, language: str | None) -> bool:
    """Whether the word after ``p`` is a capitalised state body's noun (see
    _CAPITALISED_BODIES), which a leader's surname stands before."""
    bodies = _CAPITALISED_BODIES.get(primary_language(language))
    return bodies is not None and text.raw[p + 1].lower() in bodies


def _beside_a_woman(text: FieldText, p: int, language: str | None) -> bool:
    """Whether the word at ``p`` (read as the name only in an oblique case) is a woman's
    surname by its neighbours, in its sentence: right after her given name, patronymic or a
    noun for a woman (``Мария Захарова``, ``теннисистка Лаврова``), or written surname first
    before her given name, opening the sentence (``Пескова Ирина выиграла``; not ``После
    слов Лаврова Мария Захарова…``, ``Жена Путина Людмила Александровна…``; see women)."""
    raw = text.raw
    # The word lists first (set look-ups), the text between the words only for a word found.
    if p > 0 and womans_word(raw[p - 1], language):
        return joined(text, p - 1)
    if p + 1 >= len(raw) or not womans_given_name(raw[p + 1], language):
        return False
    # A capitalised word before, in the sentence: a man's given name, or another part of a
    # name (``Сергея Лаврова Мария``), unless it opens the sentence itself.
    after_a_name = p > 0 and raw[p - 1][:1].isupper() and joined(text, p - 1)
    if after_a_name and not opens_sentence(text, p - 1):
        return False
    return opens_sentence(text, p) and _before_a_capital(text, p)


def _after_a_capital_word(text: FieldText, p: int) -> bool:
    """Whether the word at ``p`` follows a capitalised word after a space only, or after
    the closing quote of a name in quotes, a party's or a company's (``лидер партии
    «Вперёд» Пита Лимджароенрат``: the run of capitals goes on as after ``России``)."""
    if p == 0 or not text.raw[p - 1][:1].isupper():
        return False
    between = text.text[text.ends[p - 1] : text.starts[p]]
    return between.isspace() or (between[:1] in _CLOSING_QUOTES and between[1:].isspace())


_CLOSING_QUOTES = frozenset('»”"')  # what closes a name in quotes (``«Вперёд»``)


def _before_a_capital(text: FieldText, p: int) -> bool:
    """Whether the word at ``p`` is followed, after a space only, by a capitalised word
    that may be a surname: not an acronym (``заявил Лавров РИА Новости``, ``Vance told
    CNN``)."""
    if p + 1 >= len(text.raw):
        return False
    after = text.raw[p + 1]
    return after[:1].isupper() and not after.isupper() and joined(text, p)


# No syllable of the names written family name first (Chinese, Korean, Vietnamese: see
# surname_first) ends in s as Cyrillic and Greek write them (Palladius's and Kontsevich's
# spellings, Greek's after the sound): such a family name found in another script right
# before a capitalised word ending so is a Western given name there, before its surname
# (``Хуан Карлос``, ``Χουάν Κάρλος``: Juan Carlos, not Huang; ``Ли Эванс``: Lee Evans).
_WESTERN_ENDINGS = ("с", "ς")


def before_a_western_surname(text: FieldText, p: int) -> bool:
    """Whether the Cyrillic or Greek word at ``p`` stands right before a capitalised word
    ending in s (see _WESTERN_ENDINGS), a space between them."""
    raw = text.raw
    if p + 1 >= len(raw) or not _GREEK <= raw[p][:1] < _ARMENIAN:
        return False
    after = raw[p + 1]
    return after[:1].isupper() and after.endswith(_WESTERN_ENDINGS) and joined(text, p)


def joined(text: FieldText, p: int) -> bool:
    """Whether only white space parts the words at ``p`` and ``p + 1``."""
    return text.text[text.ends[p] : text.starts[p + 1]].isspace()


def hyphenated(text: FieldText, p: int) -> bool:
    """Whether a hyphen alone joins the words at ``p`` and ``p + 1`` (one hyphenated word)."""
    return text.text[text.ends[p] : text.starts[p + 1]] in HYPHENS


def written_as_names(doc: AnalyzedDocument, field: str, positions: Positions) -> Positions:
    """The ``positions`` of a name term's own spelling that count: those :func:`as_names`
    keeps, or all of them in an article whose title and body are all lower case (or all
    capitals), where case says nothing (``donald tusk said``)."""
    kept = as_names(doc, field, positions, own=True)
    if len(kept) == len(positions) or not doc.caseless():
        return kept
    return positions


def _opens_a_compound(text: FieldText, p: int) -> bool:
    """Whether the Cyrillic word at ``p`` opens its sentence and a hyphenated word whose
    next part is in lower case (``Бас-гітарист``, ``Интернет-магазин``): a common noun's
    compound, its capital the sentence's; not a name before "junior", "senior" or a
    particle (``Буш-младший``, see _AFTER_A_NAME)."""
    raw = text.raw
    return (
        p + 1 < len(raw)
        and _CYRILLIC <= raw[p][:1] < _ARMENIAN
        and raw[p + 1][:1].islower()
        and hyphenated(text, p)
        and raw[p + 1].lower() not in _AFTER_A_NAME
        and opens_sentence(text, p)
    )


# Lower-case words Russian, Ukrainian, Belarusian and Bulgarian join to a name by a hyphen:
# "junior", "senior" and the particles -то, -ка, -де, -таки.
_NAME_FOLLOWERS = "младший старший молодший малодшы старэйшы младши старши то ка де таки"
_AFTER_A_NAME = frozenset(_NAME_FOLLOWERS.split())


def _after_hyphen(text: FieldText, p: int) -> bool:
    """Whether the lower-case word at ``p`` is the part of a name after a hyphen (Korean
    ``Jong-un``, ``Jae-myung``): right after a capitalised word and a hyphen."""
    return p > 0 and hyphenated(text, p - 1) and text.raw[p - 1][:1].isupper()


HYPHENS = frozenset("-‐‑")  # what joins the parts of a hyphenated word


def _written_lower(doc: AnalyzedDocument, word: str) -> bool:
    """Whether the article writes the folded ``word`` in lower case somewhere."""
    for name in DEFAULT_FIELDS:
        raw = doc.fields[name].raw
        if any(raw[p][:1].islower() for p in doc.fields[name].positions(word)):
            return True
    return False


def _title_case(raw: list[str]) -> bool:
    """Whether most words of a title start with a capital (Title Case or ALL CAPS)."""
    return sum(1 for w in raw if w[:1].isupper()) * 2 > len(raw) >= 3


def _ambiguous(text: FieldText, p: int) -> bool:
    """Whether the word at ``p`` has a capital that need not mean a name: all caps, or
    opening a sentence (or the field)."""
    word = text.raw[p]
    return (len(word) > 1 and word.isupper()) or opens_sentence(text, p)


def opens_sentence(text: FieldText, p: int) -> bool:
    """Whether the word at ``p`` opens the field or a sentence (not after a title's
    abbreviation and its dot: ``τον κ. Έρχιουρμαν``, ``Mr. Smith``)."""
    if p == 0:
        return True
    between = text.text[text.ends[p - 1] : text.starts[p]]
    if not any(c in _SENTENCE_ENDS for c in between):
        return False
    return not (between.rstrip() == "." and text.raw[p - 1].lower() in TITLE_ABBREVIATIONS)
