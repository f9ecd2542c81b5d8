"""Mc before a vowel: its c is k as before a consonant, which other scripts write so (McIntyre
= Макинтайр = Μακίντάιρ = ماكنتاير), where a Latin c before e, i or y would be s."""

from __future__ import annotations

import pytest

from tests.unit.query.test_names import matched
from workers.query.names.forms import mac_of_mc


@pytest.mark.parametrize(
    ("term", "language", "text", "form"),
    [
        ("McIntyre", "ru", "Сенатор Макинтайр заявил о поддержке.", "Макинтайр"),
        ("McIntyre", "ru", "Сторонники Макинтайра вышли на улицы.", "Макинтайра"),
        ("McIntyre", "el", "Ο Μακίντάιρ δήλωσε ότι θα ψηφίσει.", "Μακίντάιρ"),
        ("McIntyre", "ar", "قال ماكنتاير إن الحزب موحد.", "ماكنتاير"),
        ("McIntosh", "uk", "Художник Макінтош народився в Глазго.", "Макінтош"),
        ("McInnes", "ru", "Ведущий Макиннес покинул канал.", "Макиннес"),
        ("McEvoy", "ru", "Актриса Макэвой сыграла главную роль.", "Макэвой"),
    ],
)
def test_mc_before_a_vowel_is_found_as_mak(term: str, language: str, text: str, form: str) -> None:
    assert matched(term, language, text) == [form]


@pytest.mark.parametrize(
    ("term", "language", "text"),
    [
        ("McIntosh", "ru", "Художник Максинтош родился в Глазго."),  # an s is no Mc's c
        ("McIntyre", "ru", "Сенатор Масинтайр заявил о поддержке."),
        ("McIlroy", "ru", "Гольфист Килрой выиграл турнир."),  # the Mac is said
    ],
)
def test_mc_before_a_vowel_adds_no_look_alike(term: str, language: str, text: str) -> None:
    assert matched(term, language, text) == []


@pytest.mark.parametrize(
    ("term", "spelled"),
    [
        ("McIlroy", ("makilroy",)),
        ("McEwan", ("makewan",)),
        ("McDonald", ("macdonald",)),
        ("McAdam", ("macadam",)),
        ("Mcbride", ("macbride",)),
        ("Marcus", ()),
    ],
)
def test_mc_is_written_mak_before_e_i_y(term: str, spelled: tuple[str, ...]) -> None:
    assert mac_of_mc(term) == spelled
