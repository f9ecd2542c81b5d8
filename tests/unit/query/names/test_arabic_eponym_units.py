"""An Arabic name word after the noun of an armed unit named for a person (كتائب, سرايا,
ألوية) names the unit: a verb of saying before the unit's noun is not one before given
names. A common word that is a given name after such a verb still is (قال أمين سلام)."""

from __future__ import annotations

import pytest

from tests.unit.query.test_names import matched


@pytest.mark.parametrize(
    ("term", "text"),
    [
        ("Qassem", "أكدت سرايا القسام تنفيذ العملية."),
        ("Qassem", "أعلنت ألوية القسام مسؤوليتها عن الهجوم."),
    ],
)
def test_a_name_after_a_units_noun_is_not_the_person(term: str, text: str) -> None:
    assert matched(term, "ar", text) == []


@pytest.mark.parametrize(
    ("term", "text", "form"),
    [
        ("Salam", "قال أمين سلام إن الحكومة مستمرة.", "سلام"),
        ("Qassem", "أعلن نعيم قاسم أن الحزب لن يسلم سلاحه.", "قاسم"),
    ],
)
def test_the_name_stays_found(term: str, text: str, form: str) -> None:
    assert matched(term, "ar", text) == [form]
