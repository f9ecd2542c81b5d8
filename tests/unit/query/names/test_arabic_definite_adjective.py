"""Arabic puts an adjective after its noun with the article both take (``التقدم المحرز``,
the progress achieved; ``العيد السعيد``, the happy feast): a common word with the article
right after a word with it is no name, but after a title, an office's "former", a
nationality word or the first part of a compound given name (see names.arabic_words)."""

from __future__ import annotations

import pytest

from tests.unit.query.test_names import matched


@pytest.mark.parametrize(
    ("term", "language", "text"),
    [
        ("Mahrez", "ar", "لم يقنع التقدم المحرز في الإصلاحات المراقبين."),
        ("Mahrez", "ar", "نوه الوزير بالعمل المحرز في الإصلاحات."),
        ("Said", "ar", "نتمنى لكم العيد السعيد."),
    ],
    ids=["after a noun", "after a verb's object with ب", "after a feast"],
)
def test_a_definite_adjective_is_no_name(term: str, language: str, text: str) -> None:
    assert matched(term, language, text) == []


@pytest.mark.parametrize(
    ("term", "language", "text", "form"),
    [
        ("Hakim", "ar", "قال عبد العزيز الحكيم إن الحوار ضروري.", "الحكيم"),
        ("Sudani", "ar", "قال رئيس الوزراء العراقي السوداني إن الحكومة مستعدة.", "السوداني"),
        ("Hakim", "ar", "قال السيد الحكيم إن الحوار ضروري.", "الحكيم"),
        ("Hakim", "ar", "وصل رئيس الوزراء السابق الحكيم إلى بغداد.", "الحكيم"),
        ("Mahrez", "ar", "أشاد المدرب بالنجم الجزائري المحرز.", "المحرز"),
    ],
    ids=["a compound given name", "a nationality", "a title", "former", "a nationality, ب"],
)
def test_a_surname_with_the_article_after_a_names_neighbour_is_found(
    term: str, language: str, text: str, form: str
) -> None:
    assert matched(term, language, text) == [form]
