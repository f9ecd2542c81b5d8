"""A name in -a read only in its dative, which is also its locative (Russian Осаке, Polish
Osace, Ukrainian Осаці), right after "in" (в, w, v; Ukrainian у) is a place's locative:
"in" takes no dative (``в Осаке``, in Osaka; ``в Медине``, in Medina). The dative elsewhere
(``позвонил Раме``) and the locative after another preposition (``о Раме``) stay the name."""

from __future__ import annotations

import pytest

from tests.unit.query.test_names import matched


@pytest.mark.parametrize(
    ("term", "language", "text"),
    [
        ("Osaka", "ru", "Выставка прошла в Осаке в прошлом году."),
        ("Osaka", "pl", "Targi odbyły się w Osace jesienią."),
        ("Osaka", "uk", "Виставка відбулася в Осаці минулого року."),
        ("Medina", "ru", "Паломники собрались в Медине после хаджа."),
        ("Lima", "ru", "Саммит АТЭС прошёл в Лиме в ноябре."),
        ("Medina", "pl", "Pielgrzymi modlili się w Medynie."),
    ],
)
def test_a_locative_after_in_is_a_place(term: str, language: str, text: str) -> None:
    assert matched(term, language, text) == []


@pytest.mark.parametrize(
    ("term", "language", "text", "form"),
    [
        ("Rama", "ru", "Путин позвонил Раме в понедельник.", "Раме"),
        ("Rama", "ru", "Статья о Раме вышла вчера.", "Раме"),
        ("Osaka", "ru", "Теннисистка Наоми Осака выиграла турнир в Токио.", "Осака"),
        ("Osaka", "pl", "Trener pogratulował Osace zwycięstwa.", "Osace"),
        ("Kuleba", "uk", "Міністр подякував Кулебі за підтримку.", "Кулебі"),
    ],
)
def test_the_name_in_its_dative_stays_found(term: str, language: str, text: str, form: str) -> None:
    assert matched(term, language, text) == [form]
