"""Arabic particles a name term of several words writes capitalised (``"Al Jaber"``, ``"Abu
Marzouk"``, ``"Ibn Saud"``), found as other languages write them: the article in lower case
(``аль-Джабер``, ``ал-Джабер``, ``αλ-Σίσι``, ``al-Jaber``) or joined to the name in Arabic
(``الجابر``), "father of" as Turkish writes it (``Ebu``) and in its Arabic accusative
(``أبا``), "son of" in lower case (``ибн``); the name's opening o also as u (``Abu Omar`` =
``Абу Умар``) and its final a also as ة. Never the name without its particle, nor a Latin
al or el without a hyphen (Spanish "to the", "the")."""

from __future__ import annotations

import pytest

from tests.unit.query.test_names import matched


@pytest.mark.parametrize(
    ("query", "language", "text", "found"),
    [
        (
            '"Al Jaber"',
            "ru",
            "Президент COP28 Султан аль-Джабер заявил, что соглашение стало историческим.",
            ["аль-Джабер"],
        ),
        (
            '"Al Jaber"',
            "bg",
            "Председателят на COP28 Султан ал-Джабер представи проекта на споразумението.",
            ["ал-Джабер"],
        ),
        (
            '"Al Jaber"',
            "en",
            "COP28 president Sultan al-Jaber defended the final text.",
            ["al-Jaber"],
        ),
        (
            '"Al Jaber"',
            "ar",
            "وقال سلطان الجابر رئيس مؤتمر الأطراف إن الاتفاق تاريخي.",
            ["الجابر"],
        ),
        (
            '"Al Khelaifi"',
            "uk",
            "Президент ПСЖ Нассер аль-Хелаїфі прокоментував трансфер.",
            ["аль-Хелаїфі"],
        ),
        (
            '"Al Khelaifi"',
            "ar",
            "وأكد ناصر الخليفي رئيس نادي باريس سان جيرمان أن الفريق سيواصل المنافسة.",
            ["الخليفي"],
        ),
        (
            '"El Sisi"',
            "el",
            "Ο Αιγύπτιος πρόεδρος Αμπντέλ Φατάχ αλ-Σίσι συναντήθηκε με τον πρωθυπουργό.",
            ["αλ-Σίσι"],
        ),
        (
            '"El Sisi"',
            "ar",
            "استقبل الرئيس عبد الفتاح السيسي رئيس الوزراء في القاهرة.",
            ["السيسي"],
        ),
        (
            '"Al Gore"',
            "ru",
            "Бывший вице-президент США Эл Гор выступил на климатической конференции.",
            ["Эл Гор"],
        ),
        (
            '"Abu Marzouk"',
            "tr",
            "Hamas Siyasi Büro üyesi Ebu Merzuk Moskova'yı ziyaret etti.",
            ["Ebu Merzuk"],
        ),
        (
            '"Abu Marzouk"',
            "ar",
            "وذكرت المصادر أن أبا مرزوق سيصل إلى القاهرة غداً.",
            ["أبا مرزوق"],
        ),
        (
            '"Abu Omar"',
            "ru",
            "Командир группировки Абу Умар был задержан на границе.",
            ["Абу Умар"],
        ),
        (
            '"Ibn Saud"',
            "ru",
            "Основатель королевства Абдул-Азиз ибн Сауд объединил Аравию в 1932 году.",
            ["ибн Сауд"],
        ),
    ],
    ids=[
        "Russian article",
        "Bulgarian article",
        "Latin article hyphenated",
        "Arabic article joined",
        "Ukrainian article",
        "Arabic joined, a nisba",
        "Greek lower-case article",
        "Arabic joined el",
        "Russian Эл",
        "Turkish Ebu",
        "Arabic accusative",
        "opening o as u",
        "lower-case son of",
    ],
)
def test_an_arabic_particle_is_found_as_written_there(
    query: str, language: str, text: str, found: list[str]
) -> None:
    assert matched(query, language, text) == found


@pytest.mark.parametrize(
    ("query", "language", "text"),
    [
        ('"Al Jaber"', "ru", "Джабер Али, местный фермер, рассказал о засухе."),
        ('"Al Jaber"', "ar", "كتب الروائي جابر عصفور مقالاً عن الرواية العربية."),
        ('"Abu Marzouk"', "ru", "Бывший спикер парламента Кувейта Марзук аль-Ганим посетил Доху."),
        ('"Abu Marzouk"', "ar", "التقى الوفد بمرزوق الغانم رئيس مجلس الأمة الكويتي السابق."),
        ('"Abu Omar"', "ru", "Омар Абу, нападающий клуба, забил два гола."),
        ('"Abu Mazen"', "ru", "Форум прошел в Абу-Даби при участии министров."),
        ('"Al Thani"', "ar", "استقبل الملك عبدالله الثاني وزير الخارجية الأمريكي في عمان."),
        ('"Al Thani"', "ar", "وأعلن الفريق فوزه في الشوط الثاني من المباراة."),
        ('"Al Sabah"', "es", "El primer ministro malasio viajó al Sabah para ver los daños."),
        ('"Al Sabah"', "ar", "خرج المتظاهرون في الصباح الباكر إلى الشوارع."),
        ('"Al Gore"', "ar", "شنت القوات الإسرائيلية غارات على منطقة الغور في الأردن."),
        ('"Ibn Saud"', "ru", "Университет имени Сауда открыл новый кампус."),
    ],
    ids=[
        "name without the article",
        "Arabic name without the article",
        "Russian name without Abu",
        "Arabic name without Abu",
        "the words the other way",
        "Abu Dhabi",
        "regnal number",
        "ordinal",
        "Spanish al",
        "early morning",
        "Jordan Valley",
        "without ibn",
    ],
)
def test_other_words_are_not_the_name_with_its_particle(
    query: str, language: str, text: str
) -> None:
    assert matched(query, language, text) == []
