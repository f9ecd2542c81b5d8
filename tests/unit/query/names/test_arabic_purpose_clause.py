"""ل joined to a verbal noun تفعيل, "(in order) to do" (لتطييب, لتعزيز), opens a clause of
purpose: an office's words do not go on across it (``الوزير لتطييب الخواطر``: the word
after is no name by the title), nor is it a foreign given name for being rare."""

from __future__ import annotations

import pytest

from tests.unit.query.test_names import matched


@pytest.mark.parametrize(
    ("query", "text", "found"),
    [
        ("Khater", "زار الرئيس القرية لتطييب الخواطر بعد الفيضان.", []),
        ("Salam", "سافر الوزير لتعزيز السلام في المنطقة.", []),
        # An office's own ل (for, of) is no purpose: the name after the title stays.
        ("Khater", "أكدت وزيرة الدولة للتعاون الدولي الخاطر أن قطر ستواصل.", ["الخاطر"]),
        ("Haddad", "قال وزير الدولة لشؤون الدفاع الحداد إن الجيش مستعد.", ["الحداد"]),
    ],
)
def test_a_clause_of_purpose_ends_an_office(query: str, text: str, found: list[str]) -> None:
    assert matched(query, "ar", text) == found
