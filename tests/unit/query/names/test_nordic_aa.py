"""Norwegian and Danish aa (the old spelling of å) is said o, which Russian, Ukrainian and
Serbian write о (Haaland = Холанд): found in Cyrillic in every case; an aa in a name's last
syllable (Arabic Saad, Raad: a long a) is not read so. Trade-offs: a name spelled with one
consonant doubled meets it (Холланд, Holland), and Dutch aa, said a, gets the reading too
(Maarten = Мортен, Morten)."""

from __future__ import annotations

import pytest

from tests.unit.query.test_names import matched


@pytest.mark.parametrize(
    ("term", "language", "text", "form"),
    [
        ("Haakon", "ru", "Наследный принц Хокон открыл выставку.", "Хокон"),
        ("Gaarder", "ru", "Роман Юстейна Гордера переведён на многие языки.", "Гордера"),
        ("Braathen", "ru", "Лыжник Лукас Бротен выиграл гонку.", "Бротен"),
        ("Haaland", "uk", "Гол Голанда вирішив долю матчу.", "Голанда"),
    ],
)
def test_a_nordic_aa_is_found_as_cyrillic_o(term: str, language: str, text: str, form: str) -> None:
    assert matched(term, language, text) == [form]


@pytest.mark.parametrize(
    ("term", "language", "text"),
    [
        ("Saad", "ru", "Министр Сод выступил с речью."),  # aa in the last syllable
        ("Raad", "ru", "Депутат Род внёс законопроект."),
        ("Haaland", "ru", "Сотрудники колхоза Холодов и Ивлев получили премию."),
    ],
)
def test_an_aa_elsewhere_is_not_read_o(term: str, language: str, text: str) -> None:
    assert matched(term, language, text) == []


# Danish -gaard (gård, farm) ending a name is said -gor, its d silent: Vingegaard = Вингегор.
@pytest.mark.parametrize(
    ("term", "language", "text", "form"),
    [
        ("Kierkegaard", "ru", "Философ Кьеркегор писал о страхе и трепете.", "Кьеркегор"),
        ("Kierkegaard", "ru", "Книги Кьеркегора переиздали в Москве.", "Кьеркегора"),
        ("Hojgaard", "ru", "Гольфист Хойгор выиграл турнир в Дубае.", "Хойгор"),
        ("Damsgaard", "uk", "Півзахисник Дамсгор забив гол.", "Дамсгор"),
        ("Damsgaard", "ru", "Гол Дамсгором стал решающим.", "Дамсгором"),
    ],
)
def test_a_danish_gaard_is_found_as_gor(term: str, language: str, text: str, form: str) -> None:
    assert matched(term, language, text) == [form]


@pytest.mark.parametrize(
    ("term", "language", "text"),
    [
        ("Damsgaard", "ru", "Полузащитник Дамсгер забил гол."),
        ("Kierkegaard", "ru", "Философ Кьеркегур писал о страхе."),
    ],
)
def test_a_danish_gaard_adds_no_look_alike(term: str, language: str, text: str) -> None:
    assert matched(term, language, text) == []
