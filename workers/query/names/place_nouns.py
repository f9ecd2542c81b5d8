"""Places named by a noun beside them: ``река Саар``, ``поблизу села Кислиця``, ``Жители
Кариса``, ``في مدينة العطاف``, ``στο χωριό Μπούκα``, ``Смотрич — посёлок``, ``Медынский
район``, ``la ville de Mahrès``.

Slavic languages, Greek and Arabic write a river, village, island or mountain (and a planet,
an asteroid or a comet: ``планеты Венера``, ``كوكب زحل``; a beach, a peninsula, a training
ground or an award: ``пляж Бонди``, ``χερσόνησος Γιαμάλ``, ``полигон Мулино``, ``جائزة
نوبل``) as its noun and then its name, and the residents of a place as a noun and the
place's genitive; a definition gives the noun after a dash or "is"; Russian and Ukrainian
name a district or an avenue by an adjective in -ский, the form of many surnames; and a
place of several words may open with "saint", "port" or "new" (``Санта-Крус``, ``بور
سعيد``). A word so placed that a name term finds only as another spelling, script or case is
the place's name, not the person's (the name as written still counts, as it does anywhere).
Nouns that also stand before a person's title or office are not listed before a name
(``глава города Иванов``, ``мэр района``): town, city, district and region; nor Greek
``όρους``, also "terms". After Russian or Ukrainian "into" or "to", a man's surname in its
bare form is a town (``прибыл в Камышин``): a person there takes the genitive's form
(``выстрелил в Камышина``). After "month" (and "of"), in any script but Cyrillic, a word is
a month of another calendar (``the month of Radjab``, ``im Monat Nissan``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from functools import lru_cache

from ..analysis import FieldText
from .capitals import hyphenated, joined, opens_sentence
from .cases import base_forms, primary_language
from .forms import NO_CASES, NOT_DATIVE, article_keys
from .places import one_word_place

_RUSSIAN = (
    "река реки реке реку рекой озеро озера озере гора горы горе гору остров острова острове"
    " село села селе селом деревня деревни деревне деревню посёлок поселок посёлка поселка"
    " посёлке поселке станица станицы станице хутор хутора хуторе аул аула ауле кишлак"
    " кишлака залив залива заливе пролив пролива мыс мыса полуостров полуострова долина"
    " долины долине вулкан вулкана пустыня пустыни перевал перевала курорт курорта"
    " жители жителей жителям житель жительница уроженец уроженка"
    " планета планеты планете планету планетой астероид астероида комета кометы"
    # beaches, peninsulas and islands in their other cases, training grounds (``на полигоне
    # Мулино``, a village's name)
    " пляж пляжа пляже пляжу пляжем полуострове полуострову полуостровом острову островом"
    " полигон полигона полигоне полигону полигоном"
    # a bank or shore and a gorge, before their river's, lake's or sea's genitive
    # (``берега Амура``, ``ущелье Бакси``)
    " берег берега берегу береге берегом берегов берегам ущелье ущелья ущелье ущельем"
    # a territory (Congo's and Canada's unit, and "the territory of": ``территории Масиси``);
    # no office is held over one
    " территория территории территорию территорией"
)
_UKRAINIAN = (
    "річка річки річці річку річкою ріка ріки озеро озера озері гора гори горі острів"
    " острова острові село села селі селом селище селища селищі хутір хутора затока затоки"
    " долина долини вулкан вулкана пустеля пустелі мешканці мешканців жителі жителів"
    " уродженець уродженка планета планети планеті планету планетою астероїд комета"
    " пляж пляжу пляжі пляжем півострів півострова півострові півостровом островом"
    " полігон полігону полігоні полігоном"
    " берег берега березі берегом берегів берегам ущелина ущелини ущелині"
    " територія території територію територією"
)
_BELARUSIAN = (
    "рака ракі рацэ возера возеры вёска вёскі вёсцы востраў жыхары жыхароў бераг берага"
    " беразе берагі"
)
_BULGARIAN_MACEDONIAN = (
    "река реката реки село селото селата язовир язовира връх върха остров острова езеро"
    " езерото планина планината жители жителите планета планетата"
    # beach, peninsula, training ground, and an award (Bulgarian has no cases: a person's
    # award is ``наградата на``, the name after the bare noun is the award's)
    " плаж плажа плажът полуостров полуострова полуостровът полигон полигона полигонът"
    " награда наградата"
    " бряг брега брегът брегове ждрело ждрелото"
)
_SERBIAN = (
    "река реке реку реци село села селу језеро језера планина планине острво острва"
    " reka reke reku reci rijeka rijeke rijeku rijeci selo sela selu jezero jezera planina"
    " planine otok otoka otoku ostrvo ostrva mještani meštani stanovnici планета планете"
    " planeta planete planetu плажа плаже плажи plaža plaže plaži полуострво полуострва"
    " poluostrvo poluostrva poluostrvu poluotok poluotoka poluotoku полигон полигона"
    " poligon poligona poligonu"
)
_POLISH = (
    "rzeka rzeki rzece rzekę wieś wsi miejscowość miejscowości jezioro jeziora jeziorze góra"
    " góry wyspa wyspy wyspie zatoka zatoki mieszkańcy mieszkańców planeta planety planecie"
    " planetę planetą plaża plaży plażę półwysep półwyspu półwyspie poligon poligonu"
    " poligonie"
)
_CZECH_SLOVAK = (
    "řeka řeky řece řeku obec obce obci vesnice vesnici vrch vrchu hora hory ostrov ostrova"
    " jezero jezera rieka rieky rieke dedina dediny obyvatelé obyvatelia planeta planety"
    " planetě planetu planéta planéty planéte planétu pláž pláže pláži poloostrov"
    " poloostrova poloostrově polostrov polostrova polostrove"
)
# Greek nouns whose place follows in the genitive with its article (``το φαράγγι της
# Σαμαριάς``, ``στις όχθες του Έβρου``): a river or gorge, never a person's.
_GREEK_GENITIVE_NOUNS = frozenset(
    ("όχθη", "όχθης", "όχθες", "όχθεων", "φαράγγι", "φαραγγιού", "φαράγγια")
)
_GREEK = (
    "ποταμός ποταμού ποταμό λίμνη λίμνης χωριό χωριού νησί νησιού νήσος νήσου όρος"
    " κωμόπολη κωμόπολης κάτοικοι κατοίκων πλανήτης πλανήτη"
    # beach, peninsula, and an award (``το βραβείο Νόμπελ``: a person's is ``του``'s)
    " παραλία παραλίας χερσόνησος χερσονήσου χερσόνησο βραβείο βραβείου βραβεία"
    # an area, its name right after it (``την περιοχή Μασίσι``; a person's takes the
    # genitive's article: ``η περιοχή του Πούτιν``)
    " περιοχή περιοχής περιοχές"
    # a bank and a gorge, before their river's genitive (``όχθες του Έβρου``, its article
    # between: see _after_a_greek_genitive_noun)
    " " + " ".join(_GREEK_GENITIVE_NOUNS)
)
_GREEK_GENITIVE_ARTICLES = frozenset(("του", "της", "των"))
# Arabic: city, town, village, river, mountain, lake, island, province, area, valley, camp,
# residents, planet, and a country's republic, kingdom and national team (منتخب كرواتيا)
# (not ولاية, a state but also a term of office: ولاية ترامب); a conjunction and a
# preposition may be written onto the noun (بمدينة).
_ARABIC = "مدينة بلدة قرية نهر جبل بحيرة جزيرة محافظة منطقة وادي مخيم سكان أهالي كوكب"
_ARABIC += " جمهورية مملكة منتخب"
# beach, coast, and an award (جائزة نوبل)
_ARABIC += " شاطئ شواطئ ساحل جائزة"
# French, Spanish, Italian, Portuguese: mountain, lake, volcano, cape, written lower case
# before the place's name (``le mont Rainier``, ``el lago Titicaca``, ``il monte Bianco``).
_ROMANCE = "mont lac volcan monte lago volcán vulcano vulcão cabo capo"
_NOUNS = {
    "ru": _RUSSIAN,
    "uk": _UKRAINIAN,
    "be": _BELARUSIAN,
    **dict.fromkeys(("bg", "mk"), _BULGARIAN_MACEDONIAN),
    **dict.fromkeys(("sr", "hr", "bs", "sl", "me", "sh"), _SERBIAN),
    "pl": _POLISH,
    **dict.fromkeys(("cs", "sk"), _CZECH_SLOVAK),
    "el": _GREEK,
    **dict.fromkeys(("ar", "fa", "ur"), _ARABIC),
    **dict.fromkeys(("fr", "es", "it", "pt"), _ROMANCE),
}
# French, Spanish, Italian, Portuguese name a town by its noun and "of" before the name
# (``la ville de Mahrès``, ``la ciudad de Ica``, ``la città di Lecce``, ``a vila de
# Sintra``); a person is no town's "of" (a villa, Italian ``villa di``, is a house: not
# listed).
_ROMANCE_TOWN_WORDS = """
    ville village commune bourgade localité ciudad pueblo localidad municipio città cittadina
    paese comune borgo cidade vila aldeia município
    habitants habitantes abitanti
"""
_ROMANCE_TOWNS = frozenset(_ROMANCE_TOWN_WORDS.split())
_ROMANCE_OF = frozenset(("de", "d", "di", "do", "da"))
_APOSTROPHES = ("'", "’")
# English mountain, lake and cape nouns, capitalised as the first word of the place's name
# (``Mount Rainier``, ``Lake Tana``, ``Cape Verde``), which other Latin-script news keep
# (``am Mount Rainier``): no person's name follows them.
_CAPITALISED_PLACE_NOUNS = frozenset(("Mount", "Mt", "Lake", "Cape"))
_ARABIC_NOUNS = frozenset(_ARABIC.split())
# After a dash, in the nominative: town, city, district, region (see _defined_as_a_place).
_TOWNS = (
    "город городок район область регион місто містечко град община grad miasto gmina město"
    " okres mesto πόλη δήμος"
)
_DEFINED_AS = frozenset(_TOWNS.split())
_DASHES = ("—", "–", " - ")
# "Is" before a definition's noun (Polish also writes "to"; Russian "это" after a dash).
_COPULAS = frozenset(("je", "jest", "to", "е", "је", "є", "это", "είναι"))
_ADJECTIVE_ENDINGS = ("ский", "цкий", "ський", "цький")
# Masculine nouns an adjective of a place names (Russian, Ukrainian), lower case.
_NAMED_NOUNS = (
    "район округ край уезд проспект университет театр завод мост вокзал парк собор"
    " монастырь сельсовет переулок бульвар полуостров хребет заповедник"
    " університет міст монастир півострів заповідник"
)
_NAMED_BY_ADJECTIVE = frozenset(_NAMED_NOUNS.split())
# First words of places of several words, as Cyrillic writes them before a hyphen (Santa
# Cruz, Puerto Cabello, Port Said, New Jersey, Los Angeles, Sankt-Peterburg, Mazar-i-Sharif,
# Buenos Aires, Rio de Janeiro) and Arabic before a space.
_PREFIXES = (
    "сан санта санто сен сент санкт порт порту пуэрто нью лос лас форт монте рио буэнос"
    " мазари баден кейп пальма ла"
    # the combining forms of Slavic adjectives that open a hyphenated place or monastery
    # (``Свято-Даниловом монастыре``, ``Ново-Огарёво``, ``Верхне-Троицкое``)
    " свято ново старо верхне нижне велико мало красно бело черно средне северо южно"
    " западно восточно нова стара верхньо нижньо біло чорно"
)
_PLACE_PREFIXES = frozenset(_PREFIXES.split())
_ARABIC_PLACE_PREFIXES = frozenset(("بور", "سان", "سانت", "سانتا", "نيو", "لوس", "لاس"))
_ARABIC_PREFIXES = ("", "وب", "ول", "فب", "فل", "و", "ف", "ب", "ل")
_ARABIC_NOUN_FORMS = frozenset(p + noun for p in _ARABIC_PREFIXES for noun in _ARABIC_NOUNS)


@lru_cache(maxsize=64)  # bounded: an article's language tag is input
def _nouns(language: str) -> frozenset[str]:
    return frozenset(_NOUNS.get(language, "").split())


def names_a_place(
    text: FieldText,
    position: int,
    language: str | None,
    oblique: Callable[[int], bool] = lambda p: False,
) -> bool:
    """Whether the word at ``position`` of ``text`` is a place's name by the noun before it
    (``река Саар``), the noun a dash or "is" defines it by (``Смотрич — посёлок``; only a
    word read as the name in its nominative: ``oblique`` tells one read so only in an
    oblique case, a subject of no definition: ``Podľa Karácsonyho je mesto…``, according
    to Karácsony the city is…), the noun its -ский adjective names (``Медынский район``)
    or the first word of the place it closes (``Санта-Крус``)."""
    return (
        _after_a_place_noun(text, position, language)
        or _compound_after_a_place_noun(text, position, language)
        or _greek_place_of_a_region(text, position, language)
        or _after_a_greek_genitive_noun(text, position, language)
        or _after_a_town_noun_and_of(text, position)
        or (_defined_as_a_place(text, position, language) and not oblique(position))
        or _adjective_of_a_place(text, position)
        or _after_a_place_prefix(text, position)
        or _town_after_into(text, position, language)
        or _after_a_month_noun(text, position)
        or _after_a_neuter_plural(text, position, language)
        or _known_place_in_case(text, position, language)
        or _place_within_a_place(text, position, language)
        or (_town_in_a_described_town(text, position) and not oblique(position))
    )


# "In the (Texan, small) town of": Russian, Ukrainian and Belarusian "in" and an adjective of
# a place or of a town's kind in the locative before a town's noun (``в техасском городе
# Гарланд``, ``у невеликому місті Клінтон``): the name after them in its nominative is the
# town's. A town's noun alone is not read so (``глава города Иванов``, ``В городе Собянин
# открыл``): the adjective says the town is described, as one of a person's is not.
_TOWN_LOCATIVES = frozenset(
    ("городе", "городке", "місті", "містечку", "горадзе", "гарадку", "мястэчку")
)
_PLACE_ADJECTIVE_ENDINGS = ("ском", "цком", "ському", "цькому", "скім", "цкім")
_TOWN_KIND_WORDS = (
    "небольшом маленьком крошечном курортном портовом приграничном одноимённом"
    " одноименном старинном невеликому маленькому курортному портовому"
    " прикордонному однойменному"
)
_TOWN_KINDS = frozenset(_TOWN_KIND_WORDS.split())
_IN_A_TOWN = frozenset(("в", "во", "у", "ў"))
_TOWN_ADJECTIVES = 2  # adjectives between "in" and the town's noun


def _town_in_a_described_town(text: FieldText, position: int) -> bool:
    """Whether the word at ``position`` follows "in", one or two adjectives of a place or a
    town's kind and a town's noun in the locative (see _TOWN_LOCATIVES), spaces between."""
    raw = text.raw
    noun = position - 1
    if noun < 2 or raw[noun] not in _TOWN_LOCATIVES or not joined(text, noun):
        return False
    for k in range(noun - 1, max(-1, noun - 2 - _TOWN_ADJECTIVES), -1):
        if not joined(text, k):
            return False
        word = raw[k].lower()
        if word in _IN_A_TOWN:
            return k < noun - 1
        if not (word.endswith(_PLACE_ADJECTIVE_ENDINGS) or word in _TOWN_KINDS):
            return False
    return False


_COMPOUND_PARTS = 3  # parts of a hyphenated place looked back over (``Сен-Жан-де-Люз``)


def _compound_start(text: FieldText, position: int) -> int:
    """The first part of the capitalised hyphenated word whose later part is at ``position``
    (``Хуан-Фернандес``: Хуан), or ``position`` itself: the noun before a place of several
    parts names them all (``Острова Хуан-Фернандес``)."""
    start = position
    while (
        start > 0
        and position - start < _COMPOUND_PARTS
        and text.raw[start - 1][:1].isupper()
        and hyphenated(text, start - 1)
    ):
        start -= 1
    return start


def _compound_after_a_place_noun(text: FieldText, position: int, language: str | None) -> bool:
    """Whether the word at ``position`` is a later part of a hyphenated word right after a
    place's noun (``Острова Хуан-Фернандес``, see _compound_start)."""
    start = _compound_start(text, position)
    return start < position and _after_a_place_noun(text, start, language)


# Greek "in the" (feminine and neuter) before a village or town, and the genitive article
# before its region's name after it (``Στη Μελία του Έβρου``, ``στο Καστρί της Κρήτης``): a
# place within its region. A person there takes the masculine or stands beside an office
# (``στον Πούτιν``), not "of <capitalised word>" right after.
_GREEK_IN_THE = frozenset(("στη", "στην", "στο"))


def _greek_place_of_a_region(text: FieldText, position: int, language: str | None) -> bool:
    """Whether the Greek word at ``position`` stands between "in the" (see _GREEK_IN_THE)
    and a genitive article and a capitalised word that is no acronym: a place of a region."""
    raw = text.raw
    if not 0 < position < len(raw) - 2 or primary_language(language) != _GREEK_LANGUAGE:
        return False
    region = raw[position + 2]
    return (
        raw[position - 1].lower() in _GREEK_IN_THE
        and raw[position + 1] in _GREEK_GENITIVE_ARTICLES
        and region[:1].isupper()
        and not region.isupper()
        and joined(text, position - 1)
        and joined(text, position)
        and joined(text, position + 1)
    )


# "In" before a place's locative, where it means only "in" (not Russian у, "at", "by"), and
# the nouns a country's genitive follows, never a person's: its national team, embassy and
# capital (``Сборная Ганы``, ``у Гани``, ``U Багдаді``).
_IN_BY_LANGUAGE = {
    "ru": "в во",
    "uk": "в у",
    "be": "у ў в",
    "pl": "w we",
    **dict.fromkeys(("cs", "sk", "sl"), "v ve"),
    **dict.fromkeys(("sr", "hr", "bs", "me", "sh"), "у u"),
}
_OF_A_COUNTRY = {
    "ru": "сборная сборной сборную посольство посольства посольстве посольству столица"
    " столицы столице столицу",
    "uk": "збірна збірної збірній збірну посольство посольства посольстві столиця столиці столицю",
    "be": "зборная зборнай пасольства сталіца сталіцы",
    "pl": "reprezentacja reprezentacji reprezentację ambasada ambasady ambasadzie stolica stolicy",
    "cs": "reprezentace velvyslanectví",
    "sk": "reprezentácia reprezentácie veľvyslanectvo veľvyslanectva",
    **dict.fromkeys(
        ("sr", "hr", "bs", "me", "sh"),
        "репрезентација репрезентације амбасада амбасаде reprezentacija reprezentacije"
        " ambasada ambasade",
    ),
}
_LOCATIVES = frozenset(("locative", "dative"))
_GENITIVE = frozenset(("genitive",))
# Ukrainian and Belarusian у + genitive is "at", "has" (``у Гані є план``, Ghani has a plan).
_HAS = frozenset(("є", "немає", "нема", "ёсць", "няма"))


@lru_cache(maxsize=64)  # bounded: an article's language tag is input
def _in_and_of(language: str) -> tuple[frozenset[str], frozenset[str]]:
    """The words for "in" and the nouns a country's genitive follows, of ``language``."""
    return (
        frozenset(_IN_BY_LANGUAGE.get(language, "").split()),
        frozenset(_OF_A_COUNTRY.get(language, "").split()),
    )


def _known_place_in_case(text: FieldText, position: int, language: str | None) -> bool:
    """Whether the word at ``position`` is a known one-word place (see places) in its
    locative after "in" (``у Гани``, ``У Багдаді відкрилася``) or in its genitive after a
    country's national team, embassy or capital (``Сборная Ганы``): the place, though the
    word also spells a name (Ghani, Baghdadi) that the place's case ending makes."""
    if position == 0:
        return False
    in_words, of_words = _in_and_of(primary_language(language))
    raw, before = text.raw, text.raw[position - 1]
    lowered = before.lower()
    if lowered != before and not opens_sentence(text, position - 1):
        return False
    if lowered in in_words:
        cases = _LOCATIVES
        if position + 1 < len(raw) and raw[position + 1] in _HAS:
            return False
    elif lowered in of_words:
        cases = _GENITIVE
    else:
        return False
    return joined(text, position - 1) and any(
        case in cases and one_word_place(form.capitalize(), language)
        for form, case in base_forms(raw[position], language)
    )


# Greek neuter plural articles (the, in the), before a place's plural name (``Τα Χανιά``,
# ``στα Ιωάννινα``): a person's name takes a masculine or feminine article (ο, η, τον, την).
_NEUTER_PLURALS = frozenset(("τα", "στα"))
_GREEK_LANGUAGE = "el"


def _after_a_neuter_plural(text: FieldText, position: int, language: str | None) -> bool:
    """Whether the Greek word at ``position`` follows a neuter plural article (see
    _NEUTER_PLURALS): a place, not a person."""
    if position == 0 or primary_language(language) != _GREEK_LANGUAGE:
        return False
    return text.raw[position - 1].lower() in _NEUTER_PLURALS and joined(text, position - 1)


# Slavic "in" before a place (its locative) and "on" before the island or land holding it:
# ``в Хании на Крите``, ``w Chanii na Krecie`` (in Chania on Crete). Not "at" (у, u: ``у
# Путина на даче``, at Putin's dacha) nor "on" first (``покушение на Ханию в Тегеране``, the
# attempt on Haniyeh's life in Tehran), nor "in" second (``выстрелил в Фицо в …``).
_IN = frozenset(("в", "во", "w", "we", "v", "ve"))
_ON = frozenset(("на", "na"))
_WITHIN_LANGUAGES = frozenset(("ru", "uk", "be", "bg", "mk", "pl", "cs", "sk"))


def _place_within_a_place(text: FieldText, position: int, language: str | None) -> bool:
    """Whether the word at ``position`` stands between "in" and "on" a capitalised word
    (``в Хании на Крите``, see _IN): a place within a larger one."""
    raw = text.raw
    if not 0 < position < len(raw) - 2 or primary_language(language) not in _WITHIN_LANGUAGES:
        return False
    return (
        raw[position - 1].lower() in _IN
        and raw[position + 1] in _ON
        and raw[position + 2][:1].isupper()
        and joined(text, position - 1)
        and joined(text, position)
        and joined(text, position + 1)
    )


# "Month" (and "of") before a month's name of another calendar (``the month of Tebeth``,
# ``le mois de Tichri``, ``im Monat Nisan``, ``شهر رجب``, ``τον μήνα Τεβέτ``), which names
# the month: Hebrew, Islamic and Persian months share their spellings with names (Rajab,
# Safar, Bahman, Azar). Not Slavic ``месяц``, whose genitive after it is a person's
# (``первый месяц Трампа``).
_MONTH_WORDS = "month mois mes mese mês monat monats μήνα μήνας شهر بشهر وشهر لشهر"
_MONTH_NOUNS = frozenset(_MONTH_WORDS.split())
_MONTHS_OF = frozenset(("of", "de", "di", "do", "da", "del", "du"))


def _after_a_month_noun(text: FieldText, position: int) -> bool:
    """Whether the word at ``position`` follows "month" (and "of"): it names a month (see
    _MONTH_NOUNS)."""
    raw, before = text.raw, position - 1
    if before > 0 and raw[before].lower() in _MONTHS_OF and joined(text, before):
        before -= 1
    return before >= 0 and raw[before].lower() in _MONTH_NOUNS and joined(text, before)


# Russian and Ukrainian "into", "to", "onto" (with the accusative).
_INTO = frozenset(("в", "во", "на", "у"))
# The bare form of a man's surname in -ов, -ев, -ин (Камышин, Королёв, Пушкин; Ukrainian
# -ів, -ін too), which a town named after a person or a thing keeps.
_BARE_SURNAME_ENDINGS = ("ов", "ев", "ёв", "ин", "ын", "ів", "їв", "ін")
_INTO_LANGUAGES = frozenset(("ru", "uk"))


def _town_after_into(text: FieldText, position: int, language: str | None) -> bool:
    """Whether the word at ``position`` is a town in the bare form of a man's surname
    after "into" or "to" (``прибыл в Камышин``, ``поїздка у Королів``): a person there is in
    the animate accusative, the genitive's form (``стрелял в Камышина``), so the bare form
    after it is a thing, most often a town named like the surname."""
    if position == 0 or primary_language(language) not in _INTO_LANGUAGES:
        return False
    word = text.raw[position]
    before = text.raw[position - 1]
    if before.lower() not in _INTO or not word.lower().endswith(_BARE_SURNAME_ENDINGS):
        return False
    return joined(text, position - 1)


def _after_a_place_prefix(text: FieldText, position: int) -> bool:
    """Whether the word at ``position`` closes a place whose first word says "saint", "port",
    "new", "the" (Spanish) and the like: hyphenated in Cyrillic (``Пуэрто-Кабельо``,
    ``Санта-Крус``, ``Порт-Саид``), two words in Arabic (``بور سعيد``). The Arabic article
    before a surname is no such word (``Аль-Асад``, ``Эль-Сиси`` are the person)."""
    if position == 0:
        return False
    before = text.raw[position - 1]
    if before in _ARABIC_PLACE_PREFIXES:
        return True
    if before.lower() not in _PLACE_PREFIXES:
        return False
    return text.text[text.ends[position - 1] : text.starts[position]] == "-"


def _adjective_of_a_place(text: FieldText, position: int) -> bool:
    """Whether the word at ``position`` is an adjective in -ский, -цкий naming the district,
    avenue or theatre after it (``Медынский район``, ``Ленинский проспект``): a surname of
    that form is an adjective too (Medinsky, Zhirinovsky), but a person's is followed by
    a verb or a title, not such a noun."""
    after = position + 1
    if after >= len(text.raw) or not text.raw[position].endswith(_ADJECTIVE_ENDINGS):
        return False
    return text.raw[after] in _NAMED_BY_ADJECTIVE


def _defined_as_a_place(text: FieldText, position: int, language: str | None) -> bool:
    """Whether a dash or "is" and then a place's noun follow the word at ``position``
    (``Смотрич — посёлок в Хмельницкой области``, ``Vítkov je vrch``, ``Το Καστρί είναι
    χωριό``; a person so defined is a minister, not a village). There town, city and
    district count too: no office stands before them."""
    raw = text.raw
    after = position + 1
    if after >= len(raw):
        return False
    copula = raw[after].lower() in _COPULAS
    if copula:
        after += 1  # Russian may write both: ``Смотрич — это посёлок``
        if after >= len(raw):
            return False
    noun = raw[after].lower()
    if noun not in _nouns(primary_language(language)) and noun not in _DEFINED_AS:
        return False
    # The text between is looked at last: a place's noun after a name is rare.
    return copula or any(
        dash in text.text[text.ends[position] : text.starts[after]] for dash in _DASHES
    )


def _after_a_town_noun_and_of(text: FieldText, position: int) -> bool:
    """Whether the word at ``position`` follows a Romance town's noun and "of", lower case
    (see _ROMANCE_TOWNS; ``d'`` with its apostrophe): ``la ville de Mahrès``."""
    if position < 2:
        return False
    raw, of = text.raw, position - 1
    if raw[of] not in _ROMANCE_OF or raw[of - 1] not in _ROMANCE_TOWNS:
        return False
    between = text.text[text.ends[of] : text.starts[position]]
    return joined(text, of - 1) and (between.isspace() or between in _APOSTROPHES)


def _after_a_place_noun(text: FieldText, position: int, language: str | None) -> bool:
    """Whether the word at ``position`` of ``text`` stands right after a river's, village's,
    island's... noun or the word for a place's residents in the article's ``language``
    (Arabic nouns in any article: Arabic script says the language; English ``Mount``,
    ``Lake`` too: other languages keep them in the place's name). A capitalised noun
    counts only where it opens a sentence: elsewhere it is a name (Ukrainian ``ріка``, a
    river, is also the genitive of the given name ``Рік``: ``Арешт Ріка Машара``)."""
    if position == 0:
        return False
    before = text.raw[position - 1]
    if before in _ARABIC_NOUN_FORMS:  # with a conjunction or preposition joined or not
        return True
    if before in _CAPITALISED_PLACE_NOUNS:  # ``Mount Rainier``, in any Latin-script article
        return joined(text, position - 1)
    lowered = before.lower()
    if lowered not in _nouns(primary_language(language)):
        return False
    return lowered == before or opens_sentence(text, position - 1)


def _after_a_greek_genitive_noun(text: FieldText, position: int, language: str | None) -> bool:
    """Whether the Greek word at ``position`` follows a bank's or gorge's noun and a genitive
    article (see _GREEK_GENITIVE_NOUNS): the river's or gorge's name."""
    if position < 2 or primary_language(language) != _GREEK_LANGUAGE:
        return False
    raw = text.raw
    return (
        raw[position - 1].lower() in _GREEK_GENITIVE_ARTICLES
        and raw[position - 2].lower() in _GREEK_GENITIVE_NOUNS
        and joined(text, position - 2)
        and joined(text, position - 1)
    )


# "In" before a place's locative, in the languages whose names in -a have a locative that is
# also their dative: Russian, Ukrainian, Belarusian в, во, у; Polish w, we; Czech, Slovak,
# Slovene v, ve; Croatian, Serbian, Bosnian u, у. Where "at" is spelled so (Russian у,
# Polish u), it takes the genitive, which the test below never reads as a locative.
_IN_BEFORE_A_LOCATIVE = frozenset(("в", "во", "у", "ў", "w", "we", "v", "ve", "u"))


def in_a_place_case(
    text: FieldText, position: int, language: str | None, keys: Iterable[str]
) -> bool:
    """Whether the word at ``position`` follows "in" (see _IN_BEFORE_A_LOCATIVE) and reads as
    the name of ``keys`` only in its dative or locative: "in" takes no dative, so it is a
    place's locative (``в Осаке``, ``w Osace``, ``в Медине``), not the person's case; or
    is an adjective before a place's name (see _adjective_before_a_name)."""
    if _adjective_before_a_name(text, position, language, keys):
        return True
    if position == 0 or text.raw[position - 1].lower() not in _IN_BEFORE_A_LOCATIVE:
        return False
    if not joined(text, position - 1):
        return False
    return article_keys(text.raw[position], language, NOT_DATIVE).isdisjoint(keys)


# Serbian, Croatian and Bosnian decline an adjective in -i (Mali, Novi) with -og, -om, -oj...
# agreeing with the name after it: a place's first word (``Малог Иђоша``, ``Malog Lošinja``,
# ``Novog Sada``); a surname so declined follows its given name (``Синише Малог``).
_ADJECTIVE_ENDINGS_BEFORE = {
    language: ("ог", "ога", "ом", "ому", "ој", "og", "oga", "om", "omu", "oj")
    for language in ("sr", "hr", "bs")
}
_ADJECTIVE_BASE = ("и", "i")


def _adjective_before_a_name(
    text: FieldText, position: int, language: str | None, keys: Iterable[str]
) -> bool:
    """Whether the word at ``position`` reads as the name of ``keys`` only as an adjective in
    -i in an oblique case (see _ADJECTIVE_ENDINGS_BEFORE), right before a capitalised word."""
    raw, after = text.raw, position + 1
    endings = _ADJECTIVE_ENDINGS_BEFORE.get(primary_language(language))
    if not endings or after >= len(raw) or not raw[position].lower().endswith(endings):
        return False
    if (
        not raw[after][:1].isupper()
        or not joined(text, position)
        or _after_a_given_name(text, position)
    ):
        return False
    forms = base_forms(raw[position], language)
    adjectival = [f for f, _ in forms if f.endswith(_ADJECTIVE_BASE)]
    others = [raw[position].lower(), *(f for f, _ in forms if not f.endswith(_ADJECTIVE_BASE))]
    return _meets(adjectival, language, keys) and not _meets(others, language, keys)


def _after_a_given_name(text: FieldText, position: int) -> bool:
    """Whether a capitalised word that opens no sentence stands right before ``position``
    (a given name: ``Синиши Малом Брисел…``)."""
    before = position - 1
    return (
        before >= 0
        and text.raw[before][:1].isupper()
        and joined(text, before)
        and not opens_sentence(text, before)
    )


def _meets(forms: list[str], language: str | None, keys: Iterable[str]) -> bool:
    """Whether any of ``forms`` (lower case), read as written, shares a key with ``keys``."""
    return any(not article_keys(f.capitalize(), language, NO_CASES).isdisjoint(keys) for f in forms)
