"""Whether the words after a sentence opener read as a subject's: a name opening a sentence
is usually its subject, followed by its verb (``Сырский заявил``, ``Zełenski powiedział``), an
auxiliary (``Džonson je izjavio``, ``Ševčenko se stal``), or a preposition, conjunction or
adverb and then a verb or another name (``Песков в понедельник заявил``, ``Путин и Си``); an
ordinary word opening one is followed by the rest of its phrase (``Рама окна``, ``Пышный
приём``, ``Kaczka po pekińsku``, ``Čáp bílý``, ``Čaša vode``).

Per language, from the words' forms: the endings of the past and present tense of Russian,
Ukrainian, Belarusian and Greek verbs, which few of their nouns share. In Polish, Czech,
Slovak, Serbian, Croatian, Bosnian and Slovenian only the past tense's (a participle's)
endings and a few of the present's are a verb's alone (``powiedział``, ``řekl``, ``rekao``,
``dejal``, ``informuje``); the present tense mostly ends as a genitive or an adjective does
(``mówi``, ``okna``; ``kaže``, ``vode``), so the commonest verbs of news in the third person,
the auxiliaries and the particles are listed as words, and a word not read so is still taken
for a verb when a preposition or a name follows it (a verb's object: ``Szuwałow uderza w
rząd``). Bulgarian and Macedonian have no such endings (an aorist ends
as a noun does: ``заяви``, ``изјави``), and an ordinary noun there is followed by a
preposition as a name is (``Рама на прозореца``, ``Лавров на брифинга заяви``): no tables.
Neither have the Romance languages and English (a verb there ends as an adjective or noun
does; an English noun's phrase starts before it). A language without tables reads every
opener as a subject (see :func:`opens_as_subject`), no opener is doubted; but Bulgarian's
clitics show a verb opening its clause (``Бия се за …``, see _VERB_CLITICS).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from typing import NamedTuple

from .cases import primary_language
from .serbian import to_cyrillic

# Serbian, Croatian and Bosnian share their verbs (in both the ekavian and ijekavian form):
# a past participle (``rekao``, ``izjavila``; a headline's without ``je``), and the present
# tense's -uje, -ava, -iva, -ira, -vlja (``upozorava``, ``kritizira``, ``predstavlja``: a
# genitive so ending, ``papira``, ``zdravlja``, only keeps an opener undoubted).
_SH_ENDINGS = "ao io eo uo la uje ava iva ira vlja"
_SH_WORDS = """
    je nije jeste će neće bi se si su ga mu joj im ih već takođe također isto ipak još
    ponovo ponovno opet ne ima nema mora može hoće želi treba kaže reče smatra tvrdi misli
    veruje vjeruje traži zahteva zahtijeva ističe navodi dodaje piše obećava negira odgovara
    pita poziva preti prijeti dolazi stiže odlazi vraća razgovara sastaje ostaje podnosi
    nudi predlaže čestita kritizira napada brani upozorava podržava odbija ponavlja govori
    veli objašnjava pozdravlja prima šalje dobija dobiva gubi vodi predvodi zna ide put puta
    daje priznaje prodaje predaje prestaje postaje predviđa očekuje uzvraća
    plaća shvaća obraća komentariše saopštava ocenjuje ocjenjuje odgovori
    reagira reaguje osuđuje optužuje demantuje odbacuje potvrđuje poručuje napušta napusti
    preuzima preuzme umire
    spreman spremna siguran sigurna uveren uvjeren uverena uvjerena zadovoljan zadovoljna
    zabrinut zabrinuta protiv
    """
_SH_LEADS = """
    u na sa s iz za od do po o pri prema pred pod nad kod bez tokom tijekom posle poslije
    nakon uoči i a ali ili te kao juče jučer danas sutra ranije kasnije
    """
# Endings of a verb's past tense (gender and number, reflexive) and of its present tense's
# third person, per language; a word ending so reads as a verb (a noun or adjective ending
# so too only keeps an opener undoubted). In the West and South Slavic languages a
# person's past tense (-ł, -l, -o, -la; no plural or neuter: one name is a singular
# subject, a conjunction joins two) and the present tense's endings few nouns have (-uje;
# Polish -aje, -eje, -ywa, -ega, -dzi; Czech and Slovak -ává, -áva...).
_ENDINGS = {
    # and a man's past tense without its -л (``отверг``, ``сжёг``, ``привлёк``, ``принёс``,
    # ``привёз``), endings few nouns have
    "ru": "л ла ло ли лся лась лось лись ет ёт ит ут ют ат ят ется ётся ится утся ются атся ятся"
    " ерг ёг ёк ёс ёз",
    "uk": "в ла ло ли вся лася лося лися е є ть ться",
    "be": "ў ла ло лі ўся лася лося ліся е ць цца",
    "el": "ει εί ε ά αν ουν ούν ται νται ηκε ήκε θηκε θήκε",  # with and without the accent
    "pl": "ł ła łby łaby uje ują aje eje ywa iwa ega dzi",
    "cs": "l la uje ují ává ívá ývá",
    "sk": "l la uje ujú áva íva ýva",
    "sr": f"{_SH_ENDINGS} {to_cyrillic(_SH_ENDINGS)}",
    "hr": _SH_ENDINGS,
    "bs": _SH_ENDINGS,
    "sl": "l la uje ira vlja",
}
# Particles and auxiliaries a verb follows, common verbs without a telling ending, and the
# short adjectives and participles a subject takes as its predicate (``Лавров прав``). A
# word that may be a verb is listed (a name must stay found): ``raz`` of Polish ``po raz
# pierwszy`` and ``put`` of Serbian ``po prvi put`` stand for the verb after them, beyond a
# lead's reach.
_WORDS = {
    "ru": """
        мог смог помог умер вырос
        не уже также тоже вновь ещё снова прав права правы готов готова готовы уверен
        уверена уверены должен должна должны согласен согласна согласны рад рада намерен
        намерена вынужден вынуждена убеждён убежден убеждена обеспокоен обеспокоена против
        """,
    "uk": "міг зміг допоміг помер приніс виріс не вже також теж знову ще правий права готовий"
    " готова впевнений впевнена повинен"
    " повинна згоден згодна радий рада змушений змушена проти",
    "be": "не ўжо таксама зноў яшчэ кажа піша хоча можа",
    "el": "θα δεν να έχει είχε είναι ήταν",
    "pl": """
        nie się jest będzie to ma może musi chce powinien powinna już też także również
        jednak zaś natomiast wciąż nadal ponownie znów znowu raz mówi powie twierdzi uważa
        sądzi ocenia zapowiada zapowie zapewnia ostrzega podkreśla przyznaje dodaje pisze
        napisze wzywa grozi żąda domaga odpowiada odpowie odrzuca oskarża zaprzecza
        potwierdza ogłasza ogłosi oświadcza stwierdza zaznacza przypomina wyjaśnia tłumaczy
        liczy wierzy wie zna woli zamierza prosi pyta spotka spotyka odwiedzi odwiedza
        przyjedzie przyjeżdża przyleci leci jedzie wraca wróci rozmawia porozmawia podpisze
        zostaje zostanie staje stanie traci wygra przegra odchodzi odejdzie ujawnia zdradza
        pomaga wymaga osiąga wyklucza zgadza sprzeciwia obawia spodziewa zaprasza zwołuje
        wysyła przekazuje podejmuje przedstawia przygotowuje kieruje rządzi walczy patrzy
        dotyczy zależy służy leży mieszka czeka szuka pracuje rozpoczyna zaczyna
        kończy skończy przypomni wspomina nazywa deklaruje uspokaja obejmie opuszcza opuści
        odpiera wspiera popiera zabiera wybiera otwiera zamyka umiera przybędzie uczestniczy
        przyjmie
        daje da bierze weźmie idzie pójdzie robi zrobi widzi przejmie składa złoży zwraca
        zwróci broni chwali przeprasza gotów gotowy gotowa pewien pewny pewna przekonany
        przekonana zadowolony zadowolona zaniepokojony zaniepokojona przeciw przeciwko
        """,
    "cs": """
        se si je není bude nebude by už již také též rovněž však stále znovu opět má nemá
        chce nechce může nemůže musí říká řekne tvrdí uvádí míní soudí hodnotí slibuje
        vyzývá žádá odmítá odmítne popírá přiznává dodává píše napíše navštíví přijede
        přijíždí odjíždí jede letí odletí vrací vrátí jedná hovoří mluví podepíše zůstává
        zůstane končí skončí odchází odejde vyhrává prohrává vede povede přebírá převezme
        dostává dostane získává získá ví zná věří doufá počítá chystá nabízí odpovídá
        prohlašuje prohlásí oznámí sdělí sděluje upozorňuje vzkazuje zdůrazňuje připouští
        vylučuje kritizuje obviňuje vyjadřuje navrhuje požaduje varuje
        pokračuje začíná zahajuje ukončuje vyzve přijme přijímá podpoří podporuje brání
        útočí vítá oceňuje lituje čelí hájí řídí vládne bojuje opouští opustí odráží
        odstoupí nastoupí vystoupí vyjde účastní
        odpoví hrozí chválí děkuje blahopřeje omlouvá připraven připravena ochoten ochotna
        přesvědčen přesvědčena spokojen spokojena proti
        """,
    "sk": """
        sa si je nie bude nebude by už tiež takisto rovnako však stále opäť znovu má nemá
        chce nechce môže nemôže musí hovorí povie tvrdí uvádza myslí hodnotí vyzýva žiada
        odmieta odmietne popiera priznáva dodáva píše napíše navštívi príde prichádza
        odchádza odíde letí vracia vráti rokuje podpíše zostáva zostane končí skončí
        vyhráva prehráva vedie preberá prevezme dostáva dostane získava získa vie pozná verí
        vyhlasuje vyhlási oznámi oznamuje upozorňuje zdôrazňuje pripúšťa vylučuje kritizuje
        obviňuje vyjadruje navrhuje požaduje varuje pokračuje začína prijme prijíma podporí
        podporuje bráni útočí víta oceňuje ľutuje čelí riadi vládne bojuje opúšťa opustí
        odráža odstúpi nastúpi vystúpi zúčastní
        dúfa počíta chystá ponúka odpovedá odpovie hrozí chváli blahoželá pripravený
        pripravená ochotný ochotná presvedčený presvedčená spokojný spokojná proti
        """,
    "sr": f"{_SH_WORDS} {to_cyrillic(_SH_WORDS)}",
    "hr": _SH_WORDS,
    "bs": _SH_WORDS,
    "sl": """
        je ni bo bi se si sta ga mu ji jim jih že tudi prav še spet znova pa ne ima nima
        mora lahko more hoče želi pravi meni trdi opozarja poziva zahteva zavrača zanika
        priznava dodaja piše obišče pride prihaja odhaja vrača vrne podpiše ostaja ostane
        predlaga ponuja čestita obsoja kritizira napada brani odgovarja sporoča poudarja
        vodi dobi izgubi zmaga kandidira namerava ve pripravljen pripravljena prepričan
        svari opozori napove napoveduje pojasni pojasnjuje sporoči zatrdi zagotavlja
        ugotavlja poudari obsodi pozdravi zavrne podpira nasprotuje odstopi odide
        prevzame sprejme sprejema pričakuje upa verjame misli dvomi vztraja zahvali zapušča
        zapusti umre
        prepričana zadovoljen zadovoljna zaskrbljen zaskrbljena proti
        """,
}
# Languages whose present tense the tables above tell only in part (from the words listed):
# a word they do not read as a verb may still be one. Followed by a lead word or a name it
# is taken for one (``Szuwałow uderza w rząd``, ``Šuvalov kárá Moskvu``: a verb and its
# object), as an ordinary word's modifier seldom is (``Čáp bílý přiletěl``).
_PRESENT_UNTOLD = frozenset({"pl", "cs", "sk", "sr", "hr", "bs", "sl"})
# Endings of adverbs (``opakovaně``, ``otwarcie``, ``oštro``) that may stand between a
# subject and its verb, as the lead words below may: a verb or a name comes after them.
_LEAD_ENDINGS = {
    "pl": "nie cie o",
    "cs": "ě cky sky",
    "sk": "ne cky sky",
    "sr": f"no ro {to_cyrillic('no ro')}",
    "hr": "no ro",
    "bs": "no ro",
    "sl": "no ro",
}
# Prepositions, conjunctions and adverbs that may stand between a subject and its verb.
_LEADS = {
    "ru": """
        в во на с со к ко по за из от до у о об обо при про для без над под перед через после
        между и а но или также тоже ранее вчера сегодня позже впервые уже вновь снова ещё
        """,
    "uk": """
        в у на з із зі до від по за про для без над під перед через після між при і й та а
        але або також раніше вчора сьогодні пізніше вперше вже знову ще
        """,
    "be": "у ў на з са да ад па за пра для без над пад перад праз пасля і й а але або таксама",
    "el": """
        σε στο στη στον στην στους στις στα από για με κατά μετά προς χωρίς και αλλά ή
        επίσης χθες σήμερα
        """,
    "pl": """
        w we na z ze do od po za o u przy przed pod nad dla bez podczas wobec według wraz
        oraz i a ale lub albo czy ani wczoraj dziś dzisiaj jutro wcześniej później wreszcie
        niedawno ostatnio
        """,
    "cs": """
        v ve na s se z ze k ke do od po za o u při před pod nad pro bez během podle a i ani
        nebo ale včera dnes zítra dříve později poprvé nyní
        """,
    "sk": """
        v vo na s so z zo k ku do od po za o u pri pred pod nad pre bez počas podľa a i ani
        alebo ale včera dnes zajtra predtým neskôr prvýkrát teraz
        """,
    "sr": f"{_SH_LEADS} {to_cyrillic(_SH_LEADS)}",
    "hr": _SH_LEADS,
    "bs": _SH_LEADS,
    "sl": """
        v na z s iz k h do od po za o pri pred pod nad med brez ob in ter ali a vendar
        včeraj danes jutri prej kasneje pozneje prvič
        """,
}
# The preposition of a purpose ("for"), which opens a noun's modifier (``Пена для бритья``,
# ``Рама для картины``, ``Krem dla dzieci``): right after an opener and before two
# lower-case words it shows an ordinary noun; a subject's "for" names an outlet (``Рама для
# RT: …``, ``Лавров для журнала «Международная жизнь»``).
_PURPOSES = {"ru": "для", "uk": "для", "be": "для дзеля", "pl": "dla"}
# How many words after an opener's lead word a verb or a name may come.
LEAD_REACH = 2


class _Tables(NamedTuple):
    verb_endings: re.Pattern[str]
    verbs: frozenset[str]
    leads: frozenset[str]
    lead_endings: re.Pattern[str] | None
    present_untold: bool
    purposes: frozenset[str]


def _endings(endings: str) -> re.Pattern[str]:
    """The ``endings`` (separated by white space) as one pattern, the longest first."""
    return re.compile(f"(?:{'|'.join(sorted(set(endings.split()), key=len, reverse=True))})$")


@lru_cache(maxsize=64)  # bounded: an article's language tag is input
def _tables(language: str | None) -> _Tables | None:
    """The language's verb endings as one pattern, its particles and verbs, its lead
    words and their endings; None for a language without tables."""
    code = primary_language(language)
    endings = _ENDINGS.get(code)
    if endings is None:
        return None
    leads = _LEAD_ENDINGS.get(code)
    return _Tables(
        _endings(endings),
        frozenset(_WORDS.get(code, "").split()),
        frozenset(_LEADS[code].split()),
        _endings(leads) if leads else None,
        code in _PRESENT_UNTOLD,
        frozenset(_PURPOSES.get(code, "").split()),
    )


# Bulgarian's pronoun clitics stand right before their verb, or right after it when the
# verb opens the clause (they never open one): after a subject a clitic is followed by its
# verb (``Радев се срещна``), so a clitic followed by a preposition or a conjunction
# follows its verb (``Бия се за всеки лев``, I fight for every lev). Not Serbian, Croatian
# or Czech, whose clitics stand second in the clause, apart from the verb.
_VERB_CLITICS = {"bg": "се си ме те го ни ви ги му им"}
_CLITIC_BREAKS = {
    "bg": """
        за на в във с със от до по при към над под пред през без след между срещу около
        и а но или нито че като ако когато защото
        """
}


# Portuguese, Spanish and Italian: a bare noun opening a sentence may take a participle
# and then its verb (``Cabelo cacheado exige cuidados``, curly hair needs care); a name
# opening a headline with a participle goes on with the participle's agent, place or
# time (``Bolsonaro internado às pressas``, ``Maduro acusado de …``), seldom with a verb.
# The participles' endings, and the words that may follow one in a headline: prepositions
# and their contractions, articles, conjunctions, a few adverbs.
_PARTICIPLES = {
    "pt": "ado ada ados adas ido ida idos idas",
    "es": "ado ada ados adas ido ida idos idas",
    "it": "ato ata ati ate ito ita iti ite uto uta uti ute",
}
_PARTICIPLE_BREAKS = {
    "pt": """
        de do da dos das em no na nos nas num numa por pelo pela pelos pelas para pra a ao
        à aos às com sem sob sobre após ante até entre contra desde e ou mas o os as um uma
        hoje ontem já ainda novamente não
        """,
    "es": """
        de del en por para a al con sin sobre tras ante bajo entre contra hacia desde hasta
        según y e o u pero el la los las un una hoy ayer ya aún todavía nuevamente no
        """,
    "it": """
        di del dello della dei degli delle in nel nello nella nei negli nelle per a al allo
        alla ai agli alle da dal dallo dalla dai dagli dalle con su sul sullo sulla sui
        sugli sulle tra fra contro verso e ed o ma il lo la i gli le un uno una oggi ieri
        già ancora di nuovo non
        """,
}
_LEAST_PARTICIPLE = 5  # letters: not a short word so ending (``nada``, ``vida``)
# The tables above as sets and tuples, built once.
_CLITIC_SETS = {code: frozenset(words.split()) for code, words in _VERB_CLITICS.items()}
_CLITIC_BREAK_SETS = {code: frozenset(words.split()) for code, words in _CLITIC_BREAKS.items()}
_PARTICIPLE_ENDINGS = {code: tuple(endings.split()) for code, endings in _PARTICIPLES.items()}
_PARTICIPLE_BREAK_SETS = {
    code: frozenset(words.split()) for code, words in _PARTICIPLE_BREAKS.items()
}


def doubts_openers(language: str | None) -> bool:
    """Whether :func:`opens_as_subject` can tell a subject's words in ``language``."""
    code = primary_language(language)
    return _tables(language) is not None or code in _VERB_CLITICS or code in _PARTICIPLES


def _noun_and_participle(following: Sequence[str], language: str | None) -> bool:
    """Whether ``following`` (the words after an opener) are a participle and a lower-case
    word no participle's headline goes on with (see _PARTICIPLES): a bare noun's phrase
    and its verb."""
    code = primary_language(language)
    endings = _PARTICIPLE_ENDINGS.get(code)
    if endings is None or len(following) < 2:
        return False
    participle, after = following[0], following[1].lower()
    return (
        len(participle) >= _LEAST_PARTICIPLE
        and participle.endswith(endings)
        and after[:1].isalpha()
        and following[1][:1].islower()
        and not after.endswith("mente")
        and after not in _PARTICIPLE_BREAK_SETS[code]
    )


def _before_its_clitic(following: Sequence[str], language: str | None) -> bool:
    """Whether ``following`` (the words after an opener) are a clitic and then a word
    no verb is (see _VERB_CLITICS): the opener is the clitic's verb."""
    code = primary_language(language)
    clitics = _CLITIC_SETS.get(code)
    return (
        clitics is not None
        and len(following) > 1
        and following[0] in clitics
        and following[1] in _CLITIC_BREAK_SETS[code]
    )


def _a_purpose(following: Sequence[str], purposes: frozenset[str]) -> bool:
    """Whether ``following`` open with a purpose's preposition and two lower-case words
    (``для бритья подорожала``); an outlet's noun and its name follow a subject's
    (``Лавров для журнала «Международная жизнь»``, ``Zelensky dla tygodnika Time``)."""
    return (
        len(following) > 2
        and following[0].lower() in purposes
        and following[1][:1].islower()
        and following[2][:1].islower()
    )


def opens_as_subject(following: Sequence[str], language: str | None) -> bool:
    """Whether ``following`` (the words after a sentence opener, as written, up to
    1 + LEAD_REACH) read as its subject's: a verb, or a lead word and then, within
    LEAD_REACH words (a preposition's noun between: ``в понедельник заявил``), a verb or
    a capitalised word; in a language whose present tense the tables tell only in part, a
    word not read as a verb followed by a lead word or a capitalised one (True in a
    language without tables, but a verb's clitic before a preposition in Bulgarian and a
    participle before a verb in Portuguese, Spanish and Italian);
    not a purpose's preposition and a lower-case word (a noun's
    modifier). A mark parting two of the words is passed as "", the words after it left
    out."""
    tables = _tables(language)
    if tables is None or not following:
        return not (
            _before_its_clitic(following, language) or _noun_and_participle(following, language)
        )
    pattern, verbs, leads, lead_endings, present_untold, purposes = tables
    if _a_purpose(following, purposes):
        return False  # a noun's purpose: ``Пена для бритья``
    for i, word in enumerate(following[: 1 + LEAD_REACH]):
        if not word[:1].islower():
            # After a lead word: a name or a number, or a mark ("", see the caller) ending
            # a headline's phrase (``Лавров о переговорах: …``); a mark right after the
            # lead word ends an ordinary word's phrase (``Качка по-пекінськи — …``).
            return i > 1 or (i == 1 and word != "")
        lowered = word.lower()
        if lowered in verbs or pattern.search(lowered) is not None:
            return True
        adverb = (lead_endings is not None and lead_endings.search(lowered) is not None) or (
            "-" in lowered and lowered.split("-", 1)[0] in leads  # ``по-прежнему``, ``из-за``
        )
        if i == 0 and lowered not in leads and not adverb:
            if present_untold and len(following) > 1 and following[1]:
                after = following[1]
                return not after[:1].islower() or after.lower() in leads
            return False  # the phrase of an ordinary word: ``Рама окна``
    return False
