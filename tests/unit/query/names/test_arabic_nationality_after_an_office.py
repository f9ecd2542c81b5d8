"""A nationality word with the article after an office's word (``وزير الدفاع التركي``, the
Turkish defence minister): the office's adjective, not a surname spelled so (al-Turki,
al-Iraqi); after a title, a given name or another nationality word it may be the name."""

from __future__ import annotations

import pytest

from tests.unit.query.test_names import matched


@pytest.mark.parametrize(
    ("term", "language", "text"),
    [
        ("Turki", "ar", "وصل وزير الدفاع التركي إلى بغداد."),
        ("Iraqi", "ar", "وأعلن رئيس الوزراء العراقي الجديد برنامجه."),
        ("Liby", "ar", "وقالت وزيرة الخارجية الليبي إن الحوار مستمر."),
    ],
)
def test_the_offices_adjective_is_not_the_name(term: str, language: str, text: str) -> None:
    assert matched(term, language, text) == []


@pytest.mark.parametrize(
    ("term", "language", "text", "form"),
    [
        ("Iraqi", "ar", "وقال الشيخ العراقي إن الخلاف انتهى.", "العراقي"),  # after a title
        ("Iraqi", "ar", "وقال حسين العراقي إن الخلاف انتهى.", "العراقي"),  # a given name
        ("Turki", "ar", "وقال الأمير السعودي التركي إن الاتفاق قريب.", "التركي"),
    ],
)
def test_the_surname_is_found(term: str, language: str, text: str, form: str) -> None:
    assert matched(term, language, text) == [form]
