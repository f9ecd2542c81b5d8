"""An Arabic name that is also an ordinary word, after a member's title and the party or
seat the member sits for (``النائب عن كتلة ...``): the عن there does not part the title
from the name, as عن (about) after a verb's subject does."""

from __future__ import annotations

import pytest

from tests.unit.query.test_names import matched


@pytest.mark.parametrize(
    ("term", "text", "form"),
    [
        ("Haddad", "قالت النائبة عن حزب العمال سامية حداد إن الحكومة فشلت.", "حداد"),
        ("Salam", "أكد النائب عن كتلة التغيير سلام في كلمته أن الأزمة تتفاقم.", "سلام"),
    ],
)
def test_a_name_after_a_members_party_is_found(term: str, text: str, form: str) -> None:
    assert matched(term, "ar", text) == [form]


@pytest.mark.parametrize(
    ("term", "text"),
    [
        ("Salam", "تحدث النائب عن سلام شامل في المنطقة."),
        ("Haddad", "تحدث النائب عن حداد الضحايا في كلمته."),
    ],
)
def test_an_ordinary_word_after_about_stays_a_word(term: str, text: str) -> None:
    assert matched(term, "ar", text) == []
