"""Greek declines a man's surname whose ending is stressed as it does an unstressed one, the
accent kept on the ending: -άς, -ής give -ά, -ή in the genitive and accusative (Καραμανλής:
Καραμανλή, Παππάς: Παππά), -ός gives -ού, -ό (Λαγός: Λαγού); such a case is found, an
opening word or another surname is not."""

from __future__ import annotations

import pytest

from tests.unit.query.test_names import matched


@pytest.mark.parametrize(
    ("term", "language", "text", "form"),
    [
        ("Karamanlis", "el", "Η κυβέρνηση του Καραμανλή ψήφισε τον νόμο.", "Καραμανλή"),
        ("Karamanlis", "el", "Ο πρωθυπουργός συνάντησε τον Καραμανλή στη Βουλή.", "Καραμανλή"),
        ("Skourletis", "el", "Η πρόταση του Σκουρλετή απορρίφθηκε.", "Σκουρλετή"),
        ("Pappas", "el", "Η δίκη του Νίκου Παππά συνεχίζεται.", "Παππά"),
        ("Baltas", "el", "Οι δηλώσεις του Μπαλτά προκάλεσαν αντιδράσεις.", "Μπαλτά"),
        ("Lagos", "el", "Η καταδίκη του Λαγού ανακοινώθηκε χθες.", "Λαγού"),
        ("Lagos", "el", "Το δικαστήριο καταδίκασε τον Λαγό σε φυλάκιση.", "Λαγό"),
    ],
)
def test_a_stressed_ending_is_declined(term: str, language: str, text: str, form: str) -> None:
    assert matched(term, language, text) == [form]


@pytest.mark.parametrize(
    ("term", "language", "text"),
    [
        ("Kalis", "el", "Καλή τύχη σε όλους τους υποψηφίους."),  # an opening adjective
        ("Karamanlis", "el", "Ο Καραμανλίδης μίλησε στη Βουλή."),  # another surname
        ("Pappas", "el", "Η γιορτή του παππού έγινε χθες."),  # an ordinary word
        ("Karamanlis", "ru", "Встреча с Караманли прошла вчера."),  # Russian keeps -ис
    ],
)
def test_other_words_are_not_the_stressed_surname(term: str, language: str, text: str) -> None:
    assert matched(term, language, text) == []
