"""Lithuanian writes a Latvian name's palatal ņ, ļ as ni, li before a vowel: a rule of the
Latvian name finds it so, in its cases too (Siliņa = Silinia, Silinios); a Lithuanian word
without such a spelling stays as it is read."""

from __future__ import annotations

import pytest

from tests.unit.query.test_names import matched


@pytest.mark.parametrize(
    ("term", "text", "form"),
    [
        ("Silina", "Evika Silinia atvyko į Taliną.", "Silinia"),
        ("Silina", "Evikos Silinios vyriausybė atsistatydino.", "Silinios"),
        ("Silina", "Prezidentas susitiko su Silinia.", "Silinia"),
    ],
)
def test_a_latvian_palatal_written_ni_is_found(term: str, text: str, form: str) -> None:
    assert matched(term, "lt", text) == [form]


def test_a_palatal_is_read_so_only_in_lithuanian() -> None:
    assert matched("Silina", "pl", "Aktorka Sonia Silinia zagrała główną rolę.") == []
