"""A Czech name typed without its marks (Křetínský = Kretinsky, Dvořák = Dvorak): its ř,
which Russian and Ukrainian write рж, рш and Greek ρζ, may be an r after a consonant
before e or i, or an r between vowels; read so, for Cyrillic and Greek, in a name of Czech
shape only (an ending -sky, -ska, -ek, -ik, -ak, -ova): Kretinsky = Кршетинский, Dvorak =
Дворжак = Ντβόρζακ."""

from __future__ import annotations

import pytest

from tests.unit.query.test_names import matched


@pytest.mark.parametrize(
    ("term", "language", "text", "form"),
    [
        ("Dvorak", "ru", "Оркестр исполнил Девятую симфонию Дворжака.", "Дворжака"),
        ("Dvorak", "ru", "Композитор Антонин Дворжак родился в Богемии.", "Дворжак"),
        ("Dvorak", "uk", "Оркестр виконав симфонію Антоніна Дворжака.", "Дворжака"),
        ("Kretinsky", "ru", "Холдинг Даниэля Кршетинского купил долю в Metro.", "Кршетинского"),
        ("Kretinsky", "uk", "Даніель Кршетинський збільшив частку в Metro.", "Кршетинський"),
        ("Kretinsky", "ru", "Даниэль Кретинский увеличил долю в Metro.", "Кретинский"),
        ("Hrebicek", "ru", "Футболист Гржебичек забил гол.", "Гржебичек"),
        ("Dvorak", "el", "Η ορχήστρα ερμήνευσε τη συμφωνία του Ντβόρζακ.", "Ντβόρζακ"),
    ],
)
def test_a_czech_r_typed_r_is_found(term: str, language: str, text: str, form: str) -> None:
    assert matched(term, language, text) == [form]


@pytest.mark.parametrize(
    ("term", "language", "text"),
    [
        ("Kremer", "ru", "Актёр Кржемер сыграл главную роль."),  # no Czech shape
        ("Morales", "ru", "Президент Моржалес выступил."),
    ],
)
def test_other_rs_stay_r(term: str, language: str, text: str) -> None:
    assert matched(term, language, text) == []
