"""A compound given name closing with "of the faith" (شمس الدين, نور الدين, عز الدين) stands
before a surname: an Arabic surname that is also an ordinary word is found right after it,
not after another word (the visiting team, الفريق الضيف; the guest welcomed)."""

from __future__ import annotations

import pytest

from tests.unit.query.test_names import matched


@pytest.mark.parametrize(
    ("term", "language", "text", "form"),
    [
        ("Kabbashi", "ar", "وصل شمس الدين كباشي إلى بورتسودان أمس.", "كباشي"),
        ("Deif", "ar", "وقال نور الدين الضيف إن الحل سياسي.", "الضيف"),
        ("Kabbashi", "ar", "وتفقد الفريق أول شمس الدين كباشي القوات في الأبيض.", "كباشي"),
    ],
)
def test_a_surname_after_a_compound_given_name_is_found(
    term: str, language: str, text: str, form: str
) -> None:
    assert matched(term, language, text) == [form]


@pytest.mark.parametrize(
    ("term", "language", "text"),
    [
        ("Deif", "ar", "تقدم الفريق الضيف بهدف في الدقيقة العاشرة."),  # the visiting team
        ("Deif", "ar", "رحب أهل البيت بالضيف الكريم."),  # the guest
    ],
)
def test_the_ordinary_word_elsewhere_is_not_the_surname(
    term: str, language: str, text: str
) -> None:
    assert matched(term, language, text) == []
