"""A language that writes a Latin-script name as written keeps its spelling of a consonant:
a word written as the term but for c for k, ck for k or tz for z is another name or word
(Spiz is not Spitz, Callas not Kallas). Other scripts and the languages spelling names by
sound respell the name and still find it; a c or k beside an h is left (German Chamenei)."""

from __future__ import annotations

import pytest

from tests.unit.query.test_names import matched


@pytest.mark.parametrize(
    ("term", "language", "text"),
    [
        ("Kallas", "fr", "La soprano Maria Callas a chanté Norma à Paris."),
        ("Carney", "de", "Der Komiker Art Karney spielte in der Serie mit."),
        ("Spitz", "en", "The Munich painter Carl Spiz exhibited in Berlin."),
        ("Merz", "en", "Actor Jesse Mertz appeared in the radio serial."),
        ("Kolbeck", "en", "The rally passed through Colbeck on Sunday."),
        ("Becker", "it", "Il batterista Walter Beker suonò con il gruppo."),
        ("Katz", "de", "Der Kabarettist Kaz blieb in Köln."),
    ],
)
def test_another_consonant_spelling_is_another_name(term: str, language: str, text: str) -> None:
    assert matched(term, language, text) == []


@pytest.mark.parametrize(
    ("term", "language", "text", "form"),
    [
        ("Kallas", "ru", "Глава дипломатии ЕС Кая Каллас прибыла в Киев.", "Каллас"),
        ("Carney", "fr", "Le Premier ministre Mark Carney a rencontré Macron.", "Carney"),
        ("Spitz", "en", "Olympic swimmer Mark Spitz won seven gold medals.", "Spitz"),
        ("Khamenei", "de", "Der Oberste Führer Ali Chamenei drohte Israel.", "Chamenei"),
        ("Kompany", "tr", "Teknik direktör Vincent Kompani maçtan sonra konuştu.", "Kompani"),
        ("Francken", "ru", "Бельгийский министр Тео Франкен посетил Киев.", "Франкен"),
    ],
)
def test_the_name_itself_and_its_respellings_are_found(
    term: str, language: str, text: str, form: str
) -> None:
    assert matched(term, language, text) == [form]
