"""A one-word Latin name that Arabic writes as two words (an opening "servant of" or
"father of", a closing God's name or "of the faith", the Turkish -oğlu and Persian -zadeh)
also finds its two parts side by side in Arabic script."""

from __future__ import annotations

import pytest

from tests.unit.query.test_names import matched
from workers.query import parse_query
from workers.query.names.explain import explain
from workers.query.names.split_names import arabic_parts


@pytest.mark.parametrize(
    ("query", "text", "found"),
    [
        ("Fadlallah", "ألقى محمد حسين فضل الله خطبة الجمعة.", ["فضل الله"]),
        ("Abdelmadjid", "استقبل الرئيس عبد المجيد تبون السفير.", ["عبد المجيد"]),
        ("Abderrahman", "قال عبد الرحمن إن الاتفاق نهائي.", ["عبد الرحمن"]),
        ("Abubakar", "أعلن أبو بكر ترشحه للرئاسة.", ["أبو بكر"]),
        ("Davutoglu", "انتقد أحمد داود أوغلو سياسة الحكومة.", ["داود أوغلو"]),
        ("Hosseinzadeh", "قال المتحدث حسين زاده إن الوفد وصل.", ["حسين زاده"]),
        ("Salahuddin", "زار صلاح الدين أربيل.", ["صلاح الدين"]),
        ("Hezbollah", "أعلن حزب الله مسؤوليته عن الهجوم.", ["حزب الله"]),
        ("Ahmadinejad", "انتقد الرئيس السابق محمود أحمدي نجاد الحكومة.", ["أحمدي نجاد"]),
        ("Dowlatabadi", "صدرت ترجمة جديدة لرواية محمود دولت آبادي.", ["دولت آبادي"]),
        ("Karakaya", "قال النائب التركي محمد قره كايا إن الحزب سيصوت ضد القانون.", ["قره كايا"]),
        ("Nurmuhamedov", "قال الوزير التركماني نور محمدوف إن الغاز سيصدر إلى الصين.",
         ["نور محمدوف"]),
    ],
    ids=["-allah", "Abdel-", "Abd with a sun letter's article", "Abu-", "-oglu", "-zadeh",
         "-uddin", "an organisation", "Persian -nejad", "Persian -abadi", "Turkish -kaya",
         "Turkic -muhamedov"],
)  # fmt: skip
def test_a_name_arabic_writes_apart_is_found_in_two_words(
    query: str, text: str, found: list[str]
) -> None:
    assert matched(query, "ar", text) == found


@pytest.mark.parametrize(
    ("query", "language", "text"),
    [
        ("Davutoglu", "ar", "قال داود إن أوغلو وصل."),  # apart, another word between
        ("Davutoglu", "en", "Ahmet Davut and Oglu spoke."),
        ("Fadlallah", "ar", "ألقى فضل خطبة."),  # one part alone
        ("Nurmuhamedov", "ar", "سجل اللاعب رستم محمدوف هدفين."),  # the closing part alone
    ],
)
def test_the_two_parts_count_only_side_by_side(query: str, language: str, text: str) -> None:
    assert matched(query, language, text) == []


@pytest.mark.parametrize(
    ("word", "parts"),
    [
        ("Nasrallah", ("Nasr", "Allah")),
        ("Abdullah", ("Abd", "Ullah")),
        ("Abdelaziz", ("Abd", "Aziz")),
        ("Imamoglu", ("Imam", "Oglu")),
        ("Akhundzada", ("Akhund", "Zada")),
        ("Abdul", None),  # too short after the opening
        ("Abbas", None),
        ("Lavrov", None),
        ("Aliyev", None),
        ("Cipolla", None),  # -olla is no God's name without its h
        ("Zeldin", None),  # too short before -eldin
        ("Ahmadinejad", ("Ahmadi", "Nejad")),
        ("Abadi", None),  # the ending alone: Haider al-Abadi
        ("Kaya", None),
    ],
)
def test_which_names_arabic_writes_apart(word: str, parts: tuple[str, str] | None) -> None:
    assert arabic_parts(word) == parts


def test_rules_test_explains_each_part() -> None:
    lines = explain(parse_query("Nasrallah").root, ["نصر الله"], "ar", "variants")
    assert lines == ["Nasr matched نصر (Arabic)", "Allah matched الله (Arabic)"]


@pytest.mark.parametrize(
    ("query", "language", "text", "found"),
    [
        ("Abdelmadjid", "ru", "Президент Абдельмаджид Теббун принял посла.", ["Абдельмаджид"]),
        ("Abdelmadjid", "ru", "Президент Абдель Маджид Теббун принял посла.", ["Абдель Маджид"]),
        ("Abdulkadir", "uk", "Генерал Абдул Кадір заявив про перемир'я.", ["Абдул Кадір"]),
        ("Abdelmadjid", "el", "Ο πρόεδρος Αμπντέλ Ματζίντ Τεμπούν δήλωσε.", ["Αμπντέλ Ματζίντ"]),
        ("Abdelmadjid", "fr", "Le président Abdel Madjid Tebboune a parlé.", ["Abdel Madjid"]),
        ("Abubakar", "ru", "Генерал Абу Бакар возглавил штаб.", ["Абу Бакар"]),
        ("Abdelmadjid", "ru", "Президент Абдель Фаттах ас-Сиси принял посла.", []),
        ("Fadlallah", "ru", "Шейх Фадл Аллах выступил.", []),  # an ending: Arabic only
    ],
)
def test_a_name_opening_with_abd_or_abu_is_found_apart_in_other_scripts(
    query: str, language: str, text: str, found: list[str]
) -> None:
    assert matched(query, language, text) == found


def test_rules_test_explains_each_part_as_the_script_writes_it() -> None:
    lines = explain(parse_query("Abdelmadjid").root, ["Абдель Маджид"], "ru", "variants")
    assert lines == ["Abdel matched Абдель (Cyrillic)", "Madjid matched Маджид (Cyrillic)"]
