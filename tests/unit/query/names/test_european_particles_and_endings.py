"""European names other scripts write by their sound: a one-word French name's silent
final t (Bardet = Барде = Μπαρντέ = بارديه), a Romanian ă after geo (Geoana = Джоанэ), and
a particle the term capitalises written in lower case (``"De Gaulle"`` = ``де Голль``) or
as Bulgarian writes a French le, de (``"Le Drian"`` = ``Льо Дриан``); not common words
ending so, nor a Romance or German preposition before a name's word."""

from __future__ import annotations

import pytest

from tests.unit.query.test_names import matched


@pytest.mark.parametrize(
    ("term", "language", "text", "form"),
    [
        ("Bardet", "ru", "Французский велогонщик Ромен Барде выиграл горный этап.", "Барде"),
        ("Bardet", "el", "Ο Γάλλος ποδηλάτης Ρομέν Μπαρντέ κέρδισε το ορεινό ετάπ.", "Μπαρντέ"),
        ("Bardet", "ar", "وفاز الدراج الفرنسي رومان بارديه بالمرحلة الجبلية.", "بارديه"),
        ("Blanchet", "ar", "وقال الوزير بلانشيه إن الحكومة ستقدم المشروع.", "بلانشيه"),
        (
            "Geoana",
            "ru",
            "Бывший министр иностранных дел Румынии Джоанэ встретился с послом.",
            "Джоанэ",
        ),
        ("Geoana", "uk", "Кандидат у президенти Румунії Джоане програв у першому турі.", "Джоане"),
        ('"De Gaulle"', "ru", "Генерал Шарль де Голль возглавил Сопротивление.", "де Голль"),
        ('"De Gaulle"', "bg", "Генерал Шарл дьо Гол оглави френската съпротива.", "дьо Гол"),
        ('"Le Drian"', "bg", "Външният министър Жан-Ив Льо Дриан пристигна в Бейрут.", "Льо Дриан"),
        ('"Van Rompuy"', "ru", "Бывший глава Евросовета Херман ван Ромпей выступил.", "ван Ромпей"),
        (
            '"De Mistura"',
            "el",
            "Ο απεσταλμένος Στάφαν ντε Μιστούρα έφτασε στο Ραμπάτ.",
            "ντε Μιστούρα",
        ),
        ('"De Croo"', "en", "Belgian Prime Minister Alexander de Croo met NATO allies.", "de Croo"),
        ('"Von Trier"', "ru", "Режиссёр Ларс фон Триер представил новый сериал.", "фон Триер"),
    ],
)
def test_european_names_are_found_as_said(term: str, language: str, text: str, form: str) -> None:
    assert matched(term, language, text) == [form]


@pytest.mark.parametrize(
    ("term", "language", "text"),
    [
        ('"Le Maire"', "fr", "Le maire de Marseille a annoncé un plan pour les écoles."),
        ('"Le Maire"', "fr", "Lors du conseil municipal, M. le Maire a répondu aux élus."),
        ('"Di Luca"', "it", "Il figlio di Luca è partito per Milano ieri mattina."),
        ('"De Leon"', "es", "La ciudad de Leon celebró su fiesta mayor."),
        ('"Von Trier"', "de", "Der Zug von Trier nach Koblenz fiel am Morgen aus."),
        ("Tebet", "ru", "Тебе нужно отдохнуть перед дорогой."),  # two consonants left
        ("Moret", "ru", "Море было спокойным всю неделю."),
        ("Bardet", "ar", "الطقس بارد اليوم في العاصمة."),  # no ـيه
        ("Somerset", "ru", "Сомерсет Моэм написал роман «Луна и грош»."),  # the t said
        ("Bennett", "ru", "Министр Бенне выступил в парламенте."),  # an English -ett
    ],
)
def test_other_words_are_not_these_names(term: str, language: str, text: str) -> None:
    assert matched(term, language, text) == []
