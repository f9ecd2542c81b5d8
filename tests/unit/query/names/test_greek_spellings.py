"""How Greek spells foreign names: a γου before a vowel is a w inside a word too, and a
long name of many two-way letters keeps each letter's other readings (ντ as nd)."""

from __future__ import annotations

import pytest

from tests.unit.query.test_names import matched


@pytest.mark.parametrize(
    ("query", "text", "found"),
    [
        ("Kiwanuka", "Ο υπουργός Οικονομικών Κιγουανούκα παρουσίασε τον προϋπολογισμό.",
         ["Κιγουανούκα"]),
        ("Taiwo", "Ο αμυντικός Τάιγουο σκόραρε στο τελευταίο λεπτό.", ["Τάιγουο"]),
        ("Oluwole", "Ο Νιγηριανός συγγραφέας Ολουγουόλε μίλησε στην εκδήλωση.",
         ["Ολουγουόλε"]),
    ],
    ids=["after i", "after a split digraph", "after ou"],
)  # fmt: skip
def test_a_w_inside_a_name_is_found_as_greek_gou(query: str, text: str, found: list[str]) -> None:
    assert matched(query, "el", text) == found


@pytest.mark.parametrize(
    ("query", "text", "found"),
    [
        ("Landsbergis", "Ο Βιτάουτας Λάντσμπεργκις ηγήθηκε του κινήματος Σάγιουντις.",
         ["Λάντσμπεργκις"]),
    ],
)  # fmt: skip
def test_a_long_greek_name_keeps_nt_read_as_nd(query: str, text: str, found: list[str]) -> None:
    assert matched(query, "el", text) == found
