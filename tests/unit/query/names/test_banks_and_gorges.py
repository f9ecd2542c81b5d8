"""A name right after a bank's, shore's or gorge's noun is its river's, lake's, sea's or
gorge's (``на берегу Волги``, ``το φαράγγι του Βίκου``, with its genitive article in
Greek), not a person's."""

from __future__ import annotations

import pytest

from tests.unit.query.test_names import matched


@pytest.mark.parametrize(
    ("query", "language", "text"),
    [
        ("Volga", "ru", "Отдыхающие собрались на берегу Волги."),
        ("Desna", "uk", "Рибалки сиділи на березі Десни."),
        ("Baksan", "ru", "Туристы прошли ущелье Баксана за день."),
        ("Vikos", "el", "Πεζοπόροι διέσχισαν το φαράγγι του Βίκου."),
        ("Evros", "el", "Περιπολίες έγιναν στις όχθες του Έβρου."),
        ("Iskar", "bg", "Наводнение заля брега Искър."),
    ],
    ids=["ru", "uk", "ru, gorge", "el, gorge", "el, banks", "bg"],
)
def test_a_name_after_a_bank_or_gorge_is_the_place(query: str, language: str, text: str) -> None:
    assert matched(query, language, text) == []


@pytest.mark.parametrize(
    ("query", "language", "text", "found"),
    [
        ("Volkov", "ru", "Следователи нашли Волкова на берегу озера.", ["Волкова"]),
        ("Vikos", "el", "Η πρόταση του Βίκου απορρίφθηκε.", ["Βίκου"]),
        ("Dendias", "el", "Η ομιλία του Δένδια στις όχθες ήταν σύντομη.", ["Δένδια"]),
    ],
    ids=["ru, the name elsewhere", "el, no gorge", "el, a noun after the name"],
)
def test_the_person_is_still_found(query: str, language: str, text: str, found: list[str]) -> None:
    assert matched(query, language, text) == found
