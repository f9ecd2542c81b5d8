"""A French name's oi, said wa: Russian, Greek and Arabic write it so (Poilievre = Пуальевр =
Πουαλιέβρ = بواليفر, Dubois = Дюбуа), for a term spelled the French way, which a final
-vre, -tre, -bre (English writes -ver, -ter, -ber) or -ois also tells."""

from __future__ import annotations

import pytest

from tests.unit.query.test_names import matched


@pytest.mark.parametrize(
    ("term", "language", "text", "form"),
    [
        ("Poilievre", "ru", "Канадский политик Пуальевр выступил в Торонто.", "Пуальевр"),
        ("Poilievre", "el", "Ο Πουαλιέβρ μίλησε στο Τορόντο.", "Πουαλιέβρ"),
        ("Poilievre", "ar", "تحدث بواليفر في تورونتو.", "بواليفر"),
        ("Moivre", "ru", "Формула Муавра известна каждому студенту.", "Муавра"),
        ("Boivre", "uk", "Письменник Буавр виступив у Парижі.", "Буавр"),
        ("Poitre", "el", "Ο Πουάτρ μίλησε στη Βουλή.", "Πουάτρ"),
        ("Dubois", "ru", "Депутат Дюбуа выступил в Париже.", "Дюбуа"),
    ],
)
def test_a_french_oi_is_found_as_said(term: str, language: str, text: str, form: str) -> None:
    assert matched(term, language, text) == [form]


@pytest.mark.parametrize(
    ("term", "language", "text"),
    [
        ("Lois", "ru", "Язык Луа популярен у разработчиков."),  # too short to be French
        ("Poilievre", "ru", "Пьер Пуаро раскрыл новое дело."),
        ("Dubois", "ru", "Дюбо выступил в Париже."),  # the wa said
        ("Poitre", "ru", "Питер прибыл в Лондон."),
    ],
)
def test_other_words_are_not_the_french_name(term: str, language: str, text: str) -> None:
    assert matched(term, language, text) == []
