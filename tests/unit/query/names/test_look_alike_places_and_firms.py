"""Words spelled as a name that a context says are a place, a firm or an ordinary word: a
place after a territory's or area's noun, the later part of a hyphenated place after its
noun, a place opening with a Slavic adjective's combining form, a Greek village "of" its
region, a known place in its case after "in" or a country's team or embassy, a firm joined
by a spoken "and", a word after an article without the term's particles, and a word
opening a sentence before "am" or "are". The person so named stays found."""

from __future__ import annotations

import pytest

from tests.unit.query.test_names import matched


@pytest.mark.parametrize(
    ("term", "language", "text"),
    [
        ("Ruto", "ru", "Ополченцы вошли в деревни территории Руто на востоке страны."),
        ("Kagame", "el", "Οι συγκρούσεις συνεχίζονται στην περιοχή Καγκάμε κοντά στα σύνορα."),
        ("Troitsky", "ru", "Паломники собрались у Свято-Троицкого собора в центре города."),
        ("Sofia", "el", "Στο Σοφιά της Θεσπρωτίας καταγράφηκαν ζημιές από την κακοκαιρία."),
        ("Kastri", "el", "Στο Καστρί της Κρήτης εντοπίστηκαν αρχαία ευρήματα."),
        ("Ghani", "pl", "Reprezentacja Ghany awansowała do mistrzostw świata."),
        ("Cruz", "uk", "Туристи відвідали острів Санта-Круз у Тихому океані."),
    ],
)
def test_a_place_by_its_context_is_no_person(term: str, language: str, text: str) -> None:
    assert matched(term, language, text) == []


@pytest.mark.parametrize(
    ("term", "language", "text"),
    [
        ("Procter", "el", "Η Πρόκτερ εντ Γκαμπλ αύξησε τις τιμές των προϊόντων της."),
        ("Gamble", "ru", "Компания Проктер энд Гэмбл отчиталась о росте продаж."),
        ("Gamble", "ar", "أعلنت بروكتر آند غامبل عن ارتفاع أرباحها الفصلية."),
    ],
)
def test_a_name_beside_a_spoken_and_is_a_firm(term: str, language: str, text: str) -> None:
    assert matched(term, language, text) == []


@pytest.mark.parametrize(
    ("term", "language", "text"),
    [
        ('"de la Vega"', "es", "La Vega de Granada sufrió graves inundaciones este invierno."),
        ('"de la Torre"', "en", "Tourists climbed the Torre de Belém despite the long queues."),
    ],
)
def test_an_article_without_the_particles_is_no_name(term: str, language: str, text: str) -> None:
    assert matched(term, language, text) == []


@pytest.mark.parametrize(
    ("term", "language", "text"),
    [
        ("Gotov", "bg", "Готов съм да помогна на всеки, който има нужда."),
        ("Sreken", "mk", "Среќен сум што повторно сум дома."),
        ("Etoimos", "el", "Έτοιμος είμαι να συζητήσω τα πάντα μαζί σας."),
    ],
)
def test_an_opener_before_i_am_is_no_name(term: str, language: str, text: str) -> None:
    assert matched(term, language, text) == []


@pytest.mark.parametrize(
    ("term", "language", "text", "form"),
    [
        ("Ruto", "ru", "На территории Кении Руто объявил режим чрезвычайной ситуации.", "Руто"),
        ("Kagame", "el", "Ο πρόεδρος Καγκάμε επισκέφθηκε την περιοχή του Κίβου.", "Καγκάμε"),
        ("Cruz", "ru", "Сенатор Тед Крус раскритиковал решение Белого дома.", "Крус"),
        ("Pokrovsky", "ru", "Генерал Покровский заявил о начале учений.", "Покровский"),
        ("Meloni", "el", "Η Ελλάδα στέκεται στη Μελόνι στο θέμα του μεταναστευτικού.", "Μελόνι"),
        ("Johnson", "el", "Ο Τζόνσον και ο Στάρμερ συναντήθηκαν στο Λονδίνο.", "Τζόνσον"),
        ("Johnson", "ru", "Джонсон и Макрон обсудили ситуацию на Украине.", "Джонсон"),
        (
            "Miliband",
            "el",
            "Ο Βρετανός υπουργός Ενέργειας Εντ Μίλιμπαντ μίλησε στη διάσκεψη.",
            "Μίλιμπαντ",
        ),
        (
            '"de la Vega"',
            "es",
            "La vicepresidenta De la Vega defendió la reforma en el Congreso.",
            "De la Vega",
        ),
        ('"van Gogh"', "en", "The Van Gogh Museum reopened after renovation.", "Van Gogh"),
        ("Borisov", "bg", "Борисов заяви, че сме готови за избори.", "Борисов"),
        ("Ghani", "ru", "Президент Гани заявил о готовности к переговорам с талибами.", "Гани"),
        ("Ghani", "uk", "У Гані є план мирних переговорів, заявив радник.", "Гані"),
        ("Zelensky", "uk", "Про це йдеться у Зеленського в зверненні.", "Зеленського"),
        ("Baghdadi", "uk", "Про смерть Багдаді повідомили американські військові.", "Багдаді"),
    ],
)
def test_the_person_is_still_found(term: str, language: str, text: str, form: str) -> None:
    assert matched(term, language, text) == [form]
