"""A Greek woman's surname from a man's in -ίδης or -άδης ends in -ίδου, -άδου (Κυριακίδης:
Κυριακίδου), never a case of his: a term in -ides or -ades finds it in a Greek article, as
Russian -ова finds a term's -ov (the trade-off), also beside her given name and opening
a sentence; other -ου words and other surnames stay apart."""

from __future__ import annotations

import pytest

from tests.unit.query.test_names import matched


@pytest.mark.parametrize(
    ("term", "language", "text", "form"),
    [
        ("Savvides", "el", "Η βουλευτής Ελένη Σαββίδου κατέθεσε ερώτηση.", "Σαββίδου"),
        ("Kyriakidis", "el", "Η Κυριακίδου επισκέφθηκε χθες τη Λευκωσία.", "Κυριακίδου"),
        ("Charalambides", "el", "Κατά την Χαραλαμπίδου, το σχέδιο είναι ώριμο.", "Χαραλαμπίδου"),
        ("Prodromides", "el", "Η Άννα Προδρομίδου ανέλαβε καθήκοντα.", "Προδρομίδου"),
        ("Miltiades", "el", "Η δικηγόρος Μαρία Μιλτιάδου μίλησε στη Βουλή.", "Μιλτιάδου"),
        ("Savvides", "el", "ΣΑΒΒΙΔΟΥ: Δεν θα παραιτηθώ", "ΣΑΒΒΙΔΟΥ"),
    ],
)
def test_a_womans_surname_in_idou_is_found(term: str, language: str, text: str, form: str) -> None:
    assert matched(term, language, text) == [form]


@pytest.mark.parametrize(
    ("term", "language", "text"),
    [
        ("Savvides", "el", "Η Μαρία Σαββάκη κατέθεσε ερώτηση."),  # another surname
        ("Kyriakides", "el", "Η Μαρία Κυριακού μίλησε στη Βουλή."),
        ("Kyriakides", "el", "Ο Κώστας Κυριακόπουλος μίλησε στη Βουλή."),
        ("Savvides", "el", "Η ελπίδα του λαού παραμένει."),  # an ordinary word
    ],
)
def test_other_words_are_not_her_surname(term: str, language: str, text: str) -> None:
    assert matched(term, language, text) == []
