"""Greek marks every word's stress, which tells words apart: a one-word place is the place
only stressed as the place is (``Σαμάρα``, the city Samara), not a surname's genitive that
differs from it by the stress alone (``του Σαμαρά``, Samaras's)."""

from __future__ import annotations

import pytest

from tests.unit.query.test_names import matched


@pytest.mark.parametrize(
    ("query", "language", "text", "found"),
    [
        ("Samaras", "el", "Η ομιλία του Σαμαρά στη Βουλή ήταν αιχμηρή.", ["Σαμαρά"]),
        ("Samaras", "el", "Ο Σαμαράς επισκέφθηκε τη Σαμάρα το 2010.", ["Σαμαράς"]),
        ("Samara", "el", "Πτήσεις προς τη Σαμάρα ακυρώθηκαν.", []),
        ("Parisi", "el", "Ο υπουργός έφτασε στο Παρίσι.", []),
        ("Mosha", "el", "ΣΥΝΟΜΙΛΙΕΣ ΣΤΗ ΜΟΣΧΑ", []),
    ],
    ids=["genitive", "the place beside the name", "the place", "another place", "no marks"],
)
def test_a_greek_place_keeps_its_stress(
    query: str, language: str, text: str, found: list[str]
) -> None:
    assert matched(query, language, text) == found
