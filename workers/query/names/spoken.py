"""Names other scripts spell by their sound in the name's own language, not by its letters.

Russian, Greek and Arabic news spell a French name as it sounds: a nasal vowel as a vowel and
n with the consonant after it silent (``Bertrand`` = ``Бертран``, ``Clement`` = ``Клеман``), a
final -in as -en (``Darmanin`` = ``Дарманен`` = ``Νταρμανέν``), and in a name spelled the
French way (an accent, ``eau``, ``aill``, ``-iez``...) also eau and au as o, ill as y, j as
zh, u as ü, ai and eu as e, qu as k, oi as wa (``Retailleau`` = ``Ретайо``, ``Wauquiez`` =
``Вокье``, ``Juppé`` = ``Жюппе``); Greek and Arabic write a Spanish ll as y (``Castillo`` =
``Καστίγιο`` = ``كاستيو``); a Hungarian name's s is sh, cs ch, zs zh, ly y (``Kocsis`` =
``Кочиш``, ``Gulyás`` = ``Гуйяш``); a Portuguese nh and lh are ny and ly (``Marinho`` =
``Маринью`` = ``مارينيو``); a Swedish -sson name's o is u (``Johansson`` = ``Юханссон``). A
term has no language: the nasal and ll readings apply
to any term long enough (they add keys no other script's word holds, as Russian writes no
``Путен``), the others only to a term spelled the language's way.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from itertools import combinations, product

# Spellings no other language writes so (a term may be typed without its accents).
# (Not eill alone: English Reilly, O'Neill.)
# A final -vre, -bre, -tre, -dre, -pre is French too (Poilievre, Lefebvre, Sartre; English
# writes -ver, -ber, -ter), and so is a final -ois after two letters (Dubois, Valois; not
# Lois), a final -aud, -aut after another syllable (Giraud, Thibaut; not Maud, Kraut), and
# a final -eur (Jabeur, Prieur: English writes -eur only in French words, Amateur), and a
# final -gne (Champagne, Boulogne: Italian ends -gna, -gno).
_FRENCH_WAY = re.compile(
    r"eau|aill|eille|ouill|iez$|aux$|eux$|oux$|ault$|[aeiouy][^aeiouy]+au[dt]$|aire$|"
    r"[bdptv]re$|\w\wois$|eur$|gne$|ç|œ",
    re.IGNORECASE,
)
_ACCENTS = frozenset("éèêëàâîïôûùç")
# Letters of a term whose final -in may be -en (not Putin = بوتان, butane), and of one whose
# Spanish or Hungarian reading Arabic keys take (a short name read so is a common word:
# Illa read as iya is أيا, whichever).
MIN_LONG_TERM = 6
Rules = tuple[tuple[re.Pattern[str], str], ...]


def _rules(*pairs: tuple[str, str]) -> Rules:
    """Compiled (pattern, replacement) pairs, applied in order."""
    return tuple((re.compile(pattern), spelled) for pattern, spelled in pairs)


# Nasal readings, for any term: a final -in, -ain, -ein as -en (Jospin = Жоспен); en before
# the c, ch, t, d or s of a nasal as an (Mélenchon = Меланшон, Clement = Клеман); the silent
# consonant after a final nasal (Bertrand = Бертран, Dupont = Дюпон).
_FINAL_IN = (re.compile(r"(?<=[^aeiou])(?:a|e)?in$"), "en")
_NASALS = _rules(
    (r"en(?=ch|c|t$|d$|s$)", "an"),
    # Not after a y: English -yant, -yand (Bryant = Брайант, not Брайан, Bryan)
    (r"(?<=[^y][aeo]n)[dt]$", ""),
)
_SPANISH_LL = re.compile(r"(?<=[aeiou])ll(?=[aeiou])")
# Letters read the French way, for a term spelled the French way only.
_LETTERS = _rules(
    # French says a final -ault, -aud, -aut o, its l and consonant silent (Arnault = Арно)
    (r"eaux?$|eau|aux$|aul?[dt]$", "o"),
    (r"au", "o"),
    # French eu is said ö, which Cyrillic and Greek write е, ε (Jabeur = Жабер = Ζαμπέρ)
    (r"eu(?=[^aeiou]|$)", "e"),
    (r"(?<=[aeou])ill", "y"),
    (r"iez$", "ie"),
    (r"ai(?=[^lnm]|$)", "e"),
    (r"oi", "wa"),
    (r"qu", "k"),
    # French says a final -gne ny, which Cyrillic writes нь and Greek ν (Champagne = Шампань
    # = Σαμπάν)
    (r"gne$", "n"),
    (r"^j|(?<=[aeiou])j", "zh"),
    (r"(?<=[^aeo])u(?=[^aeiou]|$)", "yu"),
    (r"(?<=[aeiou])[stxz]$", ""),
)


# A French u (not of ou, au, eu) as Greek writes it too, ι (Trudeau = Τριντό); see _LETTERS.
_GREEK_U = (re.compile(r"(?<=[^aeo])u(?=[^aeiou]|$)"), "i")


# A Catalan -ig after u or o, before a consonant or at the end, said ch (Puigdemont =
# Пучдемон = Πουτζντεμόν, Puig = Пуч, Roig); not after a or e (English Craig, Greig).
_CATALAN = _rules(
    (r"(?<=[uo])ig(?![aeiou])", "tsh"),
)  # tsh: ch, not kh
# ... and before a voiced consonant said dzh, as Greek writes it (Πουτζντεμόν).
_CATALAN_VOICED = _rules(
    (r"(?<=[uo])ig(?=[bdglmnv])", "dj"),
)


@lru_cache(maxsize=4096)
def spoken_spellings(term: str) -> tuple[str, ...]:
    """Plain Latin spellings of ``term`` (lower case) as its language says it (see the module
    docstring), for the keys of Cyrillic, Greek and Latin spelled by sound; () for a term
    said as written."""
    french = french_way(term)
    found = _spelled(term, (*_NASALS, *(_LETTERS if french else ())))
    if french:
        # Greek also writes a French u as ι (Trudeau = Τριντό), as it does a final one.
        found = (*found, *_spelled(term, (*_NASALS, *_LETTERS[:-2], _GREEK_U, _LETTERS[-1])))
    catalan = _catalan(term)
    others = (*_spanish(term), *_hungarian(term), *_portuguese(term), *_swedish(term))
    others = (*others, *nordic_first_a(term), *irish_final_hue(term))
    others = (*others, *silent_u(term), *_icelandic(term))
    others = (*others, *_spelled(term, _PORTUGUESE_FINAL_OS, nasals=False))
    others = (*others, *_spelled(term, _ENGLISH_GEON, nasals=False))
    others = (*others, *breathy_m(term), *greek_gi(term), *_italian_gn(term))
    others = (*others, *english_final_ie(term), *spanish_gua(term))
    others = (*others, *english_augh(term), *arabic_zh(term))
    return tuple(dict.fromkeys((*found, *catalan, *others)))


def _catalan(term: str) -> tuple[str, ...]:
    """``term`` with a Catalan -ig said ch, and dzh before a voiced consonant, its final
    nasal read as French reads it too (Puigdemont = Пучдемон); () for a term without one
    (not its nasal alone: Arabic keys take that of a French-spelled term only)."""
    if not _CATALAN[0][0].search(term.lower()):
        return ()
    return (
        *_spelled(term, (*_NASALS, *_CATALAN)),
        *_spelled(term, (*_NASALS, *_CATALAN_VOICED), nasals=False),
    )


# A Romanian name (one ending -iu, -ul, -escu, -eanu, -anu) typed without its marks: a t
# after a vowel, before u, o or i, may be its ț, which Cyrillic, Greek and Arabic write ts
# (Gutul = Guțul = Гуцул = Γκουτσούλ = غوتسول). Not a t after a consonant (Antonescu) nor
# one of another name (Paul, Abdul end -ul with no such t); nor a first t (Țoiu = Цою, but
# also the dative of Цой, Tsoi); nor in Latin keys, whose g and h are one class (English
# Hutsul, the people, is not Gutul).
_ROMANIAN_WAY = re.compile(r"(?:iu|ul|escu|eanu|anu)$")
_ROMANIAN_T = _rules(
    (r"(?<=[aeiou])t(?=[uoi])", "ts"),
)


@lru_cache(maxsize=4096)
def romanian_t(term: str) -> tuple[str, ...]:
    """``term`` (plain, lower case) with its t's read as a Romanian ț (see _ROMANIAN_T), or
    () for a term not ending the Romanian way or without such a t."""
    if not _ROMANIAN_WAY.search(term.lower()):
        return ()
    return _spelled(term, _ROMANIAN_T, nasals=False)


# A French name's first e after its first consonant, in an open syllable, is a schwa (Retailleau,
# Chevalier), which Arabic writes و as it does Le's (روتايو, لوبان): read as u there.
_FRENCH_SCHWA = (re.compile(r"^([b-df-hj-np-tv-z]h?)e(?=[b-df-hj-np-tv-z][aeiouy])"), r"\1u")


# Romanian ă (typed a in a term without marks) is a schwa, which Russian writes э and
# Ukrainian е (Băsescu = Бэсеску = Бесеску, Isărescu = Исэреску): a term of a Romanian
# surname's ending is also read with the a's before it as e, some or all of them (Cărtărescu
# = Кэртэреску), for Cyrillic; not the a of -ea- (Tăriceanu, Dragnea), a diphthong.
_ROMANIAN_SURNAME = re.compile(r"(?:escu|eanu|anu)$")
_ROMANIAN_SCHWA = re.compile(r"(?<=[^e])a")  # not first, not of -ea-
_MAX_ROMANIAN_SCHWAS = 3  # which a is an ă only the marks tell: at most 7 readings


@lru_cache(maxsize=4096)
def romanian_schwa(term: str) -> tuple[str, ...]:
    """``term`` (plain, lower case) with one or more of its a's before a Romanian surname's
    ending read e (see _ROMANIAN_SURNAME), or () for a term not ending so or without one."""
    plain = term.lower()
    ending = _ROMANIAN_SURNAME.search(plain)
    if ending is None or not plain.isascii() or not plain.isalpha():
        return ()
    stem = plain[: ending.start()]
    places = [m.start() for m in _ROMANIAN_SCHWA.finditer(stem)][:_MAX_ROMANIAN_SCHWAS]
    return tuple(
        "".join("e" if i in chosen else letter for i, letter in enumerate(stem)) + ending.group()
        for count in range(1, len(places) + 1)
        for chosen in combinations(places, count)
    )


# A Romanian name (its oa between consonants, a diphthong of Romanian spelling: Șoșoacă,
# Doagă, Toader; or after the ge, ce Romanian writes for dzh, ch before it: Geoană)
# ending in a consonant and an a typed without marks: that a may be ă, a feminine noun's
# ending, which Russian writes э and Ukrainian е (Sosoaca = Шошоакэ = Шошоаке, Geoana =
# Джоанэ = Джоане): also read e, for Cyrillic.
_ROMANIAN_OA = re.compile(r"(?:[b-df-hj-np-tv-z]|[cg]e)oa[b-df-hj-np-tv-z]")
_CONSONANT_AND_A = re.compile(r"[b-df-hj-np-tv-z]a$")


def romanian_final_schwa(term: str) -> tuple[str, ...]:
    """``term`` (plain, lower case) with its final a read e (see _ROMANIAN_OA), or () for a
    term without a Romanian oa or not ending in a consonant and an a."""
    plain = term.lower()
    if not plain.isascii() or not _CONSONANT_AND_A.search(plain):
        return ()
    if not _ROMANIAN_OA.search(plain):
        return ()
    # Its c stays hard (că, not ce: Шошоакэ); a k keeps it so before the e.
    return (plain[:-2] + "ke",) if plain.endswith("ca") else (plain[:-1] + "e",)


@lru_cache(maxsize=4096)
def arabic_spoken_spellings(term: str) -> tuple[str, ...]:
    """:func:`spoken_spellings` for Arabic keys: Arabic writes many words as a nasal's
    reading would (``بيسان``, Beisan, for an English ``Bessent`` read as French), so a term
    not spelled the French way gets only its final -in as -en there (``Jospin`` = ``جوسبان``),
    and a Spanish ll or Hungarian sibilants only in a term of MIN_LONG_TERM letters or more;
    a term spelled the French way is also read with its first schwa as و (see _FRENCH_SCHWA)."""
    french = french_way(term)
    spanish = _spanish(term) if len(term) >= MIN_LONG_TERM else ()
    found = _spelled(term, (*_NASALS, *_LETTERS) if french else ())
    if french:
        found = (*found, *_spelled(term, (*_NASALS, *_LETTERS, _FRENCH_SCHWA)))
    hungarian = _hungarian(term, arabic=True)
    catalan = _catalan(term)
    polish, greek = _polish_l(term), greek_gi(term)
    nordic = nordic_first_a(term)  # Åkesson typed Akesson: أوكيسون
    irish = irish_final_hue(term, arabic=True)  # Donohoe as Arabic writes it: دونوهو
    # Rushdie, Kavanaugh as Arabic writes them: رشدي, كافانو
    english = (*english_final_ie(term), *english_augh(term))
    return tuple(
        dict.fromkeys(
            (
                *found,
                *spanish,
                *hungarian,
                *_portuguese(term),
                *catalan,
                *polish,
                *greek,
                *nordic,
                *irish,
                *english,
            )
        )
    )


# A Polish spelling (sz, cz, rz, ł), whose l may be a ł typed without its mark, which Arabic
# writes و as Polish says it, w (Błaszczak = Blaszczak = بواشتشاك); Cyrillic and Greek
# write it л, λ (Блащак).
_POLISH_WAY = re.compile(r"sz|cz|rz|ł", re.IGNORECASE)
_POLISH_L = _rules(
    (r"l", "w"),
)


def _polish_l(term: str) -> tuple[str, ...]:
    """``term`` with its l's (and ł's) as w, for Arabic keys; () for a term not spelled the
    Polish way or without an l."""
    if not _POLISH_WAY.search(term):
        return ()
    return _spelled(term.replace("ł", "l").replace("Ł", "L"), _POLISH_L, nasals=False)


# A Hungarian spelling (Polish writes cz, sz, rz; English ly only ends a word), and the
# letters other scripts spell by their Hungarian sound.
_HUNGARIAN_WAY = re.compile(r"cs|gy|zs|[őű]|(?<=[aeiouáéíóú])ly(?=[aeiouáéíóú])", re.IGNORECASE)
_HUNGARIAN = _rules(
    (r"cs", "ch"),
    (r"zs", "zh"),
    (r"(?<![csz])s(?!z)", "sh"),
    (r"sz", "s"),
    (r"ly", "y"),
    (r"gy", "dy"),
    (r"y$", "i"),
)

# What Arabic takes of them: the sibilants (Kocsis = كوتشيش); it writes gy and ly by their
# letters (Gulyás = غولياش).
_HUNGARIAN_ARABIC = _HUNGARIAN[:4]  # cs, zs, s, sz


def _hungarian(term: str, *, arabic: bool = False) -> tuple[str, ...]:
    """``term`` as Hungarian says it (s as sh, cs as ch...), or () if it is not spelled
    the Hungarian way; ``arabic``: the readings Arabic keys take."""
    if not _HUNGARIAN_WAY.search(term):
        return ()
    if arabic:
        long = len(term) >= MIN_LONG_TERM
        return _spelled(term, _HUNGARIAN_ARABIC, nasals=False) if long else ()
    spelled = _spelled(term, _HUNGARIAN, nasals=False)
    return (*spelled, *_soft_final_n(term, spelled))


def _soft_final_n(term: str, spelled: tuple[str, ...]) -> tuple[str, ...]:
    """A final Hungarian ny as a soft n, without the i its y was read as: Russian writes
    Karácsony as ``Карачонь`` (its soft sign no letter of the keys), as it writes Nagy ``Надь``."""
    if not term.lower().endswith("ny"):
        return ()
    return tuple(s[:-1] for s in spelled if s.endswith("ni"))


# A Portuguese spelling, and its letters as other scripts spell them: nh and lh as ny and
# ly (Marinho = Μαρίνιο = مارينيو), and as Russian hears Portuguese also a final o as u, e
# as i (Marinho = Маринью).
_PORTUGUESE_WAY = re.compile(r"nh|lh|[ãõ]", re.IGNORECASE)
_PORTUGUESE = _rules((r"nh", "ny"), (r"lh", "ly"))
_PORTUGUESE_HEARD = _rules((r"o$", "u"), (r"e$", "i"))


# A final -os after a consonant as Portuguese says it, -ush, which Russian writes so
# (Ramos-Horta = Рамуш-Орта, Santos = Сантуш): both letters at once, in one reading (an o
# as u alone would be another name: Marcos is no Маркус).
_PORTUGUESE_FINAL_OS = _rules(
    (r"(?<=[^aeiou])os$", "ush"),
)


def _portuguese(term: str) -> tuple[str, ...]:
    """``term`` as Portuguese says it, and with its final vowel as Russian hears it; () if
    it is not spelled the Portuguese way."""
    if not _PORTUGUESE_WAY.search(term):
        return ()
    written = _spelled(term, _PORTUGUESE, nasals=False)
    heard = _spelled(term, (*_PORTUGUESE, *_PORTUGUESE_HEARD), nasals=False)
    return tuple(dict.fromkeys((*written, *heard)))


# Ge'ez script writes each consonant with a vowel: its sixth order, a short ə, Latin
# spellings of Tigrinya and Amharic names write as e or leave out, and its wä as we or wo
# (Afwerki = Afewerki = Afeworki = Афеворки = Αφεβέρκι). An inner consonant before a w and
# an e is also read with an e between, and that e also as o.
_GEEZ_WE = re.compile(r"(?<=[aeiou][bdfgklmnprstvz])we")


def geez_vowels(term: str) -> tuple[str, ...]:
    """``term`` (plain, lower case) with an e before the w of a consonant's we, and with
    its e also as o (``afewerki``, ``afeworki``), or () for a term without one."""
    plain = term.lower()
    if not plain.isascii() or not _GEEZ_WE.search(plain):
        return ()
    return (_GEEZ_WE.sub("ewe", plain), _GEEZ_WE.sub("ewo", plain))


# An mh between vowels writes a breathy m (Edo and Esan Osimhen, Oshiomhole; Marathi
# Tamhane), no digraph of Latin spelling: other scripts and spellings often write it as a
# plain m (Όσιμεν, أوسيمين, Serbian Osimen) as well as with its h (Осимхен).
_BREATHY_M = _rules((r"(?<=[aeiou]m)h(?=[aeiou])", ""))


def breathy_m(term: str) -> tuple[str, ...]:
    """``term`` (plain, lower case) with the h of an mh between vowels left out, or ()."""
    return _spelled(term, _BREATHY_M, nasals=False)


# A Swedish patronymic surname (Johansson, Jonsson, Olofsson), whose o Russian and
# Ukrainian write as у, ю (Юханссон, Юнссон, Улофссон), as Swedish says it.
_SWEDISH_WAY = re.compile(r"sson$", re.IGNORECASE)
_SWEDISH = _rules((r"o(?!n$)", "u"))  # not the o of -sson (Юханссон)


def _swedish(term: str) -> tuple[str, ...]:
    """``term`` with its o as u, or () if it is no Swedish -sson name."""
    return _spelled(term, _SWEDISH, nasals=False) if _SWEDISH_WAY.search(term) else ()


# An Irish final -hoe, -hue, -ghue after a vowel (Donohoe, Donohue, Donoghue) is said
# -hyoo, which Russian writes -хью, Greek -χιου and Arabic -هو (Донохью, Ντόναχιου, دونوهو):
# also read with -hyu (for Arabic keys -hu). Greek also writes the o before it as the
# schwa's α (Ντόναχιου), for Greek only: Russian writes it (Донохью; Донахью is Phil
# Donahue's own a).
_IRISH_HUE = re.compile(r"(?<=[aeiou])(g?h)(?:oe|ue)$")
_IRISH_SCHWA = re.compile(r"o(?=hyu$)")


def irish_final_hue(term: str, *, arabic: bool = False) -> tuple[str, ...]:
    """``term`` (plain) with an Irish final -hoe, -hue, -ghue said -hyu, or (for
    ``arabic``) -hu (see _IRISH_HUE); () for a term without one."""
    plain = term.lower()
    if not plain.isascii() or not _IRISH_HUE.search(plain):
        return ()
    return (_IRISH_HUE.sub("hu" if arabic else "hyu", plain),)


def greek_irish_schwa(term: str) -> str:
    """:func:`irish_final_hue`'s reading with the o before -hyu as a, as Greek writes it
    (Donohoe = Ντόναχιου), or "" for a term without one."""
    said = irish_final_hue(term)
    return _IRISH_SCHWA.sub("a", said[0]) if said and _IRISH_SCHWA.search(said[0]) else ""


# A Swedish or Norwegian å typed as a (Åkesson, Håkansson, Ångström, Åberg), said o, which
# Russian, Ukrainian, Greek and Arabic write о, ο, و (Окессон, Όκεσον, أوكيسون): in a name
# of Nordic shape (a -sson patronymic or a compound surname's end), the a of its first
# syllable before a consonant is also read o. Not later a's (Karlsson = Карлссон).
_NORDIC_SHAPE = re.compile(r"(?:sson|berg|borg|strom|qvist|kvist|lund|holm|gren)$", re.IGNORECASE)
_NORDIC_FIRST_A = _rules((r"^([^aeiouy]*)a(?=[b-df-hj-np-tv-z])", r"\1o"))


def nordic_first_a(term: str) -> tuple[str, ...]:
    """``term`` (plain) with the a of its first syllable read as a Nordic å, said o (see
    _NORDIC_SHAPE), or () for a term of another shape or first vowel."""
    plain = term.lower()
    if not plain.isascii() or not _NORDIC_SHAPE.search(plain):
        return ()
    return _spelled(plain, _NORDIC_FIRST_A, nasals=False)


# Norwegian and Swedish say many an o u, which Russian and Ukrainian write у (Solberg =
# Сульберг, Rosenborg = Русенборг, Olof = Улоф); which o is, only the word tells: a term ending
# as a Nordic compound surname does is also read with each of its o's, and with all, as u,
# for Cyrillic only (Greek writes the letter: Σόλμπεργκ).
_NORDIC_COMPOUND = re.compile(
    r"(?:berg|borg|stad|strand|heim|rud|vik|dal|lund|holm|qvist|kvist|strom|gren)$"
)


def nordic_o(term: str) -> tuple[str, ...]:
    """``term`` (plain, lower case) with each o, then every o, read u (see _NORDIC_COMPOUND),
    or () for a term of another ending or without an o."""
    plain = term.lower()
    if not plain.isascii() or not plain.isalpha() or not _NORDIC_COMPOUND.search(plain):
        return ()
    places = [i for i, letter in enumerate(plain) if letter == "o"]
    each = (plain[:i] + "u" + plain[i + 1 :] for i in places)
    return tuple(dict.fromkeys((*each, plain.replace("o", "u")))) if places else ()


# An English name's final -band, -land (a short a, æ, or a schwa) is said -bend, -lend,
# which Russian and Ukrainian write -бэнд, -ленд (Miliband = Милибэнд = Мілібенд, Garland =
# Гарленд, Sutherland = Сазерленд, Cleveland = Кливленд): also read so, for Cyrillic only
# (Greek writes the letter: Γκάρλαντ); not after an l or an a, a Nordic or Dutch -land
# (Holland = Холланд, Haaland = Холанд), nor a term of no letter before it (Land).
_ENGLISH_FINAL_AND = _rules((r"(?<=[a-z][bl])(?<![la][bl])and$", "end"))


def english_final_and(term: str) -> tuple[str, ...]:
    """``term`` (plain, lower case) with its English -band, -land read -bend, -lend (see
    _ENGLISH_FINAL_AND), or ()."""
    return _plain_spelled(term, _ENGLISH_FINAL_AND)


# An English surname's final unstressed -um after one consonant is said with a schwa, which
# Russian and Ukrainian write а and Greek α (Burgum = Бергам = Μπέργκαμ, Bynum = Байнам,
# Slocum = Слокам): also read -am, for Cyrillic and Greek keys; not after a vowel (Belgium),
# an h (Hebrew Nahum = Наум) or a q, nor in a word of one syllable (Blum = Блюм).
_ENGLISH_FINAL_UM = _rules((r"([aeiouy][b-df-gj-npr-tv-z]{1,2})um$", r"\1am"))


def english_final_um(term: str) -> tuple[str, ...]:
    """``term`` (plain, lower case) with its English final -um read -am (see
    _ENGLISH_FINAL_UM), or ()."""
    return _plain_spelled(term, _ENGLISH_FINAL_UM)


# An English name of one syllable ending -age is said with a long a (ei) and a soft g (dzh),
# its e silent, which Russian, Ukrainian and Bulgarian write ейдж (Page = Пейдж, Cage =
# Кейдж, Gage = Гейдж): also read so, for Cyrillic keys; not a longer name's unstressed -age
# (Savage = Сэвидж).
_ENGLISH_SHORT_AGE = _rules((r"^([b-df-hj-np-tv-z]{1,2})age$", r"\1eidzh"))


def english_short_age(term: str) -> tuple[str, ...]:
    """``term`` (plain, lower case) with its English -age of one syllable read -eidzh (see
    _ENGLISH_SHORT_AGE), or ()."""
    spelled = _plain_spelled(term, _ENGLISH_SHORT_AGE)
    # Its c stays k before the e it is now spelled with (Cage = Кейдж, not Сейдж).
    return tuple(_OPENING_C.sub("k", s) for s in spelled)


_OPENING_C = re.compile(r"^c(?!h)")


# An English final -ham after a consonant is said with a schwa, which Russian and Ukrainian
# write э, е (Beckham = Бекхэм, Gresham = Грешем, Birmingham = Бирмингем), its h silent
# after an r (Gorham = Горэм), and Graham's -aham is one syllable (Грэм = Грем): also read so,
# for Cyrillic keys; not after a vowel (Abraham's -ham stays: Авраам).
_ENGLISH_FINAL_HAM = _rules(
    (r"(?<=[^aeiou])aham$", "em"),
    (r"(?<=r)ham$", "em"),
    (r"(?<=[b-df-gj-npqs-tv-z])ham$", "hem"),
)
# Greek writes the schwa α and the h after a consonant as nothing: Beckham = Μπέκαμ.
_GREEK_FINAL_HAM = _rules((r"(?<=[b-df-gj-npqs-tv-z])ham$", "am"))


def english_final_ham(term: str) -> tuple[str, ...]:
    """``term`` (plain, lower case) with its English final -ham read as Cyrillic writes it
    (see _ENGLISH_FINAL_HAM), or ()."""
    return _plain_spelled(term, _ENGLISH_FINAL_HAM)


def greek_final_ham(term: str) -> tuple[str, ...]:
    """``term`` (plain, lower case) with its English -ham after a consonant read -am, as
    Greek writes it (see _GREEK_FINAL_HAM), or ()."""
    return _plain_spelled(term, _GREEK_FINAL_HAM)


# An English augh at the end or before t or n is said o, its gh silent, which every other
# script writes so (Kavanaugh = Кавано = Κάβανο = كافانو, Waugh = Во, Slaughter = Слотер,
# Vaughn = Вон); not before l or f, where the gh is said f (Laughlin = Лафлин).
_ENGLISH_AUGH = _rules((r"(?<=[^aeiou])augh(?=$|[tn])", "o"))


def english_augh(term: str) -> tuple[str, ...]:
    """``term`` (plain, lower case) with its English augh read o (see _ENGLISH_AUGH), or ()."""
    return _plain_spelled(term, _ENGLISH_AUGH)


# An English e in the first syllable, before one consonant and an unstressed -er, -en, is
# long, said i, which Russian, Ukrainian, Serbian and Greek write и, і, ι (Peterson =
# Питерсон = Πίτερσον, Peters = Питерс, Stevens = Стивенс): also read so, for Cyrillic and
# Greek keys; not an e opening the name (Evans = Эванс) nor before an r (Meredith).
_ENGLISH_OPEN_E = _rules((r"^([b-df-hj-np-tv-z]{1,2})e(?=[bdfgklmnpstvz]e[rn])", r"\1i"))


def english_open_e(term: str) -> tuple[str, ...]:
    """``term`` (plain, lower case) with its English open e read i (see _ENGLISH_OPEN_E),
    or ()."""
    return _plain_spelled(term, _ENGLISH_OPEN_E)


# An English ai before an r that ends the name, a final e or a consonant is one open e
# (Blair, Sinclair, Claire, Baird), which Russian, Ukrainian, Bulgarian and Greek write э, е,
# ε (Блэр = Блер = Блеър = Μπλερ, Синклер, Бэрд): also read so, for Cyrillic and Greek keys.
# Not after a vowel (Zaire's a-i), nor in a name of one consonant and -air(e), whose e-spelled
# look-alike is a word (Mair: Мэр, mayor; Nair).
_ENGLISH_AIR = _rules((r"(?<=[b-df-hj-np-tv-z])ai(?=r(?:$|e$|[b-df-hj-np-tv-z]))", "e"))
_ONE_CONSONANT_AIR = re.compile(r"^[b-df-hj-np-tv-z]aire?$")


def english_air(term: str) -> tuple[str, ...]:
    """``term`` (plain, lower case) with its English ai before an r read e (see
    _ENGLISH_AIR), or ()."""
    if _ONE_CONSONANT_AIR.match(term.lower()):
        return ()
    return _plain_spelled(term, _ENGLISH_AIR)


# An English first a (after the name's opening consonants) closed by a doubled consonant
# (Abbott, Hannity, Carrie, Gallagher) or by an m or n and one or two consonants more
# (Hancock, Campbell) before the next vowel is short, æ, which Russian, Ukrainian and
# Bulgarian write э, е (Эбботт = Ебботт, Хэннити, Кэрри = Керрі, Хэнкок = Генкок,
# Кэмпбелл): also read so, for Cyrillic keys. Not an r, l, w, y or h after the nasal
# (Sandra, Andrew: they open the next syllable), nor an a after w (Wallace: said o), nor a
# name ending in a, o, i or u, the shape of Romance and Slavic names whose a stays a and
# whose e-spelled look-alikes are other words (Massa: Месса, mass; Massi: Месси; Rambo:
# Рембо; Antoni: Энтони) or in -os, -as, -us (Santos, Campos, Abbas), nor an Indian
# aspirate's a (see phonetic._INDIAN_OPENINGS).
_ENGLISH_CLOSED_A = _rules(
    (
        r"^([b-df-hj-np-tvxz]*(?<!w))a"
        r"(?=([b-df-hj-np-tv-z])\2[aeiouy]|[mn][bcdfgjkmnpqstvxz]{1,2}[aeiouy])",
        r"\1e",
    ),
)
_NOT_ENGLISH_END = ("a", "o", "i", "u", "os", "as", "us")
_INDIAN_OPENINGS = ("bh", "dh", "jh")


def english_closed_a(term: str) -> tuple[str, ...]:
    """``term`` (plain, lower case) with its English short first a read e (see
    _ENGLISH_CLOSED_A), or ()."""
    plain = term.lower()
    if plain.endswith(_NOT_ENGLISH_END) or plain.startswith(_INDIAN_OPENINGS):
        return ()
    spelled = [_C_BEFORE_NEW_E.sub(r"\1k", s) for s in _plain_spelled(plain, _ENGLISH_CLOSED_A)]
    # Its c stays k before the e it is now spelled with (Campbell = Кэмпбелл, not Сэмпбелл),
    # and a final -ie is said i there too (Carrie = Кэрри, see english_final_ie).
    return tuple(f for s in spelled for f in (s, *english_final_ie(s)))


_C_BEFORE_NEW_E = re.compile(r"^([b-df-hj-np-tv-z]*)c(?=e)")


# English aw before a consonant is said o, which Greek writes ο and Russian often о
# (Lawson = Λόσον, Hawking = Хокинг = Χόκινγκ, Lawrence = Λόρενς): also read so, for
# Cyrillic and Greek keys (the w read u, Лоусон, stays: see phonetic._english_vowels); only
# before an English surname's ending (-son, -ton, -ford, -kins, -king, -ley, -rence), not in
# a word of one syllable (Dawn is not Дон, the river) nor an Arabic name's aw, a diphthong
# (Dawsari = Досари is another's name; Fawzi = Фаузи).
_ENGLISH_AW = _rules((r"aw(?=(?:son|ton|ford|kins?|king|ley|rence)$)", "o"))


def english_aw(term: str) -> tuple[str, ...]:
    """``term`` (plain, lower case) with its English aw before a consonant read o (see
    _ENGLISH_AW), or ()."""
    return _plain_spelled(term, _ENGLISH_AW)


# An English compound name's i, one consonant and silent e before an h is a long i (ai),
# the e silent (Rinehart = Райнхарт = Ράινχαρτ, Milehouse): also read so, for Cyrillic
# and Greek keys; not after t, s, c or p, which spell a digraph with the h.
_ENGLISH_INNER_IE = _rules((r"(?<=[^aeiou])i([lmnr])e(?=h[aeiou])", r"ai\1"))


def english_inner_ie(term: str) -> tuple[str, ...]:
    """``term`` (plain, lower case) with its English inner i-e before an h read ai (see
    _ENGLISH_INNER_IE), or ()."""
    return _plain_spelled(term, _ENGLISH_INNER_IE)


# An English final -geon is said -jen, its e a sign of the soft g and its o a schwa, which
# Russian and Ukrainian write е, Bulgarian ъ and Latvian ē (Spurgeon = Сперджен, Sturgeon =
# Стерджен = Стърджън = Stērdžens): also read so.
_ENGLISH_GEON = _rules((r"(?<=[^aeiou])d?geon$", "dzhen"))


# Norwegian and Danish aa (the old spelling of å) is said o, which Russian, Ukrainian and
# Serbian write о (Haaland = Холанд, Haakon = Хокон, Gaarder = Гордер): a term's aa before
# a consonant and a later vowel is also read o, for Cyrillic only (Greek writes the letters:
# Χάαλαντ); not an aa in the last syllable, as Arabic names write a long a (Raad, Saad).
_NORDIC_AA = _rules(
    (r"aa(?=[b-df-hj-np-tv-z]+[aeiouy])", "o"),
    # Danish -gaard (gård, farm) ending a name is said -gor, its d silent (Vingegaard =
    # Вингегор, Kierkegaard = Кьеркегор)
    (r"(?<=g)aard$", "or"),
)


def nordic_aa(term: str) -> tuple[str, ...]:
    """``term`` (plain, lower case) with its Nordic aa read o (see _NORDIC_AA), or ()."""
    return _spelled(term, _NORDIC_AA, nasals=False)


# A Danish or Norwegian ø (a Swedish ö) typed o in the first syllable of a farm or compound
# name (Ødegaard, Østergaard, Nørgaard, Östberg), which Russian writes э first and ё, е
# after a consonant, Ukrainian е, Greek ε (Эдегор = Едегор = Έντεγκααρντ, Эстберг,
# Нергор): the o of the first syllable, before a consonant, of a term ending in -gaard or
# as a Nordic compound surname (see _NORDIC_COMPOUND) is also read e.
_NORDIC_FIRST_O = _rules((r"^([^aeiouy]*)o(?=[b-df-hj-np-tv-z])", r"\1e"))


def nordic_first_o(term: str) -> tuple[str, ...]:
    """``term`` (plain, lower case) with its first syllable's o read as a Nordic ø (see
    _NORDIC_FIRST_O), or () for a term of another ending or first vowel."""
    plain = term.lower()
    if not plain.endswith("gaard") and not _NORDIC_COMPOUND.search(plain):
        return ()
    return _plain_spelled(term, _NORDIC_FIRST_O)


# A Central European name typed without its marks, as English news prints it (Simecka for
# Šimečka, Zurek for Żurek, Sakaliene for Šakalienė, Caputova for Čaputová): Russian and
# Ukrainian spell the marked letters (Шимечка, Журек, Шакалене, Чапутова). An
# unmarked term of MARKED_MIN letters or more is also read, for Cyrillic only (Greek writes
# no such letter, Latin articles are read without their marks), with its s and z first or
# after a consonant and every c marked (not in a digraph: sz, cz, sh, ch, zh, dz, rz, cs):
# one reading, not one a letter.
MARKED_MIN = 5
_MARKED = _rules(
    # An s or z first or after a consonant (after a vowel it is one: Kasim is no Кашим).
    (r"(?:^|(?<=[b-df-hj-np-rtv-xz]))(?<!c)s(?![hzc])", "sh"),
    (r"(?:^|(?<=[b-df-hj-np-tv-x]))(?<![cdrs])z(?!h)", "zh"),
    (r"c(?![hzs])", "ch"),
)


def marked_spellings(term: str) -> tuple[str, ...]:
    """``term`` with its s, z and c marked (as sh, zh, ch), for Cyrillic keys; () if it has
    marks of its own, is shorter than MARKED_MIN or has none of those letters."""
    if not term.isascii() or len(term) < MARKED_MIN:
        return ()
    return _spelled(term, _MARKED, nasals=False)


# A Czech name typed without its marks (Křetínský = Kretinsky, Dvořák = Dvorak): its ř,
# which Russian and Ukrainian write рж, рш and Greek ρζ (Кршетинский, Дворжак, Ντβόρζακ),
# may be an r after a consonant before an e or i, or an r between vowels; read so in a name
# of Czech shape only (an ending -sky, -ska, -ek, -ik, -ak, -ova), for Cyrillic and Greek
# keys: two readings, every r of one kind as rzh.
_CZECH_WAY = re.compile(r"(?:sk[yai]|ck[yai]|[eia]k|ova)$", re.IGNORECASE)
_CZECH_R = _rules(
    (r"(?<=[b-df-hj-np-tv-z])r(?=[ei])", "rzh"),
)
_CZECH_INNER_R = _rules(
    (r"(?<=[aeiou])r(?=[aeiou])", "rzh"),
)


def czech_r(term: str) -> tuple[str, ...]:
    """``term`` with its r's read as a Czech ř (rzh, see _CZECH_WAY), for Cyrillic and Greek
    keys; () for a term with marks of its own, not of Czech shape or without such an r."""
    if not term.isascii() or len(term) < MARKED_MIN or not _CZECH_WAY.search(term):
        return ()
    after_consonant = _spelled(term, _CZECH_R, nasals=False)
    return (*after_consonant, *_spelled(term, _CZECH_INNER_R, nasals=False))


# An Icelandic patronymic (Jakobsdóttir, Tómasdóttir) typed without its accents: its ó is
# said ou, which Russian and Ukrainian write (Якобсдоуттир, Тоумасдоуттир), in dóttir and
# as often in the father's name before it; two readings: dóttir's o alone as u (the key
# keeps the last vowel of оу), and every o as u.
_ICELANDIC_WAY = re.compile(r"dottir$", re.IGNORECASE)
_ICELANDIC_DOTTIR = _rules(
    (r"dottir$", "duttir"),
)
_ICELANDIC_ALL_O = _rules(
    (r"o", "u"),
)


def _icelandic(term: str) -> tuple[str, ...]:
    """``term`` with its Icelandic ó read u (see _ICELANDIC_WAY), or () if it is no
    -dóttir name."""
    if not _ICELANDIC_WAY.search(_without_accents(term)):
        return ()
    spelled = (
        *_spelled(term, _ICELANDIC_DOTTIR, nasals=False),
        *_spelled(term, _ICELANDIC_ALL_O, nasals=False),
    )
    return tuple(dict.fromkeys(spelled))


# English says a final -ie after a consonant i, and other scripts write it so (Rushdie =
# Рушди = Ρούσντι = رشدي, Christie = Кристи, Ritchie = Ричи), where the key of -ie is its
# last vowel, e. For a term of MIN_IE_TERM letters or more (a short one read so is a common
# word: Tie, Lie).
_ENGLISH_FINAL_IE = _rules(
    (r"(?<=[b-df-hj-np-tv-z])ie$", "i"),
)
MIN_IE_TERM = 5


def english_final_ie(term: str) -> tuple[str, ...]:
    """``term`` with a final -ie after a consonant said i (see _ENGLISH_FINAL_IE), or () for a
    term not ending so or shorter than MIN_IE_TERM."""
    if len(term) < MIN_IE_TERM:
        return ()
    return _spelled(term, _ENGLISH_FINAL_IE, nasals=False)


# Spanish and Catalan say a gu before a gw, and Cyrillic and Greek write it гв, γκου
# (Guardiola = Гвардиола, Aguado = Агуадо too: both readings kept), where the key of the
# vowel run ua is its last vowel alone. For a term of MIN_GUA_TERM letters or more (a
# shorter one read so is a common word: Guardia read so is Гвардия, the guard).
_SPANISH_GUA = _rules(
    (r"gu(?=a)", "gw"),
)
MIN_GUA_TERM = 8


def spanish_gua(term: str) -> tuple[str, ...]:
    """``term`` with a gu before a said gw (see _SPANISH_GUA), or () for a term without one
    or shorter than MIN_GUA_TERM (but for a gua before a vowel: see _SPANISH_GUAI)."""
    if len(term) < MIN_GUA_TERM:
        return _spelled(term, _SPANISH_GUAI, nasals=False)
    return _spelled(term, _SPANISH_GUA, nasals=False)


# A shorter term's gu before a and another vowel is said gw too, the a and i, o or e a
# diphthong (Guaido = Гваидо in Serbian, Russian Гуайдо: both read), which no common word
# of Cyrillic or Greek spells so (the guard of MIN_GUA_TERM is Guardia = Гвардия).
_SPANISH_GUAI = _rules(
    (r"gu(?=a[eio])", "gw"),
)


# A Romance final -gue, -gui, -que, -qui: its u is silent, only marking the g or c hard,
# and other scripts write none (Oligui = Олиги = Ολιγκί, Enrique = Энрике); a final -gue,
# -que is also French, its e silent too (Rodrigue = Родриг, Dominique = Доминик). Two
# readings of the whole term (not a letter's choice each: Rodrigu would be Родригу, Rodrigo).
# For a term of MIN_LONG_TERM letters or more (Bogue, read Bog, would be Бог, God). Also
# before the final vowels after the e or i (Spanish and Filipino -quia, -quiao, -guio: the
# u is as silent, Pacquiao = Пакьяо = Πακιάο, Baguio = Багио).
_SILENT_U = _rules((r"gu(?=[ei][aeiou]*$)", "g"), (r"qu(?=[ei][aeiou]*$)", "k"))
_SILENT_UE = _rules((r"gue$", "g"), (r"que$", "k"))


def silent_u(term: str) -> tuple[str, ...]:
    """``term`` without the silent u of a final -gue, -gui, -que, -qui (-quiao too), and its
    French silent final -ue (see _SILENT_U); () for a term not ending so or too short."""
    if len(term) < MIN_LONG_TERM:
        return ()
    return (*_spelled(term, _SILENT_U, nasals=False), *_spelled(term, _SILENT_UE, nasals=False))


# An Arabic or Urdu name's zh between vowels is a z and an h (أزهر, Azhar; مظهر, Mazhar;
# إظهار, Izhar), which Russian and Greek write apart, зх, ζχ (Азхар, Мазхар, Αζχάρ): also
# read z-kh, as they spell it (Russian ж, Bazhenov = Баженов, keeps its reading). Not for
# Arabic keys, which read the term as written: there the z-h reading is also الأزهر, Al-Azhar,
# and مظهر, "appearance".
_ARABIC_ZH = _rules((r"(?<=[aeiou])zh(?=[aeiou])", "zkh"))


def arabic_zh(term: str) -> tuple[str, ...]:
    """``term`` (plain, lower case) with its zh between vowels read z-kh (see _ARABIC_ZH),
    or () for a term without one."""
    if "zh" not in term.lower():
        return ()
    return _plain_spelled(term, _ARABIC_ZH)


# Greek says γι before a vowel as a y, its g unsaid (Giannis = Яннис, Kyrgios = Кирьос,
# Sergios = Серьос), and Arabic writes a Greek name as said (Kyrgios = كيريوس): a term
# ending as Greek names do (-os, -is, -as, -ou) reads so.
_GREEK_WAY = re.compile(r"(?:os|is|as|ou)$")
_GREEK_GI = _rules((r"gi(?=[aeou])", "y"))


def greek_gi(term: str) -> tuple[str, ...]:
    """``term`` with gi before a vowel as y, if it ends as Greek names do; () otherwise."""
    lowered = term.lower()
    if "gi" not in lowered or not _GREEK_WAY.search(lowered):
        return ()
    return _spelled(term, _GREEK_GI, nasals=False)


# An Arabic name ending in ad-Din, "of the faith" (Nasr ad-Din, Salah ad-Din), joins it
# with the case vowel of the noun before, which each spelling writes its own way: French
# -eddine, English -uddin, Turkish -eddin, Persian -oddin, Arabic and Urdu -addin, -iddin
# (Nasreddine = Nasruddin = Nasreddin = Насреддин): a term ending so is also read with
# the others. After three letters at least (a name's first noun: Nur, Ala, Safi).
_AD_DIN = re.compile(r"(?<=[a-z]{3})[aeiou]ddine?$")
_AD_DIN_SPELLINGS = ("eddin", "uddin", "addin", "iddin")


def ad_din(term: str) -> tuple[str, ...]:
    """``term`` (plain, lower case) with its -eddine, -uddin ... spelled each other way
    (see _AD_DIN), or () for a term not ending so."""
    plain = term.lower()
    found = _AD_DIN.search(plain)
    if found is None or not plain.isascii():
        return ()
    stem = plain[: found.start()]
    return tuple(stem + end for end in _AD_DIN_SPELLINGS if stem + end != plain)


# Arabic has no e: English news write an Arabic name's short a (a fatha) e as often as a,
# and its long a doubled, aa (Meshaal, whom others write Mashal, Машаль, Μασάλ): a term
# whose last syllable holds that aa before a final consonant is also read with its e's as
# a, one at a time and all at once.
_ARABIC_LONG_A = re.compile(r"aa[b-df-hj-np-tv-z]$")
_MAX_FATHA_ES = 3


def arabic_fatha_e(term: str) -> tuple[str, ...]:
    """``term`` (plain, lower case) with its e's read a (see _ARABIC_LONG_A), or () for a
    term without a final -aa and a consonant, or without an e."""
    plain = term.lower()
    if not plain.isascii() or "e" not in plain or not _ARABIC_LONG_A.search(plain):
        return ()
    places = [i for i, letter in enumerate(plain) if letter == "e"][:_MAX_FATHA_ES]
    each = (plain[:i] + "a" + plain[i + 1 :] for i in places)
    return tuple(dict.fromkeys((*each, plain.replace("e", "a"))))


# An Arabic name's final ḍ (ض) or ḏ (ذ), which English and German news write dh (Fayyadh,
# Riyadh), is said d and written so by the others, and said z in Persian, Turkish and Urdu
# (Fayyad = Файяд = Φαγιάντ = الفياض, Turkish Feyyaz, Urdu Riaz): a term ending in a vowel
# and dh is also read with d, and with z.
_ARABIC_FINAL_DH = re.compile(r"(?<=[aeiouy])dh$")


def arabic_final_dh(term: str) -> tuple[str, ...]:
    """``term`` (plain, lower case) with its final -dh read d and z (``fayyad``,
    ``fayyaz``), or () for a term not ending in a vowel and dh."""
    plain = term.lower()
    if not plain.isascii() or not _ARABIC_FINAL_DH.search(plain):
        return ()
    return (plain[:-2] + "d", plain[:-2] + "z")


# An Arabic name's kasra before a final ḥ (ح) is said e, the guttural lowering it, and
# French and much news write it so, others i (Salih = Saleh, Falih = Faleh, Fatih =
# Fateh): a term ending in -ih or -eh after a vowel and a consonant is also read with the
# other.
_KASRA_BEFORE_H = re.compile(r"(?<=[aeiou][bcdfgjklmnpqrstvxz])([ie])h$")
_OTHER_KASRA = {"i": "eh", "e": "ih"}
MIN_KASRA_TERM = 5


def kasra_before_h(term: str) -> str:
    """``term`` (plain, lower case) with its final -ih read -eh (``faleh``) or its -eh read
    -ih (``salih``), or "" for a term not ending so or shorter than MIN_KASRA_TERM."""
    plain = term.lower()
    found = _KASRA_BEFORE_H.search(plain)
    if found is None or len(plain) < MIN_KASRA_TERM or not plain.isascii():
        return ""
    return plain[: found.start()] + _OTHER_KASRA[found.group(1)]


def _spanish(term: str) -> tuple[str, ...]:
    """``term`` with a Spanish ll between vowels as y, or () if it has none (or is spelled
    the French way, whose ill has its own reading)."""
    if french_way(term):
        return ()
    plain = _without_accents(term.lower())
    spelled = _SPANISH_LL.sub("y", plain)
    return (spelled,) if spelled != plain and spelled.isascii() else ()


# Italian and French say a gn between vowels ny, which Russian writes нь and Greek νι
# (Bagnaia = Баньяя = Μπανιάια, Magnani = Маньяни, Agnès = Аньес).
_GN_SAID_NY = _rules((r"(?<=[aeiou])gn(?=[aeiou])", "ny"))


def _italian_gn(term: str) -> tuple[str, ...]:
    """``term`` with a gn between vowels said ny (see _GN_SAID_NY), or () if it has none."""
    if len(term) < MIN_LONG_TERM:  # a short one read so is a common word: Magna, Маня
        return ()
    return _spelled(term, _GN_SAID_NY, nasals=False)


def _plain_spelled(term: str, rules: Rules) -> tuple[str, ...]:
    """``term`` with ``rules`` applied (see :func:`_spelled`, no nasals), or () for a term
    that is no plain ASCII word as typed (one with marks says how it is said itself)."""
    plain = term.lower()
    if not plain.isascii() or not plain.isalpha():
        return ()
    return _spelled(plain, rules, nasals=False)


def _spelled(term: str, rules: Rules, *, nasals: bool = True) -> tuple[str, ...]:
    """``term`` (plain, lower case) with its final -in as -en (``nasals``) and ``rules``
    applied; () if nothing changed or the term is no plain Latin word."""
    plain = _without_accents(term.lower())
    if not plain.isascii() or not plain.isalpha():
        return ()
    spelled = plain
    if nasals and len(plain) >= MIN_LONG_TERM:
        spelled = _FINAL_IN[0].sub(_FINAL_IN[1], spelled)
    for pattern, replacement in rules:
        spelled = pattern.sub(replacement, spelled)
    return (spelled,) if spelled != plain else ()


@lru_cache(maxsize=4096)  # asked up to four times a term (spoken and Arabic spellings)
def french_way(term: str) -> bool:
    """Whether ``term`` is spelled the French way (an accent, or a spelling of its own)."""
    return bool(_FRENCH_WAY.search(term)) or not _ACCENTS.isdisjoint(term.lower())


def _without_accents(word: str) -> str:
    if word.isascii():  # the usual term: nothing to take off (a C-level test)
        return word
    decomposed = unicodedata.normalize("NFKD", word.replace("œ", "oe"))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


# A Polish name (a Polish spelling: w, sz, cz, rz, ł, or a Polish ending) typed without the
# marks of its nasal vowels, ą and ę (Wałęsa = Walesa, Świątek = Swiatek): other scripts
# write them as they sound, a vowel and n (m before b or p): Валенса, Свентек, Σβιόντεκ; an
# ą after i (Polish ią) as Russian ё (read e), Ukrainian ьо, Greek ιο: Свёнтек, Свьонтек.
_POLISH_NASAL_WAY = re.compile(r"w|sz|cz|rz|ł|(?:ski|cki|ska|cka|ek|ak)$", re.IGNORECASE)
# An a or e that may be ą or ę: after a consonant or i, before a consonant that Polish
# writes after them (not l, r, m, n, j, h, w: a vowel there is no nasal), not the first letter.
_POLISH_NASAL = re.compile(r"(?<=[b-df-hj-np-tv-z]|i)[ae](?=[bcdfgkpstz])")
_NASAL_BEFORE_LIP = frozenset("bp")  # ą, ę said om, em before them (Dąbrowski = Домбровский)
MAX_NASAL_SPELLINGS = 15  # with the term as written, a term reads at most 16 ways


@lru_cache(maxsize=4096)
def polish_nasals(term: str) -> tuple[str, ...]:
    """``term`` (plain, lower case) with some of its a's and e's read as the nasal vowels ą,
    ę (``walensa``, ``swiontek``, ``swientek``), fewest changed first, at most
    MAX_NASAL_SPELLINGS of them; () for a term not spelled the Polish way or without one."""
    plain = _without_accents(term.lower()).replace("ł", "l")
    if not _POLISH_NASAL_WAY.search(term) or not plain.isascii() or not plain.isalpha():
        return ()
    places = [m.start() for m in _POLISH_NASAL.finditer(plain)]
    if not places:
        return ()
    options = [_nasal_readings(plain, i) for i in places]
    found: list[str] = []
    for count in range(1, len(places) + 1):
        for chosen in combinations(range(len(places)), count):
            for readings in product(*(options[c] for c in chosen)):
                letters = list(plain)
                for c, reading in zip(chosen, readings, strict=True):
                    letters[places[c]] = reading
                found.append("".join(letters))
                if len(found) >= MAX_NASAL_SPELLINGS:
                    return tuple(found)
    return tuple(found)


def _nasal_readings(plain: str, i: int) -> tuple[str, ...]:
    """How other scripts write the a or e at ``i`` of ``plain`` read as ą or ę."""
    nasal = "m" if plain[i + 1] in _NASAL_BEFORE_LIP else "n"
    if plain[i] == "a" and plain[i - 1] == "i":
        return ("o" + nasal, "e" + nasal)  # ią: Greek ιο, Ukrainian ьо; Russian ё read e
    return ("o" + nasal,) if plain[i] == "a" else ("e" + nasal,)


# The Arabic qaf (ق), which English writes g where the Gulf, Libya and Sudan say it so
# (Gaddafi) and q after Persian (Qaani, Qalibaf): Russian writes the g of an Arabic name
# к (Каддафи, Каббани) and Greek κ (Καντάφι); Russian and Greek write a Persian q г and γκ
# (Галибаф, Γκαλιμπάφ, Γκαανί). A g is a real g in most names (Gates = Гейтс, Gallant =
# Галант): it is read k only in a name of the Arabic shape CaCCaCi, a doubled consonant
# between two a's and a final nisba -i (Gaddafi, Gassani, Gammari); an opening q before a
# vowel (not pinyin's qi, qu) is read g, for Cyrillic and Greek keys.
_ARABIC_QAF_G = _rules((r"^g(?=a([b-df-hj-np-tv-z])\1a[b-df-hj-np-tv-z]i$)", "k"))
_PERSIAN_Q = _rules((r"^q(?=[aeo])", "g"))
MIN_QAF_TERM = 4  # not Qom, the city (Гом)


def arabic_qaf(term: str) -> tuple[str, ...]:
    """``term`` with its opening qaf read as Cyrillic and Greek write it (see
    _ARABIC_QAF_G, _PERSIAN_Q), or () for a term of another shape."""
    plain = term.lower()
    if len(plain) < MIN_QAF_TERM or plain[0] not in "gq":
        return ()
    return _spelled(plain, _ARABIC_QAF_G if plain[0] == "g" else _PERSIAN_Q, nasals=False)


# A Persian or Arabic ou before an h and a vowel (روحانی, Rouhani; Mouhamed), which Greek
# writes ο, its h χ (Ροχανί, Μοχάμεντ): also read o, for Greek keys (Russian writes у:
# Рухани).
_GREEK_OUH = _rules((r"ou(?=h[aeiou])", "o"))


def greek_ouh(term: str) -> tuple[str, ...]:
    """``term`` (plain, lower case) with its ou before h and a vowel read o (see
    _GREEK_OUH), or ()."""
    plain = term.lower()
    if "ouh" not in plain:
        return ()
    return _spelled(plain, _GREEK_OUH, nasals=False)
