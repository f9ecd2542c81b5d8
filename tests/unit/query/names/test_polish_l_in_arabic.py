"""A Polish name's l may be a ł typed without its mark, which Arabic writes و as Polish
says it (Błaszczak = Blaszczak = بواشتشاك): a term spelled the Polish way (sz, cz, rz, ł)
also has Arabic keys with its l's as w; Cyrillic keeps л, and other terms are unchanged."""

from __future__ import annotations

import pytest

from tests.unit.query.test_names import matched


@pytest.mark.parametrize(
    ("term", "language", "text", "form"),
    [
        ("Blaszczak", "ar", "قال النائب البولندي بواشتشاك إن الجيش يحتاج إلى دعم.", "بواشتشاك"),
        ("Michalczewski", "ar", "فاز الملاكم داريوش ميخاوتشيفسكي بالبطولة.", "ميخاوتشيفسكي"),
        ("Kowalczyk", "ar", "قال المتحدث أندجي كوفاوتشيك إن الحكومة ستستقيل.", "كوفاوتشيك"),
    ],
)
def test_a_polish_l_is_found_as_arabic_waw(term: str, language: str, text: str, form: str) -> None:
    assert matched(term, language, text) == [form]


@pytest.mark.parametrize(
    ("term", "language", "text"),
    [
        ("Blaszczak", "ru", "Чешский политик Бващак выступил."),  # Cyrillic keeps л
        ("Wilson", "ar", "قال المتحدث ويوسن إن الحكومة ستستقيل."),  # not spelled the Polish way
        ("Blaszczak", "ar", "قال المتحدث بلاسك إن الحكومة ستستقيل."),
    ],
)
def test_other_words_are_not_the_polish_name(term: str, language: str, text: str) -> None:
    assert matched(term, language, text) == []
