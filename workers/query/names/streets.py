"""Streets and squares named after a person: ``улица Герасимова``, ``ulicy Lecha
Kaczyńskiego``, ``Gedimino prospektas`` name the street, not the person (and so does a
Russian or Ukrainian ``имени``, ``імені``: ``стадион имени Каддафи``); so do weapons and
theorems named after their maker (``пистолет Макарова``, ``теорема Ферма``), and orders and
medals named after a commander of old (``орден Ушакова``, ``медаль Жукова``).

Slavic languages write the person's name in the genitive after the street's noun (a given
name, an initial or a title may stand between); Lithuanian and Latvian write it before. A
name read as the rule's person only in an oblique case there is the street's (a nominative
after such a noun is the sentence's next word: ``на Красной площади Путин выступил``);
after the noun in the nominative or accusative, or a title in the genitive, a name the
same in every case is the street's too (``Улица Тимошенко``, ``проспект Маршала
Тимошенко``), and so is any name after a Greek street's noun (``οδός Μαρινάκη``) or a
saint's title (``του Αγίου Δημητρίου``: the church, feast or town).
The nouns are listed in every case they take in news (``на улице``, ``ulicą``); places where
people are met, airports and bridges, are not (``В аэропорту Лаврова встретил посол``:
there a name in the accusative follows as often).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache

from ..analysis import FieldText
from .capitals import joined
from .cases import primary_language

_RUSSIAN = (
    "улица улицы улице улицу улицей ул проспект проспекта проспекте проспекту проспектом"
    " площадь площади площадью переулок переулка переулке бульвар бульвара бульваре"
    " набережная набережной набережную аллея аллеи аллее аллею проезд проезда проезде"
    " сквер сквера сквере"
)
_UKRAINIAN = (
    "вулиця вулиці вулицю вулицею вул проспект проспекту проспекті проспектом площа площі"
    " площу площею провулок провулку провулці бульвар бульвару бульварі набережна"
    " набережної набережну узвіз узвозу сквер скверу"
)
_BELARUSIAN = "вуліца вуліцы вуліцу вуліцай вул праспект праспекта праспекце плошча плошчы"
_POLISH = (
    "ulica ulicy ulicę ulicą ul aleja alei aleję aleją al plac placu placem rondo ronda"
    " rondzie skwer skweru skwerze"
)
_CZECH_SLOVAK = (
    "ulice ulici ulicí ulica ulicu ulicou ul náměstí námestie námestí třída třídy třídě nábřeží"
)
_SOUTH_SLAVIC = (
    "ulica ulice ulici ulicu ulicom ulico ul trg trga trgu avenija avenije aveniji cesta"
    " ceste cesti bulevar bulevara bulevaru"
    " улица улице улици улицу улицом ул трг трга тргу булевар булевара булевару"
)
# Greek names a street by the person's genitive after its noun (``οδός Ερμού``, ``στην οδό
# Κωνσταντοπούλου``), whatever case the noun takes: every form below names the street.
# So does a saint's title (``ο ναός του Αγίου Δημητρίου``, ``η γιορτή της Αγίας Ειρήνης``,
# the town ``Άγιος Νικόλαος``): Greek surnames in -ου are the genitives of given names, and
# a saint's name there is the church's, feast's or town's, not a namesake's.
_GREEK_SAINTS = "άγιος άγιο αγίου αγία αγίας αγίων αγ"
_GREEK = f"οδός οδό οδού λεωφόρος λεωφόρο λεωφόρου πλατεία πλατείας {_GREEK_SAINTS}"
# The street's noun in a form no subject's name follows in its phrase (the nominative or
# accusative, an abbreviation): the name after it is the street's in any case, also one
# that is the same in every case (``Улица Тимошенко перекрыта``, ``ulica Tymoszenko``;
# not ``На Красной площади Путин выступил``, a locative).
_NAMING = {
    "ru": "улица улицу ул проспект площадь переулок бульвар набережная набережную аллея"
    " аллею проезд сквер",
    "uk": "вулиця вулицю вул проспект площа площу провулок бульвар набережна набережну узвіз сквер",
    "be": "вуліца вуліцу вул праспект плошча",
    "pl": "ulica ulicę ul aleja aleję al plac rondo skwer",
    "cs": "ulice ul náměstí třída nábřeží",
    "sk": "ulica ulicu ul námestie trieda",
    **dict.fromkeys(
        ("hr", "sr", "bs", "sl"),
        "ulica ulicu ul trg avenija aveniju cesta cestu bulevar улица улицу ул трг булевар",
    ),
    "el": _GREEK,
}
_NAMING_NOUNS = {language: frozenset(nouns.split()) for language, nouns in _NAMING.items()}
# Things named after their maker or discoverer, the name in the genitive after the noun
# (``автомат Калашникова``, ``пистолет Макарова``, ``теорема Ферма``): a weapon or a theorem,
# not an idea, plan or effect, which news names after living politicians (``эффект Трампа``,
# ``формула Штайнмайера``) and means them.
_MAKERS = {
    "ru": "автомат автомата автоматы автоматов автоматом автоматами пистолет пистолета"
    " пистолеты пистолетов пистолетом пистолетами винтовка винтовки винтовку винтовкой"
    " пулемёт пулемета пулемёта пулемет"
    " теорема теоремы теореме теорему теоремой лемма леммы гипотеза гипотезы уравнение"
    " уравнения",
    "uk": "автомат автомата автомати пістолет пістолета гвинтівка гвинтівки кулемет кулемета"
    " теорема теореми теорему лема гіпотеза гіпотези рівняння",
    "pl": "karabin karabinu karabiny karabinek karabinki karabinków pistolet pistoletu"
    " pistolety twierdzenie twierdzenia hipoteza"
    " hipotezy równanie równania",
    "cs": "samopal samopalu pistole pistoli puška pušky věta věty hypotéza rovnice",
}
# Orders, medals and prizes, named after a commander, ruler or player of old in the genitive
# after the noun (``орден Ушакова``, ``медаль Жукова``, ``приз Яшина``): the person a rule
# means is a living namesake, named elsewhere in the sentence or awarded one, in the dative
# after the noun (``вручил орден Герасимову``), which stays his (see _DATIVE_ENDINGS).
_DECORATIONS = {
    "ru": "орден ордена ордену орденом ордене орденов орденами медаль медали медалью медалей"
    " премия премии премию премией приз приза призу призом",
    "uk": "орден ордена ордену орденом ордени орденів медаль медалі медаллю медалей"
    " премія премії премію премією приз призу призом",
    "pl": "order orderu orderem ordery orderów medal medalu medalem medale",
    "cs": "řád řádu řádem medaile medailí",
}
_DECORATION_NOUNS = {language: frozenset(nouns.split()) for language, nouns in _DECORATIONS.items()}
# A name's dative endings, where a decoration's noun gives the person the award.
_DATIVE_ENDINGS = {
    "ru": ("у", "ю", "ому", "ему"),
    "uk": ("у", "ю", "ові", "ому", "ій"),
    "pl": ("owi", "emu"),
    # a Czech woman's -ová is -ové in the dative (as in the genitive): the winner's medal
    "cs": ("ovi", "mu", "ové"),
}
_BEFORE = {
    "ru": f"{_RUSSIAN} {_MAKERS['ru']} {_DECORATIONS['ru']}",
    "uk": f"{_UKRAINIAN} {_MAKERS['uk']} {_DECORATIONS['uk']}",
    "be": _BELARUSIAN,
    "pl": f"{_POLISH} {_MAKERS['pl']} {_DECORATIONS['pl']}",
    "cs": f"{_CZECH_SLOVAK} {_MAKERS['cs']} {_DECORATIONS['cs']}",
    "sk": f"{_CZECH_SLOVAK} {_MAKERS['cs']}",
    **dict.fromkeys(("hr", "sr", "bs", "sl"), _SOUTH_SLAVIC),
    "el": _GREEK,
}
# Lithuanian and Latvian: the genitive before the noun (Gedimino prospektas, Brīvības iela);
# Czech and Slovak: a possessive adjective (Havlíčkova ulice, Masarykovo náměstí); English:
# a maker's name before a weapon's or aircraft's noun.
_POSSESSIVE_FIRST = frozenset(("cs", "sk"))
_POSSESSIVE_ENDINGS = ("ova", "ovo", "ově", "ovu", "ovej", "ovom", "ina", "ino", "ině", "inu")
_AFTER = {
    **dict.fromkeys(
        _POSSESSIVE_FIRST,
        "ulice ulici ulicí ulica ulicu ulicou třída třídy třídě trieda triedy náměstí"
        " námestie nábřeží nábrežie sady",
    ),
    "lt": "gatvė gatvės gatvėje gatvę g prospektas prospekto prospekte aikštė aikštės aikštėje",
    "lv": "iela ielas ielā ielu prospekts prospekta prospektā laukums laukuma laukumā"
    " bulvāris bulvāra",
    # English puts a maker's name before the thing's noun (``a Sikorsky helicopter``, ``a
    # Kalashnikov rifle``); a person's takes the possessive there (``Putin's plane``).
    "en": "helicopter helicopters aircraft airliner airliners warplane warplanes rifle rifles"
    " pistol pistols revolver revolvers carbine carbines",
}
# "Named after": Russian and Ukrainian name a stadium, school or prize after a person with
# the genitive of "name" before the person's (``стадион имени Каддафи``, ``університет імені
# Шевченка``), the name then in any case; not after "on behalf of" or "called" (``от имени
# Путина``, ``від імені Зеленського``, ``человек по имени Лавров``), which mean the person.
_NAMED_AFTER = frozenset(("имени", "імені"))
_ON_BEHALF_OF = frozenset(("от", "по", "від", "на"))
# Titles a street's name may hold before the person's (``проспект академика Сахарова``).
_TITLE_WORDS = (
    "академика генерала маршала адмирала героя гетмана академіка гетьмана професора"
    " generała marszałka księdza prezydenta świętego"
)
_TITLES = frozenset(_TITLE_WORDS.split())
_BETWEEN = 3  # given names, initials, titles between the street's noun and the surname


@lru_cache(maxsize=64)  # bounded: an article's language tag is input
def _nouns(language: str) -> tuple[frozenset[str], frozenset[str]]:
    """(nouns before the name, nouns after it) of a street in ``language``."""
    return frozenset(_BEFORE.get(language, "").split()), frozenset(_AFTER.get(language, "").split())


def names_a_street(
    text: FieldText, position: int, language: str | None, oblique: Callable[[int], bool]
) -> bool:
    """Whether the word at ``position`` of the field ``text`` is the person a street is
    named after: read as the name only in an oblique case (``oblique``), after a street's
    noun (given names, initials or titles between; an abbreviated noun with its dot: ``al.
    Jana Pawła``, not the Arabic article of ``al-Malikiego``); or, in Lithuanian and
    Latvian, before one (and a maker's name before an English weapon's or aircraft's
    noun)."""
    raw = text.raw
    primary = primary_language(language)
    before, after = _nouns(primary)
    if (
        after
        and position + 1 < len(raw)
        and raw[position + 1].lower() in after
        and joined(text, position)  # not a possessive's (``Kadirov's helicopter``)
    ):
        # Czech and Slovak name a street by a possessive before its noun (``Havlíčkova
        # ulice``); there a nominative is the sentence's subject (``Fiala ulici nezmínil``).
        if primary not in _POSSESSIVE_FIRST:
            return True
        return raw[position].lower().endswith(_POSSESSIVE_ENDINGS)
    if not before:
        return False
    for k in range(position - 1, max(-1, position - 2 - _BETWEEN), -1):
        word = raw[k]
        if word.lower() in _NAMED_AFTER:
            return k > 0 and raw[k - 1].lower() not in _ON_BEHALF_OF
        if word.lower() in before:
            if word.lower() in _ABBREVIATIONS and not _dotted(text, k):
                return False
            if _awarded_to(word, raw[position], primary):
                return False
            if _named_in_any_case(text, k, position, primary):
                return True
            if k == position - 1 and _after_its_verb(text, k, primary):
                return True
            return oblique(position)  # asked last: the nouns are rare, a case reading is not
        if not (word[:1].isupper() or word in _TITLES):
            return False
    return False


def _named_in_any_case(text: FieldText, k: int, position: int, language: str) -> bool:
    """Whether the street's noun at ``k`` says the name at ``position`` is the street's
    whatever the name's own case: a title between, which the lists hold in the genitive
    (``проспект Маршала Тимошенко``), or the noun in a form no subject's name follows in
    its phrase (see _NAMING), spaces alone between (``Улица Тимошенко``; not ``Выйдя на
    площадь, Путин…``)."""
    raw = text.raw
    if any(raw[q].lower() in _TITLES for q in range(k + 1, position)):
        return True
    if raw[k].lower() not in _NAMING_NOUNS.get(language, ()):
        return False
    return all(joined(text, q) for q in range(k + 1, position)) and (
        joined(text, k) or _dotted(text, k)
    )


# A street's noun in the locative, where a foreign street's name stays in its nominative
# (``на улице Гренель``, ``на проспекте Фош``): the name is the street's where the phrase
# follows its verb (``находится на улице Гренель в Париже``), not where it opens the clause
# and the subject may follow (``На улице Путин пообщался``, ``а на улице Путин…``).
_LOCATIVES = {
    "ru": "улице проспекте площади переулке бульваре набережной аллее проезде сквере",
    "uk": "вулиці проспекті площі провулку бульварі набережній",
}
_LOCATIVE_NOUNS = {language: frozenset(nouns.split()) for language, nouns in _LOCATIVES.items()}
_ON_OR_IN = frozenset(("на", "в", "у"))
# Words that open a clause or stand before its subject: after them "on X street" may open it.
_CLAUSE_OPENER_WORDS = (
    "а и но да или затем потом уже там тут прямо вот даже ещё сегодня вчера"
    " і та але чи потім вже навіть сьогодні вчора"
)
_CLAUSE_OPENERS = frozenset(_CLAUSE_OPENER_WORDS.split())
# What may follow a street's name after its verb: a place (``в Париже``), a house.
_AFTER_A_STREET = frozenset(("в", "во", "у", "на", "дом", "д", "будинок", "буд"))


def _after_its_verb(text: FieldText, k: int, language: str) -> bool:
    """Whether the street's noun at ``k`` is a locative after "on" or "in" inside its clause
    (see _LOCATIVES) and the name after it closes the phrase: punctuation, a place's "in"
    or a house's number follows."""
    raw, name = text.raw, k + 1
    if raw[k] not in _LOCATIVE_NOUNS.get(language, ()) or k < 2:
        return False
    before = raw[k - 2]
    if raw[k - 1] not in _ON_OR_IN or not (joined(text, k - 2) and joined(text, k - 1)):
        return False
    if not before.islower() or before in _CLAUSE_OPENERS:
        return False
    if name + 1 >= len(raw) or not joined(text, name):
        return True
    return raw[name + 1] in _AFTER_A_STREET or raw[name + 1].isdigit()


def _dotted(text: FieldText, k: int) -> bool:
    """Whether a dot follows the word at ``k`` (an abbreviation: ``ul.``, ``al.``)."""
    return text.text[text.ends[k] : text.ends[k] + 1] == "."


# Abbreviated street nouns: a street's only with their dot (``al-`` is the Arabic article).
_ABBREVIATIONS = frozenset(("ul", "al", "ул", "вул"))


def _awarded_to(noun: str, name: str, language: str) -> bool:
    """Whether ``name`` after the decoration's ``noun`` reads as the dative of the one it is
    awarded to (``вручил орден Герасимову``), not the genitive of the one it is named after;
    False after a street's or maker's noun."""
    if noun.lower() not in _DECORATION_NOUNS.get(language, ()):
        return False
    return name.lower().endswith(_DATIVE_ENDINGS.get(language, ()))
