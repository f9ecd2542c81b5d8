"""Greek writes the u of a name spelled the French way as ι (Trudeau = Τριντό), as it writes a
final one (Lecornu = Λεκορνί); a name not spelled the French way keeps its u."""

from __future__ import annotations

import pytest

from tests.unit.query.test_names import matched


@pytest.mark.parametrize(
    ("term", "text", "form"),
    [
        ("Trudeau", "Ο πρωθυπουργός Τριντό μίλησε στη Βουλή.", "Τριντό"),
        ("Juppé", "Ο Αλέν Ζιπέ επισκέφθηκε την Αθήνα.", "Ζιπέ"),
        ("Bruneau", "Ο βουλευτής Μπρινό ψήφισε κατά.", "Μπρινό"),
    ],
)
def test_a_french_u_is_found_as_greek_iota(term: str, text: str, form: str) -> None:
    assert matched(term, "el", text) == [form]


@pytest.mark.parametrize(
    ("term", "text"),
    [
        ("Truman", "Ο Τρίμαν μίλησε χθες."),  # not spelled the French way
        ("Trudeau", "Το Τρίτο Πρόγραμμα μεταδίδει κλασική μουσική."),  # another word
    ],
)
def test_other_words_are_not_the_french_name(term: str, text: str) -> None:
    assert matched(term, "el", text) == []
