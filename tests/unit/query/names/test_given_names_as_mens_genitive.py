"""A woman's given name spelled as a common man's given name in the genitive (South Slavic
Ivana, Andreja, Dragana; Russian Валентина; Polish Dominika) says no woman's surname
follows: ``Izjave Ivana Anušića`` are Ivan Anušić's, his surname found in its case. The
women's names kept still tell a woman's surname from a man's case."""

from __future__ import annotations

import pytest

from tests.unit.query.test_names import matched


@pytest.mark.parametrize(
    ("term", "language", "text", "form"),
    [
        ("Plenkovic", "hr", "Vlada Andreja Plenkovića predstavila je proračun.", "Plenkovića"),
        ("Djilas", "sr", "Izjava Dragana Đilasa izazvala je buru u Beogradu.", "Đilasa"),
        ("Milanovic", "hr", "Odluka Ivana Milanovića iznenadila je sve.", "Milanovića"),
        ("Yumashev", "ru", "Интервью Валентина Юмашева вышло в субботу.", "Юмашева"),
        ("Gawkowski", "pl", "Wywiad Dominika Gawkowskiego ukazał się w sobotę.", "Gawkowskiego"),
    ],
)
def test_a_surname_after_a_mans_genitive_given_name_is_found(
    term: str, language: str, text: str, form: str
) -> None:
    assert matched(term, language, text) == [form]


@pytest.mark.parametrize(
    ("term", "language", "text"),
    [
        ("Lavrov", "ru", "Мария Лаврова выиграла турнир."),  # a woman's surname
        ("Lavrov", "hr", "Jelena Lavrova osvojila je turnir u Zagrebu."),
        ("Lavrov", "pl", "Rozmawiał z Marią Ławrową w Moskwie."),
        ("Zakharov", "ru", "Теннисистка Захарова вышла в финал."),
    ],
)
def test_a_womans_surname_stays_hers(term: str, language: str, text: str) -> None:
    assert matched(term, language, text) == []
