"""A name opening with an Indian aspirate no English word opens with (bh, dh, jh) says its
a as a, never as the English long a, ei, of Baker = Бейкер or Bale = Бейл: such a name is
found as other scripts write it, and not as the English names of those letters."""

from __future__ import annotations

import pytest

from tests.unit.query.test_names import matched


@pytest.mark.parametrize(
    ("term", "language", "text", "form"),
    [
        ("Bhave", "ru", "Философ Виноба Бхаве умер в 1982 году.", "Бхаве"),
        ("Bhatia", "ru", "Актриса Тамманна Бхатия снялась в фильме.", "Бхатия"),
        ("Dhawan", "ru", "Актёр Варун Дхаван снялся в фильме.", "Дхаван"),
        ("Baker", "ru", "Актёр Саймон Бейкер сыграл главную роль.", "Бейкер"),
    ],
)
def test_the_name_is_found(term: str, language: str, text: str, form: str) -> None:
    assert matched(term, language, text) == [form]


@pytest.mark.parametrize(
    ("term", "language", "text"),
    [
        ("Bhale", "ru", "Футболист Гарет Бейл забил гол."),
        ("Bhale", "el", "Ο ποδοσφαιριστής Γκάρεθ Μπέιλ σκόραρε."),
        ("Dhane", "ru", "Певец Дейн выступил на фестивале."),
        ("Bhaker", "el", "Ο ηθοποιός Σάιμον Μπέικερ πρωταγωνιστεί στη σειρά."),
    ],
)
def test_an_english_long_a_is_not_the_name(term: str, language: str, text: str) -> None:
    assert matched(term, language, text) == []
