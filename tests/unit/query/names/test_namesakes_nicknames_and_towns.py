"""A name inside a place's name or a nickname is not the person: after a Greek or Arabic
airport's, stadium's or bridge's noun, given names between (``αεροδρόμιο Τζον Κένεντι``,
``مطار جون كينيدي``); a town after "in" and a described town (``в техасском городе
Гарланд``); a foreign street in the locative after its verb (``находится на улице
Гренель``); and a word after "nicknamed" or "call sign" (``по кличке Гоша``)."""

from __future__ import annotations

import pytest

from tests.unit.query.test_names import matched


@pytest.mark.parametrize(
    ("term", "language", "text"),
    [
        ("Kennedy", "el", "Η πτήση προσγειώθηκε στο αεροδρόμιο Τζον Κένεντι με καθυστέρηση."),
        ("Reagan", "el", "Οι πτήσεις από το αεροδρόμιο Ρίγκαν της Ουάσιγκτον ακυρώθηκαν."),
        ("Kennedy", "ar", "أقلعت الطائرة من مطار جون كينيدي متجهة إلى لندن."),
        ("Kennedy", "ar", "وصل الوفد إلى مطار كينيدي في نيويورك صباح اليوم."),
        ("Gagarin", "ar", "أقيم الحفل في ملعب غاغارين وسط المدينة."),
        ("Garland", "ru", "Стрельба произошла в американском городе Гарланд в штате Техас."),
        ("Clinton", "ru", "В небольшом городке Клинтон прошёл фестиваль."),
        ("Grenell", "ru", "Посольство расположено на улице Гренель в седьмом округе."),
        ("Foch", "ru", "Офис компании находится на проспекте Фош в Париже."),
        ("Gosh", "ru", "Пёс по кличке Гоша нашёл пропавшего ребёнка."),
        ("Bush", "ru", "Медведь по кличке Буш живёт в зоопарке Новосибирска."),
        ("Marsh", "ru", "Боевик с позывным Марш был задержан."),
    ],
)
def test_the_places_or_nickname_is_not_the_person(term: str, language: str, text: str) -> None:
    assert matched(term, language, text) == []


@pytest.mark.parametrize(
    ("term", "language", "text", "form"),
    [
        ("Kennedy", "ru", "В аэропорту его встретил Кеннеди.", "Кеннеди"),
        ("Kennedy", "el", "Στο αεροδρόμιο ο Κένεντι δήλωσε ότι θα επιστρέψει.", "Κένεντι"),
        ("Kennedy", "el", "Στη γέφυρα ο Κένεντι συνάντησε τους δημοσιογράφους.", "Κένεντι"),
        ("Kennedy", "ar", "استقبل كينيدي في المطار وزير الخارجية.", "كينيدي"),
        ("Trump", "ar", "كان في استقبال ترامب في المطار نتنياهو.", "ترامب"),
        ("Johnson", "ar", "التقى جونسون في مطار هيثرو بالرئيس الفرنسي.", "جونسون"),
        ("Ivanov", "ru", "Глава города Иванов заявил о ремонте дорог.", "Иванов"),
        ("Sobyanin", "ru", "В городе Собянин открыл новую станцию метро.", "Собянин"),
        ("Putin", "ru", "В родном городе Путин посетил свою школу.", "Путин"),
        ("Putin", "ru", "На улице Путин пообщался с жителями.", "Путин"),
        ("Putin", "ru", "Вчера вечером на площади Путин поздравил выпускников.", "Путин"),
        ("Putin", "ru", "Кот по кличке Мурзик встречал Путина у входа.", "Путина"),
    ],
)
def test_a_person_is_still_found(term: str, language: str, text: str, form: str) -> None:
    assert matched(term, language, text) == [form]
