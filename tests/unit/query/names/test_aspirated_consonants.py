"""The aspirated dh and bh of Indian (and Arabic) names, which other scripts write as a
plain d or b."""

from __future__ import annotations

import pytest

from tests.unit.query.test_names import matched


@pytest.mark.parametrize(
    ("term", "language", "text", "form"),
    [
        ("Dhoni", "ru", "Махендра Сингх Дони завершил карьеру в сборной.", "Дони"),
        ("Bhutto", "ru", "Беназир Бутто дважды возглавляла правительство Пакистана.", "Бутто"),
        ("Bhutto", "ar", "تولت بينظير بوتو رئاسة الحكومة مرتين.", "بوتو"),
        ("Abhishek", "ru", "Болельщики встречали Абишека в аэропорту.", "Абишека"),
        ("Sidhu", "el", "Ο Ναβτζότ Σινγκ Σίντου παραιτήθηκε.", "Σίντου"),
    ],
)
def test_an_aspirated_d_or_b_is_found_as_a_plain_one(
    term: str, language: str, text: str, form: str
) -> None:
    assert matched(term, language, text) == [form]


@pytest.mark.parametrize(
    ("term", "language", "text"),
    [
        ("Dhoni", "ru", "Донна Анна вышла на сцену."),
        ("Bhutto", "ru", "Бутылку воды оставили на столе."),
    ],
)
def test_the_readings_add_no_unrelated_word(term: str, language: str, text: str) -> None:
    assert matched(term, language, text) == []
