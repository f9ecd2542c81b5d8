"""Particles of names (the Arabic article, "son of", von, van, de…) that other languages drop,
attach or spell their own way: left out of a name term, so the name is found without them,
the words around them standing one word apart for each."""

from __future__ import annotations

import pytest

from tests.unit.query.test_names import matched


@pytest.mark.parametrize(
    ("query", "language", "text", "found"),
    [
        ("al-Sharaa", "ru", "Президент Сирии Ахмед аш-Шараа прибыл в Москву.", ["Шараа"]),
        ("al-Sharaa", "ar", "وصل الرئيس أحمد الشرع إلى الرياض.", ["الشرع"]),
        ("al-Sharaa", "en", "President Sharaa arrived in Riyadh.", ["Sharaa"]),
        ("Al-Assad", "ru", "Башар Асад покинул Дамаск.", ["Асад"]),
        ("el-Sisi", "ar", "استقبل الرئيس عبد الفتاح السيسي الوفد.", ["السيسي"]),
        ('"Bashar al-Assad"', "ru", "Башар Асад покинул Дамаск.", ["Башар Асад"]),
        ('"Bashar al-Assad"', "ar", "غادر بشار الأسد دمشق.", ["بشار الأسد"]),
        (
            '"Ursula von der Leyen"',
            "ru",
            "Заявление Урсулы фон дер Ляйен.",
            ["Урсулы фон дер Ляйен"],
        ),
        ("von der Leyen", "el", "Η Ούρσουλα φον ντερ Λάιεν δήλωσε.", ["φον ντερ Λάιεν"]),
        ("bin Salman", "ru", "Принц Мухаммед бен Сальман принял делегацию.", ["Сальман"]),
    ],
)
def test_a_name_is_found_without_its_particles(
    query: str, language: str, text: str, found: list[str]
) -> None:
    assert matched(query, language, text) == found


@pytest.mark.parametrize(
    ("query", "language", "text"),
    [
        ("Lavrov al", "en", "Lavrov said."),
        ("de AND Gaulle", "fr", "Gaulle a dit."),
        ("prix de gros", "fr", "Les prix en gros montent."),
        ('"Ministerio de defensa"', "es", "El Ministerio y defensa."),
    ],
)
def test_a_particle_apart_from_a_name_is_a_word(query: str, language: str, text: str) -> None:
    """Only a particle written right before a name is one: at the end of a query, before a
    word in lower case, or apart by an operator, it is a word the article must hold."""
    assert matched(query, language, text) == []


def test_names_exact_keeps_the_particles() -> None:
    assert matched("al-Sharaa", "en", "President Sharaa arrived.", names="exact") == []


@pytest.mark.parametrize(
    ("term", "text", "found"),
    [
        ('"Abdel Fattah"', "قال الرئيس عبد الفتاح السيسي إن", ["عبد الفتاح"]),
        ('"Abdul Hamid"', "قال رئيس الحكومة عبد الحميد الدبيبة إن", ["عبد الحميد"]),
        ('"Abul Hassan"', "قال أبو الحسن إن الوفد وصل.", ["أبو الحسن"]),
        ('"Abel Tesfaye"', "غنى أبو تسفاي في الحفل.", []),
    ],
)
def test_abd_and_abu_with_the_article_attached_as_arabic_writes_them_apart(
    term: str, text: str, found: list[str]
) -> None:
    """Latin attaches the article of the name after Abd or Abu (Abdel, Abdul, Aboul); Arabic
    writes عبد الفتاح, أبو الغيط (Abel is no Abu)."""
    assert matched(term, "ar", text) == found
