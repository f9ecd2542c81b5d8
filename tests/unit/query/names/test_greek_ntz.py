"""Greek ντζ is ν and τζ, n-dz or dz (Αντζελίνα, Ντζόκοβιτς = Djokovic), never ντ and ζ, nt-z:
Greek writes an Italian c before e or i ντσ (Αντσελότι = Ancelotti, Μαντσίνι = Mancini), and
g ντζ (Αντζελότι is Angelotti, not Ancelotti). An Italian z after n, which Greek writes τζ
too (Ιντζάγκι = Inzaghi), is read dz as well as ts."""

from __future__ import annotations

import pytest

from tests.unit.query.test_names import matched


@pytest.mark.parametrize(
    ("term", "language", "text", "form"),
    [
        ("Inzaghi", "el", "Ο Σιμόνε Ιντζάγκι δήλωσε ικανοποιημένος.", "Ιντζάγκι"),
        ("Inzaghi", "el", "Ο Σιμόνε Ιντσάγκι δήλωσε ικανοποιημένος.", "Ιντσάγκι"),
        ("Renzi", "el", "Ο Ματέο Ρέντζι επέκρινε την κυβέρνηση.", "Ρέντζι"),
        ("Djokovic", "el", "Ο Ντζόκοβιτς κέρδισε στον τελικό.", "Ντζόκοβιτς"),
        ("Akhundzada", "el", "Ο Αχουντζάντα εξέδωσε νέο διάταγμα.", "Αχουντζάντα"),
        ("Mancini", "el", "Ο προπονητής Μαντσίνι άλλαξε την ενδεκάδα.", "Μαντσίνι"),
    ],
)
def test_greek_ntz_and_nts_are_found_as_said(
    term: str, language: str, text: str, form: str
) -> None:
    assert matched(term, language, text) == [form]


@pytest.mark.parametrize(
    ("term", "language", "text"),
    [
        ("Mancini", "el", "Ο Μαντζίνι άλλαξε την ενδεκάδα."),  # Mangini: an Italian g
        ("Ancelotti", "el", "Στην όπερα ο Αντζελότι κρύβεται στην εκκλησία."),  # Angelotti
        ("Vincenti", "el", "Ο Βιντζέντι δήλωσε."),
    ],
)
def test_greek_ntz_is_not_an_italian_c(term: str, language: str, text: str) -> None:
    assert matched(term, language, text) == []
