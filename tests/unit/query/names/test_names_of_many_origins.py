"""Latin spellings of names of many origins as other scripts and languages write them: a
Persian final -eh said e (Hajizadeh = Хаджизаде = Χατζιζαντέ), an Arabic or Urdu zh between
vowels said z-h (Azhar = Азхар = Αζχάρ), a short Spanish name's final -que said ke (Duque =
Дуке = Ντούκε), a short name's gua before a vowel said gva (Guaido = Serbian Гваидо), and a
Russian дь written dj by German, Dutch and the Scandinavian languages (Dyumin = Djumin);
while the words and names they would read as stay apart (Дюк, the duke; Гвардия; Баженов's
own ж)."""

from __future__ import annotations

import pytest

from tests.unit.query.test_names import matched


@pytest.mark.parametrize(
    ("term", "language", "text", "form"),
    [
        # Persian -eh, its h silent, in a name read several ways (h, j, z)
        ("Hajizadeh", "ru", "Генерал Амир Хаджизаде выступил по телевидению.", "Хаджизаде"),
        ("Hajizadeh", "el", "Ο στρατηγός Χατζιζαντέ μίλησε στην τηλεόραση.", "Χατζιζαντέ"),
        ("Rezazadeh", "ru", "Штангист Хусейн Резазаде завоевал золото.", "Резазаде"),
        # Arabic and Urdu z-h
        ("Azhar", "ru", "Власти Пакистана задержали Масуда Азхара в Бахавалпуре.", "Азхара"),
        ("Azhar", "bg", "Масуд Азхар отрече обвиненията.", "Азхар"),
        ("Azhar", "el", "Ο Μασούντ Αζχάρ αρνήθηκε τις κατηγορίες.", "Αζχάρ"),
        ("Mazhar", "ru", "Министр Мазхар Хан посетил Карачи.", "Мазхар"),
        # A short Spanish -que, its e said
        ("Duque", "ru", "Бывший президент Иван Дуке выступил в Мадриде.", "Дуке"),
        ("Duque", "el", "Ο πρώην πρόεδρος Ιβάν Ντούκε μίλησε στη Μαδρίτη.", "Ντούκε"),
        ("Luque", "ru", "Тренер Луке объявил состав сборной.", "Луке"),
        # A short gua before a vowel as gva, as Serbian writes it (Russian Гуайдо too)
        ("Guaido", "sr", "Опозициони лидер Гваидо је напустио Венецуелу.", "Гваидо"),
        ("Guaido", "ru", "Оппозиционер Гуайдо покинул Венесуэлу.", "Гуайдо"),
        # Russian дь as dj in German, Dutch and Swedish
        ("Dyumin", "de", "Gouverneur Alexej Djumin traf den Präsidenten in Tula.", "Djumin"),
        ("Dyatlov", "de", "Der Ingenieur Anatoli Djatlow wurde verurteilt.", "Djatlow"),
        ("Dyumin", "nl", "Gouverneur Aleksej Djoemin sprak met de president.", "Djoemin"),
        ("Dyumin", "sv", "Guvernören Aleksej Djumin träffade presidenten.", "Djumin"),
    ],
)
def test_a_name_of_another_origin_is_found(term: str, language: str, text: str, form: str) -> None:
    assert matched(term, language, text) == [form]


@pytest.mark.parametrize(
    ("term", "language", "text"),
    [
        ("Duque", "ru", "Памятник Дюку в Одессе отреставрировали."),  # the duke, Дюк
        ("Duque", "ru", "Герцог и Дюк де Ришельё упоминаются в письмах."),
        ("Guaido", "ru", "Гвардия отступила к реке."),  # the guard
        ("Guaido", "ru", "Гуайява подорожала на рынках Каракаса."),  # guava
        ("Azhar", "ar", "أصدر الأزهر الشريف بيانا يدين الهجوم."),  # Al-Azhar: Arabic as written
        ("Azhar", "ar", "تزينت الحدائق بالأزهار في الربيع."),  # flowers
        ("Mazhar", "ar", "تغير مظهر المدينة بعد الحرب."),  # appearance
        ("Dyumin", "de", "Die Dünen von Sylt wurden abgetragen."),
        ("Dyumin", "ru", "Фильм «Дюна» собрал миллионы."),
        ("Zadeh", "ru", "Сад у дома зацвёл весной."),  # the garden: the e of -eh is said
    ],
)
def test_look_alike_words_are_not_found(term: str, language: str, text: str) -> None:
    assert matched(term, language, text) == []


@pytest.mark.parametrize(
    ("term", "language", "text", "form"),
    [
        ("Bazhenov", "ru", "Актёр Баженов снялся в новом фильме.", "Баженов"),
        ("Djokovic", "de", "Novak Djokovic gewann das Turnier in Wimbledon.", "Djokovic"),
        ("Enrique", "ru", "Тренер Луис Энрике объявил состав.", "Энрике"),
    ],
)
def test_their_own_readings_stay(term: str, language: str, text: str, form: str) -> None:
    assert matched(term, language, text) == [form]
