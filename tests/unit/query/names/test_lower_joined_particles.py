"""A lower-case particle a name term writes as one word before the name (``dela Rosa``,
``delos Santos``) is found in other scripts by its keys, in lower case or capitalised."""

from __future__ import annotations

import pytest

from tests.unit.query.test_names import matched


@pytest.mark.parametrize(
    ("term", "language", "text", "form"),
    [
        ('"dela Rosa"', "ru", "Сенатор Рональд дела Роса отказался явиться в суд.", "дела Роса"),
        ('"dela Rosa"', "el", "Ο Ντέλα Ρόσα δεν εμφανίστηκε στο δικαστήριο.", "Ντέλα Ρόσα"),
        ('"dela Rosa"', "ar", "رفض السيناتور ديلا روزا المثول أمام المحكمة.", "ديلا روزا"),
        ('"delos Santos"', "ru", "Министр делос Сантос выступил в сенате.", "делос Сантос"),
    ],
)
def test_a_joined_particle_is_found_in_other_scripts(
    term: str, language: str, text: str, form: str
) -> None:
    assert matched(term, language, text) == [form]


@pytest.mark.parametrize(
    ("term", "language", "text"),
    [
        ('"dela Rosa"', "ru", "Роса выпала утром на траве."),
        ('"dela Rosa"', "el", "Η Ρόσα ήρθε χθες."),
        ('"dela Rosa"', "ru", "В отделе дела Росгвардии рассмотрят позже."),
    ],
)
def test_the_name_without_its_particle_is_not_found(term: str, language: str, text: str) -> None:
    assert matched(term, language, text) == []
