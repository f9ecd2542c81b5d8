"""A Hungarian name's final ny is a soft n, which Russian writes нь: the rule finds the
name so spelled (Karácsony = Карачонь), and still as Greek writes it, with its i."""

from __future__ import annotations

import pytest

from tests.unit.query.test_names import matched


@pytest.mark.parametrize(
    ("term", "language", "text", "form"),
    [
        ("Karacsony", "ru", "Мэр Карачонь встретился с протестующими.", "Карачонь"),
        ("Kocsany", "uk", "Тренер Кочань оголосив склад команди.", "Кочань"),
        ("Karacsony", "el", "Ο Καράτσονι συναντήθηκε με διαδηλωτές.", "Καράτσονι"),
    ],
)
def test_a_hungarian_final_ny_is_found_as_a_soft_n(
    term: str, language: str, text: str, form: str
) -> None:
    assert matched(term, language, text) == [form]
