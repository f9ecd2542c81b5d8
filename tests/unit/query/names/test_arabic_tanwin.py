"""A word bearing tanwin, the case ending of an indefinite Arabic noun or adjective (مبلولاً,
wet; مصراً, insisting), is no name, which never takes it; the same letters without the mark
may be the name."""

from __future__ import annotations

import pytest

from tests.unit.query.test_names import matched


@pytest.mark.parametrize(
    ("term", "language", "text"),
    [
        ("Mbalula", "ar", "كان الملعب مبلولاً بعد المطر."),
        ("Mbalula", "ar", "عاد الصيادون والقارب مبلولاً بماء البحر."),
    ],
)
def test_words_with_tanwin_are_not_the_name(term: str, language: str, text: str) -> None:
    assert matched(term, language, text) == []


@pytest.mark.parametrize(
    ("term", "language", "text", "form"),
    [
        (
            "Mbalula",
            "ar",
            "قال الأمين العام للمؤتمر الوطني الأفريقي فيكيلي مبالولا إن الحزب موحد.",
            "مبالولا",
        ),
        ("Mbalula", "ar", "وقال مبلولا إن الحزب موحد.", "مبلولا"),
        ("Masra", "ar", "وقال رئيس الوزراء التشادي السابق سوكسيه مصرا إن", "مصرا"),
    ],
)
def test_the_name_without_tanwin_is_found(term: str, language: str, text: str, form: str) -> None:
    assert matched(term, language, text) == [form]
