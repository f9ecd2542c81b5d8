"""The u of a Romance final -gue, -gui, -que, -qui is silent, only hardening the g or c, and
other scripts write none (Oligui = Олиги = Ολιγκί, Enrique = Энрике); a French final -gue,
-que drops its e too (Rodrigue = Родриг). Short terms and other words are not reached."""

from __future__ import annotations

import pytest

from tests.unit.query.test_names import matched


@pytest.mark.parametrize(
    ("term", "language", "text", "form"),
    [
        ("Rodrigue", "ru", "Картины Джорджа Родрига продали на аукционе.", "Родрига"),
        ("Rodrigue", "uk", "Художник Джордж Родриг народився в Луїзіані.", "Родриг"),
        ("Enrique", "ru", "Тренер ПСЖ Луис Энрике продлил контракт с клубом.", "Энрике"),
        ("Dominique", "ru", "Премьер Доминик де Вильпен выступил в ООН.", "Доминик"),
        ("Oligui", "el", "Ο Ολιγκί μίλησε στους βουλευτές στη Λιμπρεβίλ.", "Ολιγκί"),
        ("Oligui", "ru", "Генерал Олиги встретился с послами в Либревиле.", "Олиги"),
    ],
)
def test_the_silent_u_is_not_written(term: str, language: str, text: str, form: str) -> None:
    assert matched(term, language, text) == [form]


@pytest.mark.parametrize(
    ("term", "language", "text"),
    [
        ("Bogue", "ru", "Бог знает, что будет дальше."),  # too short to read so
        ("Rodrigue", "ru", "Нападающий Родригес забил гол."),  # another name
        ("Oligui", "ru", "Олег прибыл в Москву."),  # another name
        ("Enrique", "ru", "Генрих прибыл в замок."),  # another name
        ("Dominique", "el", "Η Δομινίκα είναι νησί της Καραϊβικής."),  # a place
    ],
)
def test_other_words_are_not_the_silent_u_name(term: str, language: str, text: str) -> None:
    assert matched(term, language, text) == []


# Arabic writes the name as said too (Rafique = رفيق, Dominique = دومينيك), its vowels as
# the spelling has them: a bare skeleton stays an ordinary word (ترك "left", منك "from you").
@pytest.mark.parametrize(
    ("term", "text", "form"),
    [
        ("Rafique", "قال رفيق إن الحكومة ستواصل الإصلاحات.", "رفيق"),
        ("Shafique", "أعلن شفيق أن الحزب سيشارك في الانتخابات.", "شفيق"),
        ("Monique", "قالت الوزيرة مونيك باربو إن الحكومة ستدعم المزارعين.", "مونيك"),
        ("Dominique", "قال رئيس الوزراء الأسبق دومينيك دو فيلبان إن الحرب خطأ.", "دومينيك"),
        ("Rodrigue", "قال الفنان رودريغ إن المعرض سيفتتح غدا.", "رودريغ"),
    ],
)
def test_arabic_writes_the_name_without_its_silent_letters(term: str, text: str, form: str) -> None:
    assert matched(term, "ar", text) == [form]


@pytest.mark.parametrize(
    ("term", "text"),
    [
        ("Monique", "هذا الكتاب منك وإليك."),  # "from you"
        ("Tarique", "ترك الوزير منصبه أمس."),  # "left"
        ("Rafique", "سافر مع رفيق دربه إلى القاهرة."),  # "companion"
        ("Sadique", "كان صديق الوزير حاضرا."),  # "friend"
    ],
)
def test_arabic_words_are_not_the_silent_u_name(term: str, text: str) -> None:
    assert matched(term, "ar", text) == []
