"""A Maghrebi name written the French way fuses the Arabic article into an opening L before
a vowel (Laroussi = العروسي, Lamrani = العمراني): a long enough term opening so finds the
Arabic name with its article written, proclitics too; not without the article, not the
ordinary word in its usual places, not a short term."""

from __future__ import annotations

import pytest

from tests.unit.query.test_names import matched


@pytest.mark.parametrize(
    ("term", "language", "text", "form"),
    [
        ("Laroussi", "ar", "وقال العروسي إن الحكومة ستواصل الإصلاحات.", "العروسي"),
        ("Lamrani", "ar", "استقبل الوزير يوسف العمراني السفير الفرنسي.", "العمراني"),
        ("Lamrani", "ar", "وأشاد الرئيس بالعمراني وبعمل الحكومة.", "بالعمراني"),
        ("Lamouchi", "ar", "قال العموشي إن الفريق جاهز للمباراة.", "العموشي"),
    ],
)
def test_a_fused_article_is_found_as_al(term: str, language: str, text: str, form: str) -> None:
    assert matched(term, language, text) == [form]


@pytest.mark.parametrize(
    ("term", "language", "text"),
    [
        ("Lamrani", "ar", "وقال عمراني إن الحكومة ستواصل."),  # no article written
        ("Lakhdar", "ar", "أعطى المجلس الضوء الأخضر للخطة."),  # the colour after its noun
        ("Laroussi", "ar", "الإعلام العربي يمر بأزمة."),  # another word
        ("Lamine", "ar", "وقال الأمين العام إن الحل سياسي."),  # a short term: not read so
    ],
)
def test_other_words_are_not_the_fused_name(term: str, language: str, text: str) -> None:
    assert matched(term, language, text) == []
