"""Ukrainian names in -ка, -га, -ха in the dative and locative (the consonant softens:
-ці, -зі, -сі), and Polish names in -ga in the genitive (-gi, as -ka makes -ki)."""

from __future__ import annotations

import pytest

from tests.unit.query.test_names import matched


@pytest.mark.parametrize(
    ("term", "language", "text", "form"),
    [
        ("Sybiha", "uk", "Міністр передав Андрію Сибізі лист від колеги.", "Сибізі"),
        ("Mujica", "uk", "Хосе Мухіці присвятили документальний фільм.", "Мухіці"),
        ("Mukha", "uk", "Нагороду вручили Олександрові Мусі в Києві.", "Мусі"),
        ("Ortega", "pl", "Według Daniela Ortegi opozycja spiskuje z Waszyngtonem.", "Ortegi"),
        ("Noriega", "pl", "Proces Manuela Noriegi trwał kilka miesięcy.", "Noriegi"),
    ],
)
def test_a_softened_or_k_like_case_ending_is_read_away(
    term: str, language: str, text: str, form: str
) -> None:
    assert matched(term, language, text) == [form]


@pytest.mark.parametrize(
    ("term", "language", "text"),
    [
        ("Sybiha", "uk", "Сибір вкрило снігом."),
        ("Mujica", "uk", "Музиці присвятили вечір у філармонії."),
    ],
)
def test_the_endings_add_no_unrelated_word(term: str, language: str, text: str) -> None:
    assert matched(term, language, text) == []
