"""An Arabic adjective after "in a manner", "in a way" (بشكل, بصورة, بطريقة) is an adverb
(بشكل سليم, soundly; بشكل سادي, sadistically), never a name, though a name's Arabic
spelling may be such an adjective, and the Latin name an English word (Said, Sadie, Sam)."""

from __future__ import annotations

import pytest

from tests.unit.query.test_names import matched


@pytest.mark.parametrize(
    ("term", "text"),
    [
        ("Said", "احتفلت العائلة بشكل سعيد بعودته."),
        ("Sadie", "تعامل الحراس بشكل سادي مع الأسرى."),
        ("Sam", "تصرف الغاز بشكل سام في المختبر."),
        ("Said", "انتهت القصة بطريقة سعيد لم يتوقعها أحد."),
    ],
)
def test_an_adjective_after_a_manner_is_no_name(term: str, text: str) -> None:
    assert matched(term, "ar", text) == []


@pytest.mark.parametrize(
    ("term", "text", "form"),
    [
        ("Said", "قال سعيد إن الحكومة ستقدم استقالتها بشكل رسمي.", "سعيد"),
        ("Sam", "وصل المبعوث سام إلى بيروت بشكل مفاجئ.", "سام"),
    ],
)
def test_the_name_elsewhere_is_found(term: str, text: str, form: str) -> None:
    assert matched(term, "ar", text) == [form]
