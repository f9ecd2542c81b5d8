"""A name dropped as a frequent word of the article's language where it is frequent only
as the name: a Russian or Ukrainian dative opening a sentence whose stem has no dative
plural (``Джонсону пришлось``; a noun has one: ``Миру``, мирам), and an Arabic surname after
a verb of condemning or appealing (``ندد كنعاني``) or a given name Arabic writes often
(``سهيل شاهين``, ``مسعود أزهر``). The ordinary words stay out."""

from __future__ import annotations

import pytest

from tests.unit.query.test_names import matched


@pytest.mark.parametrize(
    ("term", "language", "text", "form"),
    [
        ("Johnson", "ru", "Джонсону пришлось уйти в отставку после скандала.", "Джонсону"),
        ("Cameron", "ru", "Кэмерону удалось сохранить пост лидера консерваторов.", "Кэмерону"),
        ("Putin", "ru", "Путину доложили о ходе восстановления Мариуполя.", "Путину"),
        ("Smith", "ru", "Смиту пришлось покинуть сцену под свист зрителей.", "Смиту"),
        ("Johnson", "uk", "Джонсону довелося вибачатися перед парламентом.", "Джонсону"),
        ("Kanaani", "ar", "ندد كنعاني بالغارة الإسرائيلية على دمشق.", "كنعاني"),
        ("Shaheen", "ar", "وقال محمد سهيل شاهين إن الحركة لن تقبل بأي وجود أجنبي.", "شاهين"),
    ],
)
def test_a_name_frequent_only_as_the_name_is_found(
    term: str, language: str, text: str, form: str
) -> None:
    assert matched(term, language, text) == [form]


@pytest.mark.parametrize(
    ("term", "language", "text"),
    [
        ("Gore", "ru", "Гору Эльбрус ежегодно покоряют тысячи альпинистов."),
        ("Musk", "ru", "Маску нужно носить в общественном транспорте."),
        ("Park", "ru", "Парку Горького исполнилось девяносто пять лет."),
        ("Mir", "ru", "Миру нужен мир, заявил генсек ООН."),
        ("Bog", "ru", "Богу молились всю ночь жители затопленного села."),
        ("Rose", "ru", "Розу ветров учитывали при проектировании аэропорта."),
        ("Park", "uk", "Парку імені Шевченка виділили кошти на реконструкцію."),
        ("Bukhari", "ar", "تعمل المحطة بالضغط البخاري لتوليد الكهرباء."),
        ("Baghdadi", "ar", "وصل الوفد البغدادي إلى أربيل صباح اليوم."),
        ("Shaheen", "ar", "حلق شاهين فوق الصحراء بحثا عن فريسة."),
        ("Saied", "ar", "وقال إنه سعيد بالنتيجة التي حققها الفريق."),
        ("Azhar", "ar", "زار الوفد جامع الأزهر في القاهرة."),
    ],
)
def test_an_ordinary_word_stays_out(term: str, language: str, text: str) -> None:
    assert matched(term, language, text) == []
