"""A Persian or Arabic ou before an h and a vowel (روحانی, Rouhani), which Greek writes ο
and its h χ: Rouhani = Ροχανί (and Ρουχανί as before), Bouhired = Μποχιρέντ. Only for
Greek: Russian writes у (Рухани), and a Greek word of another ending stays apart."""

from __future__ import annotations

import pytest

from tests.unit.query.test_names import matched


@pytest.mark.parametrize(
    ("term", "language", "text", "form"),
    [
        ("Rouhani", "el", "Ο πρώην πρόεδρος Χασάν Ροχανί επέκρινε την κυβέρνηση.", "Ροχανί"),
        ("Rouhani", "el", "Ο πρώην πρόεδρος Χασάν Ρουχανί επέκρινε την κυβέρνηση.", "Ρουχανί"),
        ("Bouhired", "el", "Η αγωνίστρια Τζαμίλα Μποχιρέντ τιμήθηκε στο Αλγέρι.", "Μποχιρέντ"),
        ("Rouhani", "ru", "Бывший президент Хасан Рухани раскритиковал правительство.", "Рухани"),
    ],
)
def test_an_ouh_is_found_as_greek_writes_it(term: str, language: str, text: str, form: str) -> None:
    assert matched(term, language, text) == [form]


@pytest.mark.parametrize(
    ("term", "language", "text"),
    [
        ("Rouhani", "el", "Ο λοχαγός Ροχανός διέταξε την υποχώρηση."),
        ("Rouhani", "el", "Οι Ροχάδες ήταν εκεί."),
        ("Rouhani", "ru", "Министр Рохани выступил в парламенте."),
    ],
)
def test_an_ouh_adds_no_look_alike(term: str, language: str, text: str) -> None:
    assert matched(term, language, text) == []
