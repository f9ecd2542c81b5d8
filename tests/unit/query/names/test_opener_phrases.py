"""A word that opens a sentence and is a name term only in another script or spelling counts
as the name when the words after it read as its subject's (a verb, or a preposition and its
noun and then a verb) or when the article names the person elsewhere; followed by the rest
of an ordinary word's phrase, it is that ordinary word (``Гром среди ясного неба``)."""

from __future__ import annotations

import pytest

from tests.unit.query.test_names import matched
from workers.query.analysis import FieldText
from workers.query.names.matcher import _words_after
from workers.query.names.opener_verbs import opens_as_subject


@pytest.mark.parametrize(
    ("query", "language", "text"),
    [
        ("Zhuk", "ru", "Жук колорадский уничтожил урожай картофеля."),
        ("Sokol", "ru", "Сокол сапсан гнездится на скалах."),
        ("Kulik", "ru", "Кулик болотный прилетает весной."),
        ("Grom", "ru", "Гром среди ясного неба напугал туристов."),
        ("Vetrov", "ru", "Ветров северных направлений ожидают синоптики."),
        ("Kalyna", "uk", "Калина червона росте біля хати."),
        ("Lykos", "el", "Λύκος γκρίζος εθεάθη στα βουνά της Πίνδου."),
        ("Shpak", "pl", "Szpak zwyczajny przylatuje w marcu."),
        ("Chapka", "pl", "Czapka z daszkiem chroni przed słońcem."),
        ("Shishka", "cs", "Šiška smrku visí na větvi."),
        ("Chaika", "sk", "Čajka strieborná loví ryby."),
        ("Zhaba", "sr", "Жаба зелена скаче у бару."),
        ("Shuma", "sr-Latn", "Šuma bukve prostire se kraj sela."),
        ("Chasha", "hr", "Čaša crnog vina stoji na šanku."),
        ("Shala", "bs", "Šala komičara nasmijala je publiku."),
        ("Chai", "sl", "Čaj mete odžene prehlad."),
        ("Ryba", "uk", "Риба по-грецьки — смачна страва."),
    ],
    ids=[
        "noun-adjective",
        "noun-noun",
        "noun-adjective 2",
        "noun-preposition",
        "genitive plural",
        "uk",
        "el",
        "pl, an adjective",
        "pl, a preposition and its noun",
        "cs, a genitive",
        "sk, an adjective",
        "sr, Cyrillic",
        "sr, Latin",
        "hr",
        "bs",
        "sl",
        "uk, a hyphenated adverb, then a mark",
    ],
)
def test_an_ordinary_words_phrase_at_a_sentence_start_is_no_name(
    query: str, language: str, text: str
) -> None:
    assert matched(query, language, text) == []


@pytest.mark.parametrize(
    ("query", "language", "text"),
    [
        ("Nebenzya", "ru", "Небензя выступил в Совбезе ООН."),
        ("Peskov", "ru", "Песков на брифинге сообщил о подготовке встречи."),
        ("Trump", "ru", "Трамп снова пригрозил пошлинами."),
        ("Putin", "ru", "Путин и Си Цзиньпин обсудили торговлю."),
        ("Lavrov", "ru", "Лавров: Россия не допустит эскалации."),
        ("Lavrov", "ru", "Лавров о переговорах: мяч на стороне Киева."),
        ("Lavrov", "ru", "Лавров по-прежнему считает переговоры возможными."),
        ("Zelensky", "uk", "Зеленський каже, що санкції мають посилюватися."),
        ("Yermak", "uk", "Єрмак у вівторок зустрівся з радником Трампа."),
        ("Lukashenko", "be", "Лукашэнка падпісаў указ аб памілаванні."),
        ("Erdogan", "el", "Ερντογάν απειλεί με νέες γεωτρήσεις στο Αιγαίο."),
        ("Moroz", "ru", "Мороз и солнце радовали лыжников. Министр Мороз их поздравил."),
        ("Shuvalov", "pl", "Szuwałow w czwartek ostrzegł przed kryzysem."),
        ("Zhovkva", "pl", "Żowkwa twierdzi, że rozmowy trwają."),
        ("Shevchenko", "cs", "Ševčenko se vrátil do Kyjeva."),
        ("Zhukov", "sk", "Žukov povedal, že armáda je pripravená."),
        ("Sullivan", "sr", "Саливан је рекао да преговори теку."),
        ("Johnson", "sr-Latn", "Džonson rekao da je sporazum blizu."),
        ("Shuvalov", "hr", "Šuvalov upozorava na pad ulaganja."),
        ("Zhovkva", "bs", "Žovkva i Kozak posjetili su Ankaru."),
        ("Chernyshov", "sl", "Černišov je dejal, da pogajanja potekajo."),
        ("Zhovkva", "cs", "Žovkva opakovaně kritizoval Moskvu."),
        ("Shuvalov", "pl", "Szuwałow uderza w rząd."),
    ],
    ids=[
        "a verb",
        "a preposition, its noun, a verb",
        "an adverb, a verb",
        "a conjunction and a name",
        "a colon",
        "a headline's phrase, then a colon",
        "a hyphenated adverb, a verb",
        "uk, present tense",
        "uk, a preposition",
        "be, past tense",
        "el, an accented ending",
        "named elsewhere",
        "pl, a preposition, its noun, a past tense",
        "pl, a listed present tense",
        "cs, a reflexive particle",
        "sk, past tense",
        "sr, Cyrillic, an auxiliary",
        "sr, Latin, a headline's participle",
        "hr, a listed present tense",
        "bs, a conjunction and a name",
        "sl, an auxiliary",
        "cs, an adverb's ending, a verb",
        "pl, a verb not listed, a preposition",
    ],
)
def test_a_name_opening_its_sentence_is_the_name(query: str, language: str, text: str) -> None:
    assert matched(query, language, text) != []


@pytest.mark.parametrize(
    ("following", "language", "subject"),
    [
        (["заявил", "что"], "ru", True),
        (["окна", "треснула"], "ru", False),
        (["в", "понедельник", "заявил"], "ru", True),
        (["в", "заповеднике", "осталось"], "ru", True),  # a phrase's shape a name shares
        (["в", "заповеднике", "лесу"], "ru", False),
        (["сказал"], "ru-RU", True),
        (["okna", "pękła"], "pl", False),
        (["po", "raz", "pierwszy"], "pl", True),  # the verb comes beyond a lead's reach
        (["zapowiedziała"], "pl", True),
        (["bílý", "přiletěl"], "cs", False),
        (["je", "izjavio"], "hr", True),
        (["изјавио"], "sr", True),
        (["vode", "stoji"], "sr-Latn", False),
        (["napoveduje"], "sl", True),
        (["vyjednává", "s"], "cs", True),  # a present tense's ending
        (["kárá", "Moskvu"], "cs", True),  # a word not read as a verb, then a name
        (["bílý", "přiletěl"], "sk", False),
        (["zwyczajny", "przylatuje"], "pl", False),
        (["jasně", "řekl"], "cs", True),  # an adverb's ending as a lead
        (["на", "прозореца"], "bg", True),  # no tables: no opener is doubted
        (["cacheado", "exige"], "pt", False),  # a participle, then a verb: a bare noun
        (["acusado", "de"], "pt", True),  # a headline's participle, then its agent
        (["afirmou", "que"], "pt", True),
        ([], "ru", True),
        (["о", "переговорах", ""], "ru", True),  # a mark after a lead word's phrase
        (["окна", ""], "ru", False),
        (["zwyczajny", ""], "pl", False),
    ],
)
def test_the_words_after_an_opener_read_as_a_subjects(
    following: list[str], language: str, subject: bool
) -> None:
    assert opens_as_subject(following, language) is subject


def test_a_hyphenated_word_after_an_opener_is_read_in_a_few_parts() -> None:
    # An article may chain thousands of words with hyphens: a bounded few are read.
    text = FieldText("Рама " + "-".join(["окна"] * 1000) + ".")
    assert _words_after(text, 0) == ["-".join(["окна"] * 12)]
