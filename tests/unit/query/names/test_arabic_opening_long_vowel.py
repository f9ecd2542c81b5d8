"""A name of a vowel, one consonant and a vowel, opening with o, u, i or e (Ivo, Ugo, Oki),
which Arabic writes with an alef and the opening vowel's long letter (إيفو, أوغو, أوكي):
found so, with a joined preposition too; a short word without them is not the name."""

from __future__ import annotations

import pytest

from tests.unit.query.test_names import matched


@pytest.mark.parametrize(
    ("term", "language", "text", "form"),
    [
        ("Ivo", "ar", "وقال إيفو إن الفريق جاهز للمباراة.", "إيفو"),
        ("Ugo", "ar", "وفاز أوغو في الدور الأول من البطولة.", "أوغو"),
        ("Ugo", "ar", "وقدم المدرب التهنئة لأوغو بعد الفوز.", "لأوغو"),
        ("Eto", "ar", "وسجل إيتو هدفين في المباراة.", "إيتو"),
        ("Oki", "ar", "وقال أوكي إن الحكومة ستواصل الإصلاحات.", "أوكي"),
    ],
)
def test_opening_long_vowel_is_found(term: str, language: str, text: str, form: str) -> None:
    assert matched(term, language, text) == [form]


@pytest.mark.parametrize(
    ("term", "language", "text"),
    [
        ("Obi", "ar", "وقال لي أبي إن الطريق طويل."),  # my father: no long letter
        ("Obi", "ar", "جاء معي وبي رغبة في الحديث."),  # and in me: no alef
        ("Oli", "ar", "وأعلنت اللجنة النتائج بشكل أولي أمس."),  # preliminary: a word
        ("Ivo", "ar", "وسافر إلى فيينا أمس."),
        ("Ola", "ar", "وقال أولا إن الحكومة ستواصل الإصلاحات."),  # firstly: a final alef
    ],
)
def test_short_words_are_not_the_name(term: str, language: str, text: str) -> None:
    assert matched(term, language, text) == []
