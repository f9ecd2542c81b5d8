"""A name before another name: a one-word surname term's other spellings do not count
there, a given name's place (``Sissy Spacek`` is not ``Sisi``), except for the surnames
Chinese, Korean and Vietnamese names put first, and for a rule's word written as a given
name, right before another (``Donald Trump`` without quotes)."""

from __future__ import annotations

import pytest

from tests.unit.query.test_names import matched


@pytest.mark.parametrize(
    ("query", "language", "text", "found"),
    [
        ("Xi", "ru", "Си Цзиньпин прибыл в Москву с визитом.", ["Си"]),
        ("Xi Jinping", "ru", "Си Цзиньпин прибыл в Москву с визитом.", ["Си", "Цзиньпин"]),
        ("Xi", "el", "Ο Σι Τζινπίνγκ συναντήθηκε με τον Πούτιν.", ["Σι"]),
        ("Xi Jinping", "sr", "Predsednik Si Đinping je doputovao u Beograd.", ["Si", "Đinping"]),
        ("Li", "uk", "Лі Цян відвідав виставку.", ["Лі"]),
        ("Kim", "ru", "Ким Чен Ын осмотрел новый завод.", ["Ким"]),
        ("Lee", "ru", "Президент Ли Чжэ Мён выступил в парламенте.", ["Ли"]),
        ("Sisi", "en", "Sissy Spacek won the award.", []),
    ],
)
def test_a_surname_first_name_is_found_before_the_given_name(
    query: str, language: str, text: str, found: list[str]
) -> None:
    assert matched(query, language, text) == found


@pytest.mark.parametrize(
    ("query", "language", "text", "found"),
    [
        ("Donald Trump", "ru", "Дональд Трамп подписал указ.", ["Дональд", "Трамп"]),
        ("Donald Trump", "el", "Ο Ντόναλντ Τραμπ υπέγραψε το διάταγμα.", ["Ντόναλντ", "Τραμπ"]),
        ("Friedrich Merz", "uk", "Фрідріх Мерц прибув до Києва.", ["Фрідріх", "Мерц"]),
        (
            "Sergei Lavrov sanctions",
            "en",
            "Sergey Lavrov spoke of sanctions.",
            ["Sergey", "Lavrov", "sanctions"],
        ),
    ],
)
def test_a_rule_word_written_before_another_name_is_a_given_name(
    query: str, language: str, text: str, found: list[str]
) -> None:
    assert matched(query, language, text) == found


@pytest.mark.parametrize(
    ("term", "language", "text", "found"),
    [
        ('"Han Duck Soo"', "ru", "Премьер Хан Док Су подал в отставку.", ["Хан Док Су"]),
        ('"Han Duck Soo"', "el", "Ο πρωθυπουργός Χαν Ντοκ Σου παραιτήθηκε.", ["Χαν Ντοκ Σου"]),
        ('"Lee Jae Myung"', "ru", "Президент Ли Чжэ Мён прибыл в Токио.", ["Ли Чжэ Мён"]),
        ("Suk", "ru", "Сок апельсиновый подорожал.", []),
    ],
)
def test_a_korean_names_vowels_as_cyrillic_and_greek_write_them(
    term: str, language: str, text: str, found: list[str]
) -> None:
    """After a Korean family name, a name's u and eo are also Russian о or ё, its ae э (Duck
    = Док, Jae = Чжэ, Myung = Мён); a word alone is not read so (Suk is no Сок, juice)."""
    assert matched(term, language, text) == found


@pytest.mark.parametrize(
    ("term", "text", "found"),
    [
        ('"Kim Yo Han"', "أصدر المغني كيم يو هان ألبومه الأول.", ["كيم يو هان"]),
        ('"Park Yoo Chun"', "عاد الممثل بارك يو تشون إلى التلفزيون.", ["بارك يو تشون"]),
        ('"Kim Yo Han"', "قال كيم يو إن الفريق جاهز.", []),  # the name's last word missing
    ],
)
def test_a_korean_names_vowel_syllable_as_arabic_writes_it(
    term: str, text: str, found: list[str]
) -> None:
    """After a Korean family name, a syllable of a vowel alone (Yo, Yoo) is found as Arabic
    writes it with vowel letters only (يو), which no consonant keys."""
    assert matched(term, "ar", text) == found


@pytest.mark.parametrize(
    ("term", "language", "text", "found"),
    [
        ('"Moon Jae-in"', "ru", "Бывший президент Мун Чжэ Ин посетил Пхеньян.", ["Мун Чжэ Ин"]),
        (
            '"Lee Jae-myung"',
            "ru",
            "Заявление Ли Чжэ Мёна опубликовала администрация.",
            ["Ли Чжэ Мёна"],
        ),
        ('"Moon Jae-in"', "en", "Former president Moon Jae-in visited Pyongyang.", ["Moon Jae-in"]),
    ],
)
def test_a_lower_case_part_hyphenated_to_a_name_is_read_as_the_name(
    term: str, language: str, text: str, found: list[str]
) -> None:
    """Jae-in and Jae-myung are a given name's syllables: Russian writes them apart and
    capitalised (Чжэ Ин, Чжэ Мён)."""
    assert matched(term, language, text) == found


@pytest.mark.parametrize(
    ("term", "language", "text", "found"),
    [
        ('"Kim Yo Jong"', "ru", "Сестра лидера КНДР Ким Ё Чжон пригрозила Сеулу.", ["Ким Ё Чжон"]),
        ('"Kim Yong Nam"', "ru", "Председатель Ким Ён Нам принял посла.", ["Ким Ён Нам"]),
        ('"Hyon Song Wol"', "ru", "Делегацию возглавила Хён Сон Воль.", ["Хён Сон Воль"]),
        ('"Kim Yo Jong"', "uk", "Сестра лідера Кім Йо Чжон погрожувала Сеулу.", ["Кім Йо Чжон"]),
        ('"Kim Yo Jong"', "ru", "Ким Чен Ын посетил завод.", []),
        ("Yong", "ru", "Ёлка стояла на площади.", []),
    ],
)
def test_a_korean_yo_as_russian_yo(term: str, language: str, text: str, found: list[str]) -> None:
    """After a Korean family name, a ㅕ or ㅛ written yo is Russian ё, which Cyrillic text
    reads as е (Yo = Ё, Yong = Ён, Hyon = Хён); a word alone is not read so."""
    assert matched(term, language, text) == found
