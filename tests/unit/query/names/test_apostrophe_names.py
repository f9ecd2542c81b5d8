"""Names with an apostrophe inside (an ayin or hamza of a transliterated name, Ukrainian's
apostrophe before an iotated vowel) are one word (see text): a rule finds them with or without
it, in every script, and the alert shows the form as the article writes it."""

from __future__ import annotations

import pytest

from tests.unit.query.test_names import matched
from workers.query import parse_query
from workers.query.names.explain import explain


@pytest.mark.parametrize(
    ("term", "language", "text", "form"),
    [
        ("Yaalon", "en", "Former defence minister Moshe Ya'alon criticised the plan.", "Ya'alon"),
        ("Qaani", "en", "Quds Force commander Esmail Qa’ani visited Baghdad.", "Qa’ani"),
        ("Ya'alon", "ru", "Бывший министр обороны Моше Яалон раскритиковал план.", "Яалон"),
        ("Ya'alon", "ar", "انتقد وزير الدفاع السابق موشيه يعالون الخطة.", "يعالون"),
        ("Lukyanenko", "uk", "Левко Лук’яненко був автором Акта.", "Лук’яненко"),
        ("Lukianenko", "uk", "Пам'ять Левка Лук'яненка вшанували у Києві.", "Лук'яненка"),
        ("Demyanenko", "uk", "Тренер Анатолій Дем’яненко очолив збірну.", "Дем’яненко"),
    ],
)
def test_a_name_with_an_apostrophe_inside_is_found(
    term: str, language: str, text: str, form: str
) -> None:
    assert matched(term, language, text) == [form]


def test_a_polish_case_ending_after_an_apostrophe_is_still_a_case_ending() -> None:
    # Found as the name Rice, shown as written (see rules._with_ending).
    text = "Przemówienie Rice'a w Warszawie wywołało burzę."
    assert matched("Rice", "pl", text, names="exact") == ["Rice'a"]


def test_rules_test_explains_the_form_with_its_apostrophe() -> None:
    lines = explain(parse_query("Lukyanenko").root, ["Лук'яненка"], "uk", "variants")
    assert lines == ["Lukyanenko matched Лук'яненка (Cyrillic, genitive)"]
