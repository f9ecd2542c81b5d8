"""An African name's first mb, mp, nd, nt, ng or nk is one prenasalised consonant, which Greek
opens with ε, as it writes no word starting so (Mbappé = Εμπαπέ, Ndidi = Εντίντι), or writes
without it (Μπαπέ, kept): a Latin term opening so is also read with an e first, for Greek
only. Other words and names are not the name."""

from __future__ import annotations

import pytest

from tests.unit.query.test_names import matched


@pytest.mark.parametrize(
    ("term", "language", "text", "form"),
    [
        ("Ndidi", "el", "Ο Γουίλφρεντ Εντίντι σκόραρε με κεφαλιά.", "Εντίντι"),
        ("Mbemba", "el", "Ο αμυντικός Εμπέμπα τραυματίστηκε.", "Εμπέμπα"),
        ("Nkunku", "el", "Το γκολ του Ενκουνκού έκρινε τον αγώνα.", "Ενκουνκού"),
        ("Ngannou", "el", "Ο Φρανσίς Ενγκανού κέρδισε τον αγώνα.", "Ενγκανού"),
        ('"Wilfred Ndidi"', "el", "Ο Γουίλφρεντ Εντίντι σκόραρε.", "Γουίλφρεντ Εντίντι"),
        ("Ndidi", "el", "Ο Ντίντι σκόραρε με κεφαλιά.", "Ντίντι"),  # without the ε, as before
    ],
)
def test_a_prenasalised_opening_is_found_after_greek_e(
    term: str, language: str, text: str, form: str
) -> None:
    assert matched(term, language, text) == [form]


@pytest.mark.parametrize(
    ("term", "language", "text"),
    [
        ("Mbemba", "el", "Ο Αμπέμπα τραυματίστηκε."),  # another opening vowel
        ("Ndidi", "el", "Η Εντίτι ήρθε στην Αθήνα."),  # another name
        ("Mbemba", "ru", "Эмбемба забил гол."),  # Greek only
        ("Mbemba", "el", "Ο Εμπέρμπα τραυματίστηκε."),  # another name
    ],
)
def test_other_words_are_not_the_prenasalised_name(term: str, language: str, text: str) -> None:
    assert matched(term, language, text) == []
