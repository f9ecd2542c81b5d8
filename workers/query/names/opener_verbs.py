"""Whether the words after a sentence opener read as a subject's: a name opening a sentence
is usually its subject, followed by its verb (``Сырский заявил``, ``Зеленський каже``), or
by a preposition, conjunction or adverb and then a verb or another name (``Песков в
понедельник заявил``, ``Путин и Си``); an ordinary word opening one is followed by the rest
of its phrase (``Рама окна``, ``Пышный приём``, ``Карні справи``).

Per language, from the words' forms alone: the endings of the past and present tense of
Russian, Ukrainian, Belarusian and Greek verbs, which few of their nouns share. South Slavic
languages have none such (a Bulgarian or Macedonian aorist ends as a noun does: ``заяви``,
``изјави``), nor have the languages of Latin script a table yet: a language without one
reads every opener as a subject (see :func:`opens_as_subject`), no opener is doubted.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from .cases import primary_language

# Endings of a verb's past tense (gender and number, reflexive) and of its present tense's
# third person, per language; a word ending so reads as a verb (a noun or adjective ending
# so too only keeps an opener undoubted).
_ENDINGS = {
    "ru": "л ла ло ли лся лась лось лись ет ёт ит ут ют ат ят ется ётся ится утся ются атся ятся",
    "uk": "в ла ло ли вся лася лося лися е є ть ться",
    "be": "ў ла ло лі ўся лася лося ліся е ць цца",
    "el": "ει εί ε ά αν ουν ούν ται νται ηκε ήκε θηκε θήκε",  # with and without the accent
}
# Particles and auxiliaries a verb follows, common verbs without a telling ending, and the
# short adjectives and participles a subject takes as its predicate (``Лавров прав``).
_WORDS = {
    "ru": """
        не уже также тоже вновь ещё снова прав права правы готов готова готовы уверен
        уверена уверены должен должна должны согласен согласна согласны рад рада намерен
        намерена вынужден вынуждена убеждён убежден убеждена обеспокоен обеспокоена против
        """,
    "uk": "не вже також теж знову ще правий права готовий готова впевнений впевнена повинен"
    " повинна згоден згодна радий рада змушений змушена проти",
    "be": "не ўжо таксама зноў яшчэ кажа піша хоча можа",
    "el": "θα δεν να έχει είχε είναι ήταν",
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
}
# How many words after an opener's lead word a verb or a name may come.
LEAD_REACH = 2


@lru_cache(maxsize=64)  # bounded: an article's language tag is input
def _tables(language: str | None) -> tuple[re.Pattern[str], frozenset[str], frozenset[str]] | None:
    """The language's verb endings as one pattern, its particles and verbs, its lead
    words; None for a language without tables."""
    code = primary_language(language)
    endings = _ENDINGS.get(code)
    if endings is None:
        return None
    pattern = re.compile(f"(?:{'|'.join(sorted(set(endings.split()), key=len, reverse=True))})$")
    return pattern, frozenset(_WORDS.get(code, "").split()), frozenset(_LEADS[code].split())


def doubts_openers(language: str | None) -> bool:
    """Whether :func:`opens_as_subject` can tell a subject's words in ``language``."""
    return _tables(language) is not None


def opens_as_subject(following: Sequence[str], language: str | None) -> bool:
    """Whether ``following`` (the words after a sentence opener, as written, up to
    1 + LEAD_REACH) read as its subject's: a verb, or a lead word and then, within
    LEAD_REACH words (a preposition's noun between: ``в понедельник заявил``), a verb or
    a capitalised word (True in a language without tables)."""
    tables = _tables(language)
    if tables is None or not following:
        return True
    pattern, verbs, leads = tables
    for i, word in enumerate(following[: 1 + LEAD_REACH]):
        if not word[:1].islower():
            return i > 0  # a name or a number after a lead word; punctuation is no word
        lowered = word.lower()
        if lowered in verbs or pattern.search(lowered) is not None:
            return True
        if i == 0 and lowered not in leads:
            return False  # the phrase of an ordinary word: ``Рама окна``
    return False
