"""Names in grammatical cases: per-language suffix rules that undo a name's case ending.

In an article whose language declines names, a capitalised word also counts as each form
its case ending may come from (``Лаврова`` -> ``Лавров``, ``Зеленського`` -> ``Зеленський``,
``Ławrowem`` -> ``Ławrow``). The rules are suffix replacements, chosen per article language
(the document's ``lang``), never applied elsewhere: in an English article ``Lavrova`` stays
Lavrova. Ambiguity is accepted where the language has it: Russian ``Лаврова`` is both the
genitive of Lavrov and the name of a woman, and is taken as Lavrov.

Each rule is (ending, replacement, case name); the stem left must keep at least
MIN_STEM letters (MIN_CONSONANT_STEM where the name ends in a consonant). Languages: ru uk
be sr hr bs sl pl cs sk lt lv fi et hu de el sq, bg and mk (possessives only), the
Scandinavian genitive (nb nn no da sv), Icelandic patronymics (is); and
French writes a Russian -in as -ine (Poutine = Putin, Michoustine = Mishustin) and an Arabic
-an as -ane (Burhane, Othmane), the spelling rules kept here because they are endings. Only
-ine and -ane: a silent e after any letter would make French women's names their male forms
(Simone, Louise, Denise, Michèle; Martine stays Martin's).
"""

from __future__ import annotations

from functools import lru_cache

Rule = tuple[str, str, str]
MIN_STEM = 3
# A name of one syllable ending in a consonant (Ын, Ёль, Un) keeps a stem of two letters in
# its cases (Ына, Ёля, Una); one ending in a vowel does not (Бии is the river Бия's).
MIN_CONSONANT_STEM = 2

_GEN, _DAT, _ACC, _INS, _LOC = "genitive", "dative", "accusative", "instrumental", "locative"
_GA = "genitive/accusative"
_FEMININE_OBLIQUE = "feminine genitive/dative/locative"
_SILENT_E = "French -ine, -ane"

# Russian: -ов/-ин surnames and nouns (Лавров, Путин, Макрон), adjectival -ский/-ой,
# first names in -й (Сергей).
_RU: tuple[Rule, ...] = (
    ("ого", "ий", _GA),
    ("ому", "ий", _DAT),
    ("им", "ий", _INS),
    ("ом", "ий", _LOC),
    ("ого", "ой", _GA),
    ("ому", "ой", _DAT),
    ("ым", "", _INS),
    ("ом", "", _INS),
    ("ем", "", _INS),
    ("ем", "й", _INS),
    ("а", "", _GA),
    ("у", "", _DAT),
    ("е", "", _LOC),
    ("я", "й", _GA),
    ("ю", "й", _DAT),
    ("е", "й", _LOC),
    ("я", "ь", _GA),
    ("ю", "ь", _DAT),
    ("ем", "ь", _INS),
    ("ы", "а", _GEN),  # names in -а (Кулеба): Кулебы, Кулебе, Кулебу, Кулебой
    ("е", "а", _DAT),
    ("у", "а", _ACC),
    ("ой", "а", _INS),
    ("ой", "ая", _GEN),  # women's names in -ая (Навальная): Навальной, Навальную
    ("ую", "ая", _ACC),
    ("и", "я", _GEN),  # names in -я (Небензя)
    *((c + "и", c + "а", _GEN) for c in "гкхжшчщ"),  # -а after these (Сибига): Сибиги
    ("е", "я", _DAT),
    ("ю", "я", _ACC),
    ("ей", "я", _INS),
    ("ёй", "я", _INS),  # a stressed one after a soft sign (Илья): Ильёй, as Ильей
)
_UK: tuple[Rule, ...] = (
    ("ого", "ий", _GA),
    ("ому", "ий", _DAT),
    ("им", "ий", _INS),
    ("ім", "ий", _LOC),
    ("ові", "", _DAT),
    ("им", "", _INS),
    ("ом", "", _INS),
    ("ем", "", _INS),
    ("а", "", _GA),
    ("у", "", _DAT),
    ("і", "", _LOC),
    ("я", "й", _GA),
    ("ю", "й", _DAT),
    ("єм", "й", _INS),
    ("и", "а", _GEN),
    ("і", "а", _DAT),
    ("у", "а", _ACC),
    ("ою", "а", _INS),
    ("ої", "а", _GEN),  # women's names in -ська (Зеленська): Зеленської, Зеленській
    ("ій", "а", _DAT),
    # -ка, -га, -ха soften to -ці, -зі, -сі in the dative and locative (Сибіга: Сибізі,
    # Мухіка: Мухіці)
    ("ці", "ка", _DAT),
    ("зі", "га", _DAT),
    ("сі", "ха", _DAT),
    ("а", "о", _GEN),  # names in -о (Шевченко): Шевченка, Шевченкові, Шевченком
    ("ові", "о", _DAT),
    ("у", "о", _DAT),
    ("ом", "о", _INS),
    ("я", "ь", _GA),  # names in -ь (Шмигаль)
    ("ю", "ь", _DAT),
    ("ем", "ь", _INS),
    ("і", "я", _GEN),  # names in -я (Небензя): Небензі, Небензю, Небензею
    ("ї", "я", _GEN),  # -я after a vowel (Гарсія, Хайя): Гарсії, Хайї, Гарсією
    ("ю", "я", _ACC),
    ("ею", "я", _INS),
    ("єю", "я", _INS),
)
_BE: tuple[Rule, ...] = (
    ("ага", "і", _GA),
    ("аму", "і", _DAT),
    ("ім", "і", _INS),
    ("ым", "", _INS),
    ("ам", "", _INS),
    ("ам", "а", _INS),  # men's names in -а (Лукашэнка): з Лукашэнкам
    ("а", "", _GA),
    ("у", "", _DAT),
    ("е", "", _LOC),
    ("і", "а", _GEN),  # names in -а (Сабаленка): Сабаленкі, Сабаленцы, Сабаленку, Сабаленкай
    ("ы", "а", _GEN),
    ("цы", "ка", _DAT),
    ("у", "а", _ACC),
    ("ай", "а", _INS),
    ("ай", "ая", _GEN),  # women's names in -ая (Ціханоўская): Ціханоўскай, Ціханоўскую
    ("ую", "ая", _ACC),
)
_SR_CYRL: tuple[Rule, ...] = (
    ("ог", "и", _GA),
    ("ога", "и", _GA),
    ("ом", "и", _DAT),
    ("ому", "и", _DAT),
    ("им", "и", _INS),
    ("ом", "", _INS),
    ("ем", "", _INS),
    ("а", "", _GA),
    ("у", "", _DAT),
    ("е", "", "vocative"),
    ("а", "о", _GEN),  # men's names in -о (Фицо): Фица, Фицу, Фицом
    ("у", "о", _DAT),
    ("ом", "о", _INS),
    ("е", "а", _GEN),  # men's names in -а (Рама): Раме, Рами, Раму, Рамом
    ("и", "а", _DAT),
    ("у", "а", _ACC),
    ("ом", "а", _INS),
    ("ој", "а", _FEMININE_OBLIQUE),  # women's names in -a decline as adjectives: Давковој
)
_SR_LATN: tuple[Rule, ...] = (
    ("og", "i", _GA),
    ("oga", "i", _GA),
    ("om", "i", _DAT),
    ("omu", "i", _DAT),
    ("im", "i", _INS),
    ("om", "", _INS),
    ("em", "", _INS),
    ("a", "", _GA),
    ("u", "", _DAT),
    ("e", "", "vocative"),
    ("a", "o", _GEN),  # men's names in -o (Fico, Ruto): Fica, Ficu, Ficom
    ("u", "o", _DAT),
    ("om", "o", _INS),
    ("e", "a", _GEN),  # men's names in -a (Rama): Rame, Rami, Ramu, Ramom
    ("i", "a", _DAT),
    ("u", "a", _ACC),
    ("om", "a", _INS),
    ("oj", "a", _FEMININE_OBLIQUE),  # women's names in -a decline as adjectives: Davkovoj
)
_SL: tuple[Rule, ...] = (
    # A man's name in -r (-ar, -er) takes a j before its case endings: Pogačarja, Pogačarju,
    # Pogačarjem (Baker: Bakerja); after the -rj-, the usual -a, -u, -em.
    ("rja", "r", _GA),
    ("rju", "r", _DAT),
    ("rjem", "r", _INS),
    ("ega", "i", _GA),
    ("emu", "i", _DAT),
    ("im", "i", _INS),
    ("em", "i", _LOC),
    ("om", "", _INS),
    ("em", "", _INS),
    ("a", "", _GA),
    ("u", "", _DAT),
    ("e", "a", _GEN),  # men's names in -a (Janša): Janše, Janši, Janšo, Janšem (above)
    ("i", "a", "dative/locative"),
    ("o", "a", "accusative/instrumental"),
)
# Polish -e endings and the consonant each follows (dative and locative of -a names).
_POLISH_SOFT_E = (
    ("bie", "b"),
    ("pie", "p"),
    ("mie", "m"),
    ("wie", "w"),
    ("fie", "f"),
    ("nie", "n"),
    ("sie", "s"),
    ("cie", "t"),
    ("dzie", "d"),
    ("rze", "r"),
    ("le", "ł"),
    ("dze", "g"),
    ("sze", "ch"),
)
_FEMININE_ACC_INS = "feminine accusative/instrumental"
# A Polish man's surname in -o declines as a noun in -a (Ziobro: Ziobry, Ziobrze, Ziobrę,
# Ziobrą; Kościuszko: Kościuszki, Kościuszce; Fredro: Fredrze), its consonant softened
# before the dative and locative -e as an -a name's (r/rz, k/c, g/dz, t/ci, d/dzi, ł/l).
_POLISH_O_AS_A: tuple[Rule, ...] = (
    ("y", "o", _GEN),
    ("ę", "o", _ACC),
    ("ą", "o", _INS),
    ("ki", "ko", _GEN),
    ("gi", "go", _GEN),
    ("ce", "ko", _DAT),
    ("zie", "zo", _DAT),
    *((soft, hard + "o", _DAT) for soft, hard in _POLISH_SOFT_E),
)
_PL: tuple[Rule, ...] = (
    ("iego", "i", _GA),
    ("iemu", "i", _DAT),
    ("im", "i", _INS),
    ("ego", "y", _GA),
    ("emu", "y", _DAT),
    ("ym", "y", _INS),
    ("owi", "", _DAT),
    ("em", "", _INS),
    ("iem", "", _INS),  # after k/g: Tuskiem, Stoltenbergiem
    ("ie", "", _LOC),
    ("dzie", "d", _LOC),
    ("cie", "t", _LOC),
    ("rze", "r", _LOC),
    ("a", "", _GA),
    ("u", "", _LOC),
    ("i", "", _GA),
    ("y", "a", _GEN),  # names in -a (Kułeba, Łukaszenka): -y/-i, -ę, -ą, -ce for -ka
    ("ę", "a", _ACC),
    ("ą", "a", _INS),
    ("ki", "ka", _GEN),
    ("gi", "ga", _GEN),  # and -ga: Vargi, Olgi
    ("ce", "ka", _DAT),
    ("zie", "za", _DAT),
    # ... and their dative/locative -e, which softens the consonant before it: Okamurze,
    # Dudzie, Kallasie, Ramafosie, Mamie, Borżecie
    *((soft, hard + "a", _DAT) for soft, hard in _POLISH_SOFT_E),
    ("li", "la", _GEN),  # names in -la: Bardelli
    ("i", "ia", _GEN),  # names in -ia, -cia (Kania, Nebenzia): Kani, Nebenzi
    # ... and in -ua, as Nikaragua, Nikaragui: Gachagua, Gachagui
    ("ui", "ua", "genitive/dative/locative"),
    # South Slavic names in -ić are -ic before a Polish ending: Modricia, Modriciowi
    ("cia", "c", _GA),
    ("ciowi", "c", _DAT),
    ("ia", "io", _GA),  # names in -io (Rubio, Antonio): Rubia, Rubiowi, Rubiem
    ("iowi", "io", _DAT),
    ("iem", "io", _INS),
    ("a", "o", _GEN),  # men's names in -o (Fico): Fica, Ficowi, Ficem
    ("owi", "o", _DAT),
    ("em", "o", _INS),
    *_POLISH_O_AS_A,
    ("ego", "e", _GA),  # names in a spoken -e (Rutte, Goethe): Ruttego, Ruttemu, Ruttem
    ("emu", "e", _DAT),
    ("em", "e", "instrumental/locative"),
    # ... and in a French stressed -é, which keeps its accent (Mbappé: Mbappégo, Mbappém)
    ("égo", "é", _GA),
    ("ému", "é", _DAT),
    ("ém", "é", "instrumental/locative"),
    # Women's names in -owa, -ewa, -ska, -cka, -dzka decline as adjectives: Jotowej, Jotową,
    # Kowalskiej, Kowalską (-ą for -a above): -ej in the genitive, dative and locative.
    # So do the East Slavic ones in -ina, -yna, possessives too (Kalininej, Wiesninej).
    *(
        (ending, base, _FEMININE_OBLIQUE)
        for ending, base in (
            ("owej", "owa"),
            # a Bulgarian or Russian -eva as Polish writes it: Georgiewej for Georgiewa
            ("ewej", "ewa"),
            ("ovej", "ova"),  # a Czech or Slovak -ová as Polish sport writes it: Krejcikovej
            ("inej", "ina"),
            ("ynej", "yna"),
            ("nej", "na"),  # a Russian adjectival one: Nawalnej for Nawalna (Navalnaya)
            # ... and after another hard consonant: Bezuhłej for Bezuhła (Безугла), Krutej
            ("łej", "ła"),
            ("tej", "ta"),
            ("dej", "da"),
            ("rej", "ra"),
            ("chej", "cha"),
            ("skiej", "ska"),
            ("ckiej", "cka"),
            ("dzkiej", "dzka"),
        )
    ),
)
# Possessive adjectives of names, which the West and South Slavic languages make for the
# person's things (Czech ``Trumpova administrativa``, Croatian ``Putinov režim``, Serbian
# ``Вучићева влада``, Bulgarian ``Тръмповата администрация``): -ov- after a consonant, -ev-
# after a soft one, and for a name in -a, -in- (Croatian ``Ramina vlada``). Each form is the
# possessive's endings of gender, number and case on that stem.
POSSESSIVE = "possessive"


def _possessives(stem: str, endings: str, base: str = "") -> tuple[Rule, ...]:
    """A name's possessive forms: ``stem`` (``ov``), then each of ``endings``
    (space-separated; ``-`` for none), undone to the name ending in ``base``."""
    return tuple((stem + ending.strip("-"), base, POSSESSIVE) for ending in endings.split())


def _soft_possessives(consonants: str, stem: str, endings: str) -> tuple[Rule, ...]:
    """Possessive forms in ``stem`` (-ev-) after each of ``consonants``, the soft consonants
    a name may end in (kept in the rule: Vučić, Vučićeva), so no -ev surname (Medvedev) is
    one."""
    return tuple(
        (letter + ending, letter, case)
        for letter in consonants
        for ending, _, case in _possessives(stem, endings)
    )


# Czech: -ův, -ova, -ovo, -ovy, -ově ... (Putinův, Trumpova, Fialova for Fiala, Ficova for
# Fico); Slovak: -ov, -ova, -ovho, -ovej ... (Putinov režim).
_CS_OWN = "ův ova ovo ovy ově ovu ovou ových ovým ovými"
_SK_OWN = "ov ova ovo ovho ovmu ovom ovou ovej ove ovi ových ovým ovými"
_CS_POSSESSIVE = (
    *_possessives("", _CS_OWN),
    *_possessives("", _CS_OWN, "a"),
    *_possessives("", _CS_OWN, "o"),
)
_SK_POSSESSIVE = (
    *_possessives("", _SK_OWN),
    *_possessives("", _SK_OWN, "a"),
    *_possessives("", _SK_OWN, "o"),
)
# Croatian, Serbian, Bosnian (Latin and Cyrillic): -ov/-ev, and -in for a name in -a.
_SR_OWN = "- a o u e i om im ih oj og oga ome ima"
_SR_OWN_CYRL = "- а о у е и ом им их ој ог ога оме има"
_SR_LATN_POSSESSIVE = (
    *_possessives("ov", _SR_OWN),
    *_possessives("ov", _SR_OWN, "o"),
    *_possessives("in", _SR_OWN, "a"),
    *_soft_possessives("ćčšžjcđ", "ev", _SR_OWN),
)
_SR_CYRL_POSSESSIVE = (
    *_possessives("ов", _SR_OWN_CYRL),
    *_possessives("ов", _SR_OWN_CYRL, "о"),
    *_possessives("ин", _SR_OWN_CYRL, "а"),
    *_soft_possessives("ћчшжјцђљњџ", "ев", _SR_OWN_CYRL),
)
# Slovene: -ov/-ev, -ova, -ovega ...; -in for a name in -a.
_SL_OWN = "- a o ega emu im em i e ih imi"
_SL_POSSESSIVE = (
    *_possessives("ov", _SL_OWN),
    *_possessives("rjev", _SL_OWN, "r"),  # -ev after the j of an -r name: Pogačarjeva
    *_possessives("in", _SL_OWN, "a"),
    *_soft_possessives("cčjšž", "ev", _SL_OWN),
)
# Bulgarian and Macedonian: only with the definite article, which no surname takes
# (Тръмповата администрация, Путиновият режим; Иванов, Петров stay surnames).
_BG_OWN = "ата ия ият ото ите"
_MK_OWN = "ата иот ото ите"
_BG_POSSESSIVE = (*_possessives("ов", _BG_OWN), *_possessives("ин", _BG_OWN, "а"))
_MK_POSSESSIVE = (*_possessives("ов", _MK_OWN), *_possessives("ин", _MK_OWN, "а"))

_CS: tuple[Rule, ...] = (
    ("ého", "ý", _GA),
    ("ému", "ý", _DAT),
    ("ým", "ý", _INS),
    ("ém", "ý", _LOC),
    ("ovi", "", _DAT),
    ("em", "", _INS),
    ("om", "", _INS),
    ("a", "", _GA),
    ("u", "", _DAT),
    # A name ending in a sibilant or a soft consonant takes -e in the genitive (Scholze,
    # Merze, Marxe, Jamese); before the locative's -e, which otherwise names the form.
    *((letter + "e", letter, _GA) for letter in "szxcšžřčj"),
    # ... and so does a name in an English -ich, said ič (Gershkovich: Gershkoviche), whose
    # Czech ch would be hard (Bacha).
    ("iche", "ich", _GA),
    # ... and so does one in an i after a vowel, which is a j there (Lai: Laie, as Mamaj:
    # Mamaje; Laiovi, Laiem follow the rules of any consonant).
    *((vowel + "ie", vowel + "i", _GA) for vowel in "aeou"),
    ("e", "", _LOC),
    ("ová", "", "feminine"),  # Merkelová
    ("ová", "a", "feminine"),  # Zacharovová for Zakharova
    ("y", "a", _GEN),  # men's names in -a (Okamura): Okamury, Okamurovi, Okamuru, Okamurou;
    # a woman's name in -ra softens its r before the dative and locative -e (Sára: Sáře)
    ("ře", "ra", "dative/locative"),
    ("ji", "ja", _GEN),  # after j, whose -a is soft, -i (Haníja: Haníji, as Arabic -iya)
    # a woman's foreign name in -ia declines as a soft -ie (Olivia: Olivie, Olivii, Olivií)
    ("ie", "ia", _GEN),
    ("ii", "ia", "dative/locative"),
    ("ií", "ia", _INS),
    ("ovi", "a", _DAT),  # Slovak Okamuru, Okamurovi, Okamurom
    ("u", "a", _ACC),
    ("ou", "a", _INS),
    ("om", "a", _INS),
    *(  # foreign names in -i, -y, -e decline as adjectives: Pellegriniho, Pellegrinimu;
        # and in a long -í, as Czech writes an Arabic name's ī (Barghútího, Talabáního),
        # and in a French stressed -é, its accent kept (Mbappého, Mbappému, Mbappém)
        (vowel + ending, vowel, case)
        for vowel in "iyeíé"
        for ending, case in (("ho", _GA), ("mu", _DAT))
    ),
    ("im", "i", "instrumental/locative"),  # foreign -i, -y names: Tajanim, Pellegrinim
    ("ym", "y", "instrumental/locative"),
    ("ém", "é", "instrumental/locative"),
    ("a", "o", _GEN),  # men's names in -o (Fico): Fica, Ficovi, Ficem, Slovak Ficom
    ("ovi", "o", _DAT),
    ("em", "o", _INS),
    ("om", "o", _INS),
    ("ová", "o", "feminine"),  # women's names in -o: Svyrydenková for Svyrydenko
    ("em", "e", _INS),  # names in a silent or spoken -e (Vance, Rutte): Vancem, Ruttem
)
# The feminine -ová declines as an adjective: Czech Merkelové, Merkelovou; Slovak
# Merkelovej, Merkelovú, Merkelovou (Matvijenkové, Zacharovovej). After the possessives,
# which share some endings (Slovak Ficovej vláde) and may open a sentence.
_CS_FEMININE: tuple[Rule, ...] = tuple(
    (ending, base, case)
    for ending, case in (
        ("ové", _FEMININE_OBLIQUE),
        ("ovou", _FEMININE_ACC_INS),
        ("ovej", _FEMININE_OBLIQUE),
        ("ovú", _FEMININE_ACC_INS),
    )
    for base in ("", "a", "o", "ová")  # ová: a term written in the woman's form
)
# A Russian woman's adjectival surname in -ská, -cká, -ná (Politkovská, Navalná: Navalnaya)
# has -é in the Czech and -ej in the Slovak genitive, dative and locative (-ou: see _CS).
_CS_ADJECTIVAL: tuple[Rule, ...] = tuple(
    (stem + ending, stem + "á", _FEMININE_OBLIQUE)
    for stem in ("sk", "ck", "n")
    for ending in ("é", "ej")
)
# Finnish, Estonian, Lithuanian and Latvian genitives are their possessive, standing before
# the noun, which opens sentences as often as the nominative does (``Orpon hallitus``,
# ``Putini sõnul``, ``Nausėdos komanda``, ``Rinkēviča vizīte``): see forms.OPENING_CASES.
POSSESSIVE_GENITIVE = "genitive (possessive)"
_POSS = POSSESSIVE_GENITIVE
# So are the Finnish adessive and the Hungarian dative of a possessor, which "have" takes
# (``Purralla on``, ``Orbánnak van``): they open sentences as the nominative does.
POSSESSOR = "possessor (adessive, dative)"
# A Greek woman's surname is her father's or husband's in the genitive, but a man's -ίδης
# and -άδης give her -ίδου and -άδου (Κυριακίδης: Κυριακίδου, Σαββίδου), never a case of
# his (his genitive is Κυριακίδη): her name in every case, opening sentences as a
# nominative does (see forms.OPENING_CASES). The trade-off, as Russian -ова's for -ов:
# a term in -ides finds her too.
GREEK_WOMANS = "woman's surname (-ίδου for -ίδης)"
_EL_WOMANS: tuple[Rule, ...] = tuple(
    (vowel + "δου", vowel + "δης", GREEK_WOMANS) for vowel in ("ί", "ι", "ά", "α")
)
_LT: tuple[Rule, ...] = (
    ("as", "", "nominative"),
    ("is", "i", "nominative"),
    ("us", "", "nominative"),
    ("o", "", _POSS),
    ("ui", "", _DAT),
    ("ą", "", _ACC),
    ("u", "", _INS),
    ("e", "", _LOC),
    ("io", "i", _POSS),
    ("iui", "i", _DAT),
    ("į", "i", _ACC),
    ("iu", "i", _INS),
    ("yje", "i", _LOC),
    ("os", "a", _POSS),  # names in -a (Nausėda): Nausėdos, Nausėdai, Nausėdą, Nausėdoje
    ("ai", "a", _DAT),
    ("ą", "a", _ACC),
    ("oje", "a", _LOC),
    # A foreign name after a consonant may take -is rather than -as (Starmer = Starmeris,
    # Miller = Milleris, De Wever = De Weveris): its cases on the name as written.
    ("is", "", "nominative"),
    ("io", "", _POSS),
    ("iui", "", _DAT),
    ("į", "", _ACC),
    ("iu", "", _INS),
    ("yje", "", _LOC),
    # A Lithuanian name keeps its nominative ending in a rule (Paluckas, Landsbergis,
    # Šimonytė), which the other cases replace: Palucko, Landsbergiui, Šimonytės
    *(
        (ending, nominative, case)
        for nominative, endings in (
            ("as", (("o", _POSS), ("ui", _DAT), ("ą", _ACC), ("u", _INS), ("e", _LOC))),
            ("is", (("io", _POSS), ("iui", _DAT), ("į", _ACC), ("iu", _INS), ("yje", _LOC))),
            ("ys", (("io", _POSS), ("iui", _DAT), ("į", _ACC), ("iu", _INS), ("yje", _LOC))),
            ("ė", (("ės", _POSS), ("ei", _DAT), ("ę", _ACC), ("e", _INS), ("ėje", _LOC))),
        )
        for ending, case in endings
    ),
    # A t or d before the io, iu of those cases is written č, dž (Andriukaitis:
    # Andriukaičio, Andriukaičiui, Andriukaičiu; the accusative Andriukaitį keeps its t),
    # and c, dz in the word read without its consonants' marks (see forms._spellings),
    # which a rule typed without them (Zemaitaitis for Žemaitaitis) meets.
    *(
        (soft + ending, hard + "is", case)
        for hard, soft in (("t", "č"), ("t", "c"), ("d", "dž"), ("d", "dz"))
        for ending, case in (("io", _POSS), ("iui", _DAT), ("iu", _INS))
    ),
    # A foreign name in a soft -č (Slavic -vić, -vič, -vich) takes the -ius declension
    # (Abramovič = Abramovičius): Abramovičiaus, Abramovičiui, Abramovičių, Abramovičiumi;
    # and c in the word read without its consonants' marks, as above.
    *(
        (soft + ending, soft, case)
        for soft in ("č", "c")
        for ending, case in (
            ("ius", "nominative"),
            ("iaus", _POSS),
            ("iui", _DAT),
            ("ių", _ACC),
            ("iumi", _INS),
            ("iuje", _LOC),
        )
    ),
)
_LV: tuple[Rule, ...] = (
    ("s", "", "nominative"),
    ("is", "i", "nominative"),
    ("a", "", _POSS),
    ("am", "", _DAT),
    ("u", "", _ACC),
    ("ā", "", _LOC),
    ("a", "i", _POSS),
    ("im", "i", _DAT),
    ("ī", "i", _LOC),
    ("im", "is", _DAT),  # a Lithuanian name kept whole in a rule (Skvernelis): Skvernelim
    # A Lithuanian man's -as, which Latvian writes -s (Gitanas = Gitans, Kasčiūnas =
    # Kasčūns); its nominative only: a Latvian genitive -a would read Abba as Abbas.
    ("s", "as", "nominative"),
    ("ī", "is", _LOC),
    ("as", "a", _POSS),  # names in -a (Nausēda): Nausēdas, Nausēdam, Nausēdai, Nausēdu
    ("am", "a", _DAT),
    ("ai", "a", _DAT),
    ("u", "a", _ACC),
    ("ā", "a", _LOC),
    # A Latvian name keeps its nominative -s or -š in a rule (Rinkevics, Karins), which the
    # other cases replace: Rinkēviča, Rinkēvičam, Kariņu
    *(
        (ending, nominative, case)
        for nominative in ("s", "š")
        for ending, case in (("a", _POSS), ("am", _DAT), ("u", _ACC), ("ā", _LOC))
    ),
    # and a woman's name its -e (Kalniete, Melbārde): Kalnietes, Kalnietei, Kalnieti,
    # Kalnietē (the genitive's -s already goes with the nominative rule above)
    ("ei", "e", _DAT),
    ("i", "e", _ACC),
    ("ē", "e", _LOC),
    # and a name its -is (Porziņģis, Krišjānis): genitive -a, accusative -i (dative -im and
    # locative -ī above), the genitive softening the consonant before it: Porziņģa, Jāņa
    # (read without the marks, see forms._spellings), t and d to š and ž (Valža for Valdis),
    # a labial taking a j (Dāvja for Dāvis)
    ("a", "is", _POSS),
    ("i", "is", _ACC),
    ("ša", "tis", _POSS),
    ("ža", "dis", _POSS),
    *((labial + "ja", labial + "is", _POSS) for labial in "pbmv"),
)
# The endings of a Finnish stem in -se (Virtase-, Bottakse-) but for the partitive, which
# the nominative's own stem takes (Virtasta, Bottasta).
_FI_SE_STEM: tuple[tuple[str, str], ...] = (
    ("sen", POSSESSIVE_GENITIVE),
    ("sena", "essive"),
    ("senä", "essive"),
    ("seen", "illative"),
    ("sessa", "inessive"),
    ("sessä", "inessive"),
    ("sesta", "elative"),
    ("sestä", "elative"),
    ("sella", POSSESSOR),
    ("sellä", POSSESSOR),
    ("selta", "ablative"),
    ("seltä", "ablative"),
    ("selle", "allative"),
    ("seksi", "translative"),
)
_FI: tuple[Rule, ...] = tuple(
    (ending, "", case)
    for ending, case in (
        ("n", POSSESSIVE_GENITIVE),
        ("in", POSSESSIVE_GENITIVE),
        ("ia", "partitive"),
        ("iä", "partitive"),
        ("a", "partitive"),
        ("ä", "partitive"),
        ("lle", "allative"),
        ("ille", "allative"),
        ("lla", POSSESSOR),
        ("illa", POSSESSOR),
        ("llä", POSSESSOR),
        ("sta", "elative"),
        ("ista", "elative"),
        ("stä", "elative"),
        ("ssa", "inessive"),
        ("issa", "inessive"),
        ("ltä", "ablative"),
        ("lta", "ablative"),
        ("ilta", "ablative"),
        ("iin", "illative"),
        ("ksi", "translative"),
        ("iksi", "translative"),
    )
) + tuple(  # names in -nen (Virtanen, Valtonen) decline on a stem in -se: Virtasen, Valtoselle
    (ending, "nen", case)
    for ending, case in (("sta", "partitive"), ("stä", "partitive"), *_FI_SE_STEM)
)
# Names in -s (Bottas, Kallas) decline on a stem in -kse: Bottaksen, Bottakselle (but for
# the partitive: Bottasta), as the Finnish nouns in -s do (kallas: kallaksen).
_FI_S_STEM: tuple[Rule, ...] = (
    ("sta", "s", "partitive"),
    ("stä", "s", "partitive"),
    *(("k" + ending, "s", case) for ending, case in _FI_SE_STEM),
)
# Estonian: a name ending in a consonant takes -i in the genitive (Putini), one in -s often
# -e (Kallase, Karise), and the other cases add their ending to the genitive (Putiniga,
# Kallasega); a vowel ending stays (Zelenski, Zelenskiga).
_ET_ENDINGS = (
    ("", POSSESSIVE_GENITIVE),
    ("t", "partitive"),
    ("sse", "illative"),
    ("s", "inessive"),
    ("st", "elative"),
    ("le", "allative"),
    ("l", POSSESSOR),
    ("lt", "ablative"),
    ("ks", "translative"),
    ("ga", "comitative"),
)
_ET: tuple[Rule, ...] = tuple(
    (stem_vowel + ending, "", case)
    for ending, case in _ET_ENDINGS
    for stem_vowel in ("i", "e", "")
    if stem_vowel or ending
) + tuple(  # a name in -k (-ik, -ak) takes u (lepik: lepiku; Tänak: Tänaku, Tänakuga)
    ("ku" + ending, "k", case) for ending, case in _ET_ENDINGS
)
_HU: tuple[Rule, ...] = tuple(
    (ending, "", case)
    for ending, case in (
        ("t", _ACC),
        ("ot", _ACC),
        ("et", _ACC),
        ("öt", _ACC),
        ("nak", POSSESSOR),
        ("nek", POSSESSOR),
        ("val", _INS),
        ("vel", _INS),
        ("nal", _INS),
        ("nel", _INS),
        ("ral", _INS),
        ("lal", _INS),
        ("tal", _INS),
        ("sal", _INS),
        # -val/-vel after a consonant doubles it: Zelenszkijjel, Orbánnal (one copy stays);
        # after a foreign z said ts it is -cal/-cel (Scholzcal, Merzcel)
        *((f"{c}{v}l", _INS) for c in "bcdfgjklmprstz" for v in "ae"),
        ("hoz", "allative"),
        ("hez", "allative"),
        ("höz", "allative"),
        ("ról", "delative"),
        ("ről", "delative"),
        ("tól", "ablative"),
        ("től", "ablative"),
        ("nál", "adessive"),
        ("nél", "adessive"),
        ("ban", "inessive"),
        ("ben", "inessive"),
        ("ba", "illative"),
        ("be", "illative"),
        ("ból", "elative"),
        ("ből", "elative"),
        ("on", "superessive"),
        ("en", "superessive"),
        ("ra", "sublative"),
        ("re", "sublative"),
        ("ért", "causal"),
        ("i", "adjective"),
    )
)
# After a digraph, -val/-vel doubles the digraph's first letter: Karácsonnyal for
# Karácsony, Naggyal for Nagy, Kováccsal for Kovács.
_HU_DIGRAPH_INS: tuple[Rule, ...] = tuple(
    (digraph[0] + digraph + vowel + "l", digraph, _INS)
    for digraph in ("ny", "gy", "ty", "ly", "sz", "zs", "cs")
    for vowel in "ae"
)


def _suffixes(*groups: tuple[str, str]) -> tuple[Rule, ...]:
    """Rules of a language that adds its case endings to the name as it is (Turkic):
    each group is (endings, case), the endings in each form vowel harmony gives them."""
    return tuple((ending, "", case) for endings, case in groups for ending in endings.split())


# Turkic languages add their endings to a foreign name without an apostrophe (Turkish, which
# writes one, needs no rules: Putin'in splits at it). After a vowel a buffer consonant comes
# first (Azerbaijani Rutteyə, Ruttenin; Kazakh Рюттенің).
_AZ = _suffixes(
    ("ın in un ün nın nin nun nün", _GEN),
    ("a ə ya yə", _DAT),
    ("ı i u ü nı ni nu nü", _ACC),
    ("da də", _LOC),
    ("dan dən", "ablative"),
    ("la lə yla ylə", _INS),
)
_UZ = _suffixes(
    ("ning", _GEN),
    ("ga ka qa", _DAT),
    ("ni", _ACC),
    ("da", _LOC),
    ("dan", "ablative"),
    ("dagi", "adjective"),
)
_TK = _suffixes(
    ("yň iň uň üň nyň niň nuň nüň", _GEN),
    ("a e ä ya ye", _DAT),
    ("y i ny ni", _ACC),
    ("da de", _LOC),
    ("dan den", "ablative"),
)
_KK = _suffixes(
    ("ның нің дың дің тың тің", _GEN),
    ("ға ге қа ке на не", _DAT),
    ("ны ні ды ді ты ті", _ACC),
    ("да де та те нда нде", _LOC),
    ("дан ден тан тен нан нен", "ablative"),
    ("мен бен пен", _INS),
)
_KY = _suffixes(
    ("нын нин нун нүн дын дин дун дүн тын тин тун түн", _GEN),
    ("га ге го гө ка ке ко кө", _DAT),
    ("ны ни ну нү ды ди ду дү ты ти ту тү", _ACC),
    ("да де до дө та те то тө", _LOC),
    ("дан ден дон дөн тан тен тон төн", "ablative"),
    ("менен", _INS),
)

RULES: dict[str, tuple[Rule, ...]] = {
    "az": _AZ,
    "uz": _UZ,
    "tk": _TK,
    "kk": _KK,
    "ky": _KY,
    "ru": _RU,
    "uk": _UK,
    "be": _BE,
    "sr": _SR_CYRL + _SR_LATN + _SR_CYRL_POSSESSIVE + _SR_LATN_POSSESSIVE,
    "hr": _SR_LATN + _SR_LATN_POSSESSIVE,
    "bs": _SR_LATN + _SR_LATN_POSSESSIVE,
    "sl": _SL + _SL_POSSESSIVE,
    "pl": _PL,
    "cs": _CS + _CS_POSSESSIVE + _CS_FEMININE + _CS_ADJECTIVAL,
    "sk": _CS + _SK_POSSESSIVE + _CS_FEMININE + _CS_ADJECTIVAL,
    "bg": _BG_POSSESSIVE,
    "mk": _MK_POSSESSIVE,
    "lt": _LT,
    "lv": _LV,
    "fi": _FI + _FI_S_STEM,
    "et": _ET,
    "hu": _HU + _HU_DIGRAPH_INS,
    "de": (("s", "", POSSESSIVE_GENITIVE),),  # Klingbeils Haushalt, opening a sentence
    # and the Scandinavian genitive: Støres regjering, Frederiksens, Kristerssons
    **dict.fromkeys(("nb", "nn", "no", "da", "sv"), (("s", "", POSSESSIVE_GENITIVE),)),
    # Icelandic patronymics: -dóttir is -dóttur in the other cases, -son is -sonar, -syni
    # (Tómasdóttur, Bjarnasonar); the given names' cases change their vowels (Halla: Höllu)
    # and are left out.
    "is": (
        ("dóttur", "dóttir", "accusative/dative/genitive"),
        ("sonar", "son", _GEN),
        ("syni", "son", _DAT),
    ),
    "fr": (("ine", "in", _SILENT_E), ("ane", "an", _SILENT_E)),  # Poutine, Burhane
    # Albanian: names in -a (Rama): Ramës, Ramën; in a consonant (Putin): Putinit, Putinin;
    # in -i, which is already the definite ending (Meloni): Melonit, Melonin
    "sq": (
        ("ës", "a", _GEN),
        ("ën", "a", _ACC),
        ("it", "", _GEN),
        ("in", "", _ACC),
        ("it", "i", _GEN),
        ("in", "i", _ACC),
    ),
    "el": (
        ("η", "ης", _GA),
        ("α", "ας", _GA),
        # a woman's name in -ια, -ία takes -ς in the genitive (Μαρία: Μαρίας, Ράνια: Ράνιας)
        ("ιας", "ια", _GEN),
        ("ίας", "ία", _GEN),
        ("ου", "ος", _GEN),
        ("ο", "ος", _ACC),
        # ... and the same endings stressed, whose accent stays on them (Τσιτσιπάς:
        # Τσιτσιπά, Καραμανλής: Καραμανλή, Λαγός: Λαγού, Λαγό)
        ("ή", "ής", _GA),
        ("ά", "άς", _GA),
        ("ού", "ός", _GEN),
        ("ό", "ός", _ACC),
        *_EL_WOMANS,
    ),
}


# Slavic languages use the locative (prepositional) case only after a preposition: there
# ``Буше`` is Bush's locative only in ``о Буше``, ``при Джордже Буше``. (Baltic locatives
# stand alone: Lithuanian and Latvian are not listed.)
LOCATIVE = _LOC
DATIVE = _DAT
# The cases whose forms a name in -a shares with its locative (Russian Осаке, Polish Osace,
# Ukrainian Осаці are dative and locative alike; see forms.NOT_DATIVE).
DATIVE_LOCATIVE = frozenset((_DAT, _LOC, "dative/locative"))
# Prepositions meaning "in" are left out: after them a locative reads as a place named like
# the person (`в Борисове`, `w Borysowie`, the towns), which news writes far more often than
# a person "in" someone (`разочаровались в Путине`: the trade-off).
_SOUTH_SLAVIC = ("na", "o", "po", "pri", "prema", "на", "о", "по", "при", "према")
LOCATIVE_PREPOSITIONS: dict[str, frozenset[str]] = {
    language: frozenset(words)
    for language, words in {
        "ru": ("на", "о", "об", "обо", "при"),
        "uk": ("на", "о", "об", "по", "при"),
        "be": ("на", "аб", "пры", "па"),
        "pl": ("na", "o", "po", "przy"),
        "cs": ("na", "o", "po", "při"),
        "sk": ("na", "o", "po", "pri"),
        "sl": ("na", "o", "po", "pri"),
        "sr": _SOUTH_SLAVIC,
        "hr": _SOUTH_SLAVIC,
        "bs": _SOUTH_SLAVIC,
    }.items()
}


# Greek says a name's case by the article before it (a given name may stand between): a
# word in -ο after the nominative ο or the genitive του is no accusative of a name in -ος
# (``του Ρομπέρτο Μπολάνιο`` is Bolaño's genitive, not Bolaños' accusative ``τον Μπολάνιο``);
# after another article or word the accusative may stand.
ACCUSATIVE = _ACC
_GREEK_NOT_ACCUSATIVE = frozenset(("ο", "του"))
# Articles and prepositions after which an accusative may stand (``τον``, ``στον``, ``με``).
_GREEK_OTHER_WORDS = "τον το την τη της των οι τα στον στο στη στην στου σε με για από κατά προς"
_GREEK_OTHER_ARTICLES = frozenset(_GREEK_OTHER_WORDS.split())


def accusative_barred(raw: list[str], position: int, language: str | None) -> bool:
    """Whether the word at ``position`` of ``raw`` (a field's words as written) cannot be an
    accusative: in Greek, after the article ο or του, capitalised words (a given name)
    between; False in other languages."""
    if primary_language(language) != "el":
        return False
    for word in reversed(raw[max(0, position - _GREEK_ARTICLE_REACH) : position]):
        lower = word.lower()
        if lower in _GREEK_NOT_ACCUSATIVE:
            return True
        if lower in _GREEK_OTHER_ARTICLES or not word[:1].isupper():
            return False
    return False


_GREEK_ARTICLE_REACH = 3  # the article, a given name or two


def locative_prepositions(language: str | None) -> frozenset[str]:
    """The prepositions ``language`` puts before a locative (none: no such constraint)."""
    return LOCATIVE_PREPOSITIONS.get(primary_language(language), frozenset())


# Slavic names whose last vowel drops out of the other cases: the consonants it stands
# before, and the vowels it may be (Лубинец: Лубинца, Цыганок: Цыганка, Pavel: Pavla,
# Kaczmarek: Kaczmarka, Paweł: Pawła, Havlíček: Havlíčka, Лубінець: Лубінця). Polish
# drops it from foreign names in -el after a consonant as Czech does (Hegel: Hegla, Mendel:
# Mendla, Gödel: Gödla; not after a vowel: Daniel: Daniela).
# Croatian, Serbian, Bosnian and Slovene drop the a of a surname in -ac (Primorac: Primorca,
# Primorcu, Primorcem; Приморца), which Russian, Ukrainian and Belarusian news copy.
_FLEETING_A: tuple[tuple[str, str], ...] = (("c", "a"), ("ц", "а"))
_FLEETING: dict[str, tuple[tuple[str, str], ...]] = {
    "ru": (("цк", "ео"), ("ц", "а")),
    "uk": (("цк", "ео"), ("ц", "а")),
    "be": (("цк", "ео"), ("ц", "а")),
    "pl": (("kcłl", "e"),),
    "cs": (("kcl", "e"),),
    "sk": (("kcl", "e"),),
    "sr": _FLEETING_A,
    "hr": _FLEETING_A,
    "bs": _FLEETING_A,
    "sl": _FLEETING_A,
}
# A Czech word in -ovy is a possessive (Schillerovy Loupežníky, Nerudovy Povídky: Schiller's,
# Neruda's), not the genitive -y of a name in -a read as a woman's -ová surname, whose
# genitive is -ové (Schillerové): the a-stem genitive is not read after ov.
_A_GENITIVE = ("y", "a")
_POSSESSIVE_OVY = "ovy"
_SOFT = "ь"  # Ukrainian Лубінець: the soft sign stays after the consonant
# A name ending in a consonant, a soft sign or a й (a consonant: Лай declines Лая, Лаю, Лаем
# as Ын does Ына) keeps a stem of MIN_CONSONANT_STEM letters.
_CONSONANT_ENDINGS = ("", _SOFT, "й")


def base_forms(word: str, language: str | None) -> list[tuple[str, str]]:
    """(form, case name) pairs ``word`` may be an inflection of, in ``language``; empty when
    the language does not decline names here. The word itself is not included."""
    primary = primary_language(language)
    rules = RULES.get(primary)
    if not rules:
        return []
    lowered = word.lower()
    found: dict[str, str] = {}
    fleeting = _FLEETING.get(primary)
    for ending, replacement, case in rules:
        if not lowered.endswith(ending):
            continue  # most rules: tested before the stem's length is worked out
        if (ending, replacement) == _A_GENITIVE and lowered.endswith(_POSSESSIVE_OVY):
            continue  # Czech Schillerovy, Nerudovy: Schiller's, Neruda's (see _POSSESSIVE_OVY)
        kept = len(lowered) - len(ending) + _softened(ending, replacement)
        if kept < _min_stem(replacement):  # rarely: a short word, then the rule's own letters
            kept = len(lowered) - len(ending) + _kept_in_rule(ending, replacement)
        if kept >= _min_stem(replacement):
            stem = lowered[: len(lowered) - len(ending)]
            found.setdefault(stem + replacement, case)
            if fleeting and replacement in ("", _SOFT):
                for form in _with_fleeting_vowels(stem, fleeting):
                    found.setdefault(form + replacement, case)
    return list(found.items())


def _min_stem(replacement: str) -> int:
    """The fewest letters a stem keeps when its case ending gives way to ``replacement``."""
    return MIN_CONSONANT_STEM if replacement in _CONSONANT_ENDINGS else MIN_STEM


def _kept_in_rule(ending: str, replacement: str) -> int:
    """The stem's letters a rule writes in both its ending and its replacement (Polish
    ``owej`` for ``owa``: Lwowej is a stem lwow-, not lw-) or softened (see _softened)."""
    shared = 0
    while shared < min(len(ending), len(replacement)) and ending[shared] == replacement[shared]:
        shared += 1
    return max(shared, _softened(ending, replacement))


def _softened(ending: str, replacement: str) -> int:
    """The stem's last consonants that a case ending softened and ``replacement`` gives
    back (Polish ``Dudzie`` = Duda, ``Ramie`` = Rama, ``Luli`` = Lula: the stem is dud-,
    ram-, lul-, though the ending took its last letter); 0 for any other rule."""
    if not ending or ending[0] in _ANY_VOWEL:
        return 0
    for count, letter in enumerate(replacement):
        if letter in _ANY_VOWEL:
            return count
    return 0  # no vowel after: the replacement is an ending (Latvian -s), not a stem's


def _with_fleeting_vowels(stem: str, fleeting: tuple[tuple[str, str], ...]) -> list[str]:
    """``stem`` with each vowel that may have dropped out of a case put back (see _FLEETING:
    pairs of the consonants that lose one and the vowels it may be)."""
    return [form for pair in fleeting for form in _with_fleeting_vowel(stem, *pair)]


def _with_fleeting_vowel(stem: str, consonants: str, vowels: str) -> list[str]:
    """``stem`` with the vowel that drops out of a case put back before its last consonant,
    when that consonant can lose one and follows another consonant."""
    if len(stem) < 2 or stem[-1] not in consonants or stem[-2] in _ANY_VOWEL:
        return []
    return [stem[:-1] + vowel + stem[-1] for vowel in vowels]


_ANY_VOWEL = frozenset("aeiouyáéíóúýěåäöüąęаеёиоуыэюяіїєў")


# The endings of women's surnames in the languages that give them one (Исмаилова,
# Навальная, Нарышкина, Тимошенко stays; Nováková, Kowalska).
_WOMANS_SURNAME = {
    "ru": ("ова", "ева", "ёва", "ина", "ына", "ая"),
    "uk": ("ова", "єва", "ева", "іна", "ина", "ька"),
    "be": ("ава", "ова", "ева", "іна", "ына", "ая"),
    "bg": ("ова", "ева", "ина"),
    "cs": ("ová", "á"),
    "sk": ("ová", "á"),
    "pl": ("ska", "cka", "dzka", "owa"),
    "lt": ("ienė", "aitė", "ytė", "utė", "ūtė"),
}


def womans_surname(word: str, language: str | None) -> bool:
    """Whether ``word`` ends as a woman's surname does in ``language``."""
    return word.lower().endswith(_WOMANS_SURNAME.get(primary_language(language), ()))


# The genitive of East Slavic and Bulgarian men's surnames in -ов/-ев (Лаврова, Пескова):
# no woman's given name ends so, though a woman's surname does (see womans_surname).
_SURNAME_GENITIVE = {
    "ru": ("ова", "ева", "ёва"),
    "uk": ("ова", "єва", "ева"),
    "be": ("ава", "ова", "ева"),
    "bg": ("ова", "ева"),
}


def surname_genitive(word: str, language: str | None) -> bool:
    """Whether ``word`` ends as the genitive of a man's -ов/-ев surname in ``language``."""
    return word.lower().endswith(_SURNAME_GENITIVE.get(primary_language(language), ()))


# The oblique endings of a name in -a (Ресса, Сретта: Рессы, Рессой; Polish Ressy, Ressą)
# that no nominative takes, a woman's given name or surname included: such a word beside a
# woman's name is the term's own case (``Марии Рессы``), not hers spelled as a man's case.
# Not -у, -е, -и (foreign names keep them undeclined: Лулу, Рене, Мелони).
_A_STEM_OBLIQUE = {
    "ru": ("ы", "ой"),
    "uk": ("ою",),
    "be": ("ы",),
    "pl": ("y", "ą", "dzie", "cie", "rze", "dze"),  # and the dative's softened -e: Swobodzie
}


def a_stem_oblique(word: str, language: str | None) -> bool:
    """Whether ``word`` ends as an oblique case of a name in -a that no nominative takes."""
    return word.lower().endswith(_A_STEM_OBLIQUE.get(primary_language(language), ()))


@lru_cache(maxsize=1024)
def declines(language: str | None) -> bool:
    """Whether ``language`` has case rules here."""
    return primary_language(language) in RULES


@lru_cache(maxsize=1024)  # bounded: an article's language tag is input
def primary_language(language: str | None) -> str:
    """The primary subtag of a language tag, folded (``pt-BR`` -> ``pt``)."""
    return (language or "").casefold().replace("_", "-").split("-")[0]
