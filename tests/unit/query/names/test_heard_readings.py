"""Readings other scripts and languages give a Latin name: a Hungarian gy as d, a French
final -u as -ю, a Georgian -dze as German -dse, a French Le- as Arabic لو."""

from __future__ import annotations

import pytest

from tests.unit.query.test_names import matched


@pytest.mark.parametrize(
    ("term", "language", "text", "form"),
    [
        ("Magyar", "uk", "Лідер опозиції Петер Мадяр виграє.", "Мадяр"),
        ("Magyar", "ru", "Партия Мадьяра лидирует в опросах.", "Мадьяра"),
        ("Nagy", "ru", "Премьер Имре Надь выступил по радио.", "Надь"),
        ("Lecornu", "ru", "Премьер Себастьен Лекорню подал в отставку.", "Лекорню"),
        ("Lecornu", "uk", "Уряд Лекорню пережив голосування.", "Лекорню"),
        ("Kobakhidze", "de", "Regierungschef Kobachidse wies die Kritik zurück.", "Kobachidse"),
        ("Shevardnadze", "de", "Präsident Schewardnadse trat zurück.", "Schewardnadse"),
        ("Lecornu", "ar", "قدم رئيس الوزراء الفرنسي لوكورنو استقالته.", "لوكورنو"),
        ("Lemaire", "ar", "قال الوزير الفرنسي لومير إن", "لومير"),
    ],
)
def test_a_hungarian_gy_a_french_final_u_and_a_georgian_dze_as_others_write_them(
    term: str, language: str, text: str, form: str
) -> None:
    assert matched(term, language, text) == [form]


@pytest.mark.parametrize(
    ("term", "language", "text"),
    [
        ("Magyar", "ru", "Магия кино покорила зрителей."),
        ("Sandu", "ru", "Сандра выиграла турнир."),
    ],
)
def test_the_new_readings_do_not_reach_other_words(term: str, language: str, text: str) -> None:
    assert matched(term, language, text) == []
