"""English surnames as the Russian, Ukrainian, Bulgarian, Greek and Arabic press write them
by their sound: a final -ham after a consonant with its schwa (Beckham = Бекхэм = Μπέκαμ,
Graham = Грэм = Грем, Gresham = Грешем); an augh said o (Kavanaugh = Кавано = كافانو,
Slaughter = Слотер); a first-syllable e before one consonant and -er, -en said i (Peterson =
Питерсон = Πίτερσον, Stevens = Стивенс); the short first a of a -son, -ton surname written
э, е (Hamilton = Хэмилтон, Hampton = Хэмптон, Hanson = Генсон); and Czech's genitive of an
English -ich (Abramovich: Abramoviche). Not a look-alike: Abraham's -ham after a vowel
stays (Абрам), Stevens is not Стивен, Peters not Питер(а), St Petersburg; a given name
before a surname stays a given name (Грэм Грин)."""

from __future__ import annotations

import pytest

from tests.unit.query.test_names import matched


@pytest.mark.parametrize(
    ("term", "language", "text", "form"),
    [
        ("Graham", "ru", "Американский сенатор Грэм потребовал ужесточить санкции.", "Грэм"),
        ("Graham", "uk", "Заяву Грема розкритикували в Москві.", "Грема"),
        ("Beckham", "ru", "Дэвид Бекхэм открыл футбольную академию в Лондоне.", "Бекхэм"),
        ("Beckham", "el", "Ο Ντέιβιντ Μπέκαμ επισκέφθηκε την Αθήνα.", "Μπέκαμ"),
        ("Gresham", "ru", "Финансист Томас Грешем сформулировал свой закон.", "Грешем"),
        ("Kavanaugh", "ru", "Адвокаты Кавано отвергли все обвинения.", "Кавано"),
        ("Kavanaugh", "ar", "وانتقد الديمقراطيون ترشيح كافانو للمحكمة العليا.", "كافانو"),
        ("Slaughter", "ru", "Писательница Карин Слотер выпустила новый триллер.", "Слотер"),
        ("Peterson", "ru", "Хоккеист Питерсон забросил две шайбы в ворота «Бостона».", "Питерсон"),
        ("Stevens", "ru", "Судья Джон Пол Стивенс ушёл в отставку в 2010 году.", "Стивенс"),
        ("Stevenson", "el", "Το μυθιστόρημα του Στίβενσον διαβάζεται ακόμη.", "Στίβενσον"),
        ("Hampton", "ru", "Джазмен Лайонел Хэмптон выступил в Нью-Йорке.", "Хэмптон"),
        ("Madison", "ru", "Президент Джеймс Мэдисон подписал закон о торговле.", "Мэдисон"),
        ("Hanson", "uk", "Сенаторка Полін Генсон знову викликала скандал.", "Генсон"),
        ("Abramovich", "cs", "Soud obstavil majetek Romana Abramoviche v Londýně.", "Abramoviche"),
    ],
)
def test_an_english_surname_is_found_as_said(
    term: str, language: str, text: str, form: str
) -> None:
    assert matched(term, language, text) == [form]


@pytest.mark.parametrize(
    ("term", "language", "text"),
    [
        ("Abraham", "ru", "Художник Абрам Архипов написал эту картину в 1890 году."),
        ("Stevens", "ru", "Писатель Стивен Кинг выпустил новый роман."),
        ("Peters", "ru", "Жители Питера вышли на субботник в выходные."),
        ("Graham", "ru", "Писатель Грэм Грин работал на британскую разведку."),
        ("Graham", "ru", "Ведущий Грэм Нортон пошутил о конкурсе."),
        ("Waugh", "ru", "Во время визита президент посетил завод."),
        ("Mason", "ru", "Физик Мезон выступил с докладом."),
    ],
)
def test_a_look_alike_is_not_found(term: str, language: str, text: str) -> None:
    assert matched(term, language, text) == []
