"""A word a name term finds only in another script, spelling or case is a place's name, not
the person's, right after a river's, village's or island's noun or the word for a place's
residents, before a dash and such a noun, or as a -ский adjective before a district's noun;
and a name that opens a compound given name with "servant of" (Abd al-Karim) is not the
surname of its second part."""

from __future__ import annotations

import pytest

from tests.unit.query.test_names import matched


@pytest.mark.parametrize(
    ("query", "language", "text"),
    [
        ("Kama", "ru", "Река Кама замёрзла раньше обычного."),
        ("Sosna", "uk", "Поблизу села Сосна впали уламки ракети."),
        ("Sosna", "ru", "Жители Сосны остались без света."),
        ("Karak", "ar", "ضربت عاصفة ثلجية مدينة الكرك جنوب الأردن."),
        ("Karak", "ar", "انقطعت الكهرباء عن سكان الكرك."),
        ("Kastri", "el", "Οι κάτοικοι του χωριού Καστρί διαμαρτυρήθηκαν."),
        ("Wisla", "pl", "Poziom wody w rzece Wiśle spada."),
        ("Sosnovka", "ru", "Сосновка — посёлок в Пензенской области."),
        ("Sosnovka", "ru", "Сосновка — это посёлок в Пензенской области."),
        ("Kastri", "el", "Το Καστρί είναι χωριό της Αρκαδίας."),
        ("Sedlets", "cs", "Sedlec je obec u Kutné Hory."),
        ("Gorodetsky", "ru", "Городецкий район получил новые автобусы."),
        ("Cruz", "ru", "Самолёт приземлился в Санта-Крус."),
        ("Marino", "ru", "Туристы приехали в Сан-Марино."),
        ("Saied", "ar", "وصلت السفينة إلى بور سعيد."),
    ],
    ids=[
        "a river",
        "a village, genitive",
        "residents",
        "an Arabic city",
        "Arabic residents",
        "a Greek village",
        "pl, a river, locative",
        "defined by a dash",
        "defined by a dash and 'this is'",
        "el, defined by 'is'",
        "cs, defined by 'is'",
        "an adjective before a district",
        "a hyphenated place, saint",
        "a hyphenated place, a country",
        "an Arabic port",
    ],
)
def test_a_place_named_by_its_noun_is_not_the_person(query: str, language: str, text: str) -> None:
    assert matched(query, language, text) == []


@pytest.mark.parametrize(
    ("query", "language", "text", "found"),
    [
        ("Sosna", "pl", "Mieszkańcy wsi Sosna protestują.", ["Sosna"]),
        ("Scott", "uk", "Заява Ріка Скотта здивувала колег.", ["Скотта"]),
        ("Biden", "ar", "ارتفعت الأسعار خلال ولاية بايدن.", ["بايدن"]),
        ("Gorodetsky", "ru", "Городецкий заявил, что район получит автобусы.", ["Городецкий"]),
        ("Smotrich", "ru", "Смотрич — министр финансов Израиля.", ["Смотрич"]),
        ("Babis", "cs", "Babiš je předseda hnutí ANO.", ["Babiš"]),
        ("Sisi", "ru", "Президент Абдель Фаттах Эль-Сиси прибыл в Москву.", ["Сиси"]),
        ("Cruz", "ru", "Сенатор Тед Крус выступил в Техасе.", ["Крус"]),
    ],
    ids=[
        "the name as written",
        "a capitalised noun mid-sentence is a given name (Рік)",
        "a term of office is no place",
        "an adjective before a verb",
        "defined as a person",
        "cs, 'is' and an office",
        "after the Arabic article, hyphenated",
        "no place's first word",
    ],
)
def test_the_person_is_still_found(query: str, language: str, text: str, found: list[str]) -> None:
    assert matched(query, language, text) == found


@pytest.mark.parametrize(
    ("query", "language", "text", "found"),
    [
        ("Ghani", "ar", "استقبل الرئيس عبد الغني وفدا من النقابات.", []),
        ("Aziz", "ru", "Король Абдель Азиз основал государство.", []),
        ("Aziz", "ru", "Абд аль Азиз основал государство.", []),
        ("Ghani", "el", "Ο Αμπντούλ Γκάνι Μπαραντάρ έφτασε στη Ντόχα.", []),
        ("Aziz", "ru", "Бывший вице-премьер Тарик Азиз умер в тюрьме.", ["Азиз"]),
        ("Ghani", "ar", "غادر الرئيس الأفغاني أشرف غني البلاد.", ["غني"]),
    ],
    ids=[
        "Arabic",
        "Cyrillic, the article joined",
        "Cyrillic, the article apart",
        "Greek",
        "after a given name",
        "Arabic, alone",
    ],
)
def test_a_name_after_servant_of_is_part_of_a_given_name(
    query: str, language: str, text: str, found: list[str]
) -> None:
    assert matched(query, language, text) == found


@pytest.mark.parametrize(
    ("query", "language", "text"),
    [
        ("Pushkin", "ru", "Экскурсия в Пушкин начнётся в полдень."),
        ("Korolev", "ru", "Делегация приехала в Королёв на выставку."),
        ("Chekhov", "ru", "Электрички на Чехов отменили до понедельника."),
        ("Korolev", "uk", "Делегація поїхала в Корольов на виставку."),
    ],
)
def test_a_surnames_bare_form_after_into_is_a_town(query: str, language: str, text: str) -> None:
    """Russian and Ukrainian "into", "to" take a person in the genitive's form (animate
    accusative): the bare form of a man's surname there is a town."""
    assert matched(query, language, text) == []


@pytest.mark.parametrize(
    ("query", "language", "text", "form"),
    [
        ("Korolev", "ru", "Нападавший выстрелил в Королёва из пистолета.", "Королёва"),
        ("Pushkin", "ru", "Критики обрушились на Пушкина.", "Пушкина"),
        ("Pushkin", "ru", "Вчера Пушкин приехал в Москву.", "Пушкин"),
    ],
)
def test_a_person_after_into_is_still_found(
    query: str, language: str, text: str, form: str
) -> None:
    assert matched(query, language, text) == [form]
