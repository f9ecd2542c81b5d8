"""A Bosnian surname built on a given name and the Ottoman title bey or pasha (-begović,
-pašić: Izetbegović, Hasanbegović, Sulejmanpašić), which Arabic writes as two words (عزت
بيغوفيتش), a conjunction or preposition joined to the first (لعزت); neither part alone is
the name."""

from __future__ import annotations

import pytest

from tests.unit.query.test_names import matched


@pytest.mark.parametrize(
    ("term", "language", "text", "form"),
    [
        ("Izetbegovic", "ar", "أسس علي عزت بيغوفيتش حزب العمل الديمقراطي.", "عزت بيغوفيتش"),
        ("Izetbegović", "ar", "التقى الوزير بكر عزت بيغوفيتش في سراييفو.", "عزت بيغوفيتش"),
        ("Izetbegovic", "ar", "وقال مستشار لعزت بيغوفيتش إن الحزب سيشارك.", "لعزت بيغوفيتش"),
        ("Izetbegovic", "ar", "ووصل عزتبيغوفيتش إلى أنقرة.", "عزتبيغوفيتش"),
        ("Hasanbegovic", "ar", "قال المؤرخ زلاتكو حسن بيغوفيتش إن", "حسن بيغوفيتش"),
        ("Sulejmanpasic", "ar", "فاز الملاكم سليمان باشيتش بالميدالية.", "سليمان باشيتش"),
    ],
)
def test_a_bosnian_bey_surname_in_two_arabic_words_is_found(
    term: str, language: str, text: str, form: str
) -> None:
    assert matched(term, language, text) == [form]


@pytest.mark.parametrize(
    ("term", "language", "text"),
    [
        ("Izetbegovic", "ar", "قال المدرب بيغوفيتش إن الفريق جاهز."),  # Begović alone
        ("Izetbegovic", "ar", "قال عزت إن الحزب سيشارك."),  # the given name alone
    ],
)
def test_a_part_alone_is_not_the_name(term: str, language: str, text: str) -> None:
    assert matched(term, language, text) == []
