"""A name after a Greek saint's title (Αγίου Νικολάου, Αγίας Ειρήνης, Αγ. Δημητρίου) is the
church's, feast's or town's: Greek surnames in -ου are the genitives of given names, so a
saint's name reads as a namesake's surname. The person named beside it stays found."""

from __future__ import annotations

import pytest

from tests.unit.query.test_names import matched


@pytest.mark.parametrize(
    ("term", "text"),
    [
        ("Nikolaou", "Η πόλη του Αγίου Νικολάου γέμισε τουρίστες."),
        ("Demetriou", "Ο ναός του Αγ. Δημητρίου άνοιξε ξανά μετά τις εργασίες."),
        ("Georgiou", "Στο εκκλησάκι του Αγίου Γεωργίου έγινε λειτουργία."),
        ("Konstantinou", "Η γιορτή των Αγίων Κωνσταντίνου και Ελένης είναι σήμερα."),
    ],
)
def test_the_saint_is_no_surname(term: str, text: str) -> None:
    assert matched(term, "el", text) == []


@pytest.mark.parametrize(
    ("term", "text", "form"),
    [
        ("Nikolaou", "Ο υπουργός Νίκος Νικολάου επισκέφθηκε τον Άγιο Νικόλαο.", "Νικολάου"),
        ("Demetriou", "Η Αννίτα Δημητρίου μίλησε στον ναό του Αγίου Νεκταρίου.", "Δημητρίου"),
    ],
)
def test_the_person_stays_found(term: str, text: str, form: str) -> None:
    assert form in matched(term, "el", text)
