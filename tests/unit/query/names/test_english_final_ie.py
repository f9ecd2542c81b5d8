"""An English final -ie after a consonant is said i, and Cyrillic, Greek and Arabic write
it so (Christie = Кристи = Κρίστι, Rushdie = Рушди = رشدي); Arabic news write the given
name Salman, which stands before such a surname, often enough to count as one (``سلمان
رشدي``). A word that only shares the stem stays apart."""

from __future__ import annotations

import pytest

from tests.unit.query.test_names import matched


@pytest.mark.parametrize(
    ("term", "language", "text", "form"),
    [
        ("Christie", "ru", "Бывший губернатор Крис Кристи снова критикует Трампа.", "Кристи"),
        ("Christie", "el", "Ο Κρις Κρίστι επέκρινε ξανά τον πρόεδρο.", "Κρίστι"),
        ("Ritchie", "ru", "Новый фильм Гая Ричи выходит в прокат в марте.", "Ричи"),
        ("Ritchie", "uk", "Режисер Гай Річі зняв новий серіал.", "Річі"),
        ("Archie", "ru", "Принц Гарри привёз сына Арчи в Лондон.", "Арчи"),
        ("Rushdie", "ru", "Роман Рушди вошёл в шорт-лист премии.", "Рушди"),
        ("Rushdie", "el", "Ο Ρούσντι μίλησε για τη νέα του νουβέλα.", "Ρούσντι"),
        ("Rushdie", "ar", "وقع سلمان رشدي نسخا من روايته الجديدة في لندن.", "رشدي"),
        ("Rushdie", "fa", "سلمان رشدی در نیویورک سخنرانی کرد.", "رشدی"),
    ],
)
def test_an_english_final_ie_is_found_as_i(term: str, language: str, text: str, form: str) -> None:
    assert matched(term, language, text) == [form]


@pytest.mark.parametrize(
    ("term", "language", "text"),
    [
        ("Collie", "ru", "Коли мне руку, сказал врач."),  # a verb, not Collie
        ("Rushdie", "ar", "قال إن الرشد في إدارة المال ضروري."),  # maturity
    ],
)
def test_other_words_are_not_found(term: str, language: str, text: str) -> None:
    assert matched(term, language, text) == []
