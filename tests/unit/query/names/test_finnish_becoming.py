"""Finnish says "X becomes Y" with X in the elative (``Orposta tuli pääministeri``) and
"about X" so (``Stubbista on kirjoitettu``): such an elative opens a sentence as a name's
nominative does. Other oblique cases opening a sentence stay unread, and so does an
elative before another verb."""

from __future__ import annotations

import pytest

from tests.unit.query.test_names import matched


@pytest.mark.parametrize(
    ("term", "text", "form"),
    [
        ("Orpo", "Orposta tuli pääministeri kesällä 2023.", "Orposta"),
        ("Stubb", "Stubbista on kirjoitettu uusi elämäkerta.", "Stubbista"),
        ("Lindtman", "Lindtmanista tulisi hyvä pääministeri, arvioi kolumnisti.", "Lindtmanista"),
    ],
)
def test_the_elative_before_becoming_is_found(term: str, text: str, form: str) -> None:
    assert form in matched(term, "fi", text)


@pytest.mark.parametrize(
    ("term", "text"),
    [
        ("Purra", "Purrasta puhuttiin paljon eduskunnassa."),
        ("Orpo", "Orpolle tuli kiire ennen äänestystä."),
    ],
)
def test_other_openers_stay_unread(term: str, text: str) -> None:
    assert matched(term, "fi", text) == []


def test_another_language_is_unchanged() -> None:
    assert matched("Orpo", "et", "Orposta tuli peaminister.") == []
