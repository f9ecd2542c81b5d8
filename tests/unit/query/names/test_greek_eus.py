"""A Greek name's -εύς, written -eus in Latin letters (Kerameus, Odysseus), is -έως in
its genitive, which a woman's surname keeps (Κεραμέως), and -έας in today's nominative
(Οδυσσέας): a term of such an ending, after a consonant and two vowels or more, also
reads -eos and -eas. A shorter -eus (Portuguese Matheus) and other words stay apart."""

from __future__ import annotations

import pytest

from tests.unit.query.test_names import matched


@pytest.mark.parametrize(
    ("term", "text", "form"),
    [
        ("Kerameus", "Ο πατέρας της, Ιωάννης Κεραμέως, ήταν δικηγόρος.", "Κεραμέως"),
        ("Kerameus", "Ο βουλευτής Κεραμέας μίλησε στη Βουλή.", "Κεραμέας"),
        ("Odysseus", "Ο Οδυσσέας επέστρεψε στην Ιθάκη.", "Οδυσσέας"),
        ("Achilleus", "Ο μικρός Αχιλλέας κέρδισε τον αγώνα.", "Αχιλλέας"),
    ],
)
def test_eus_reads_eos_and_eas(term: str, text: str, form: str) -> None:
    assert form in matched(term, "el", text)


@pytest.mark.parametrize(
    ("term", "text"),
    [
        ("Kerameus", "Ο Κεραμεικός είναι αρχαίο νεκροταφείο της Αθήνας."),
        ("Matheus", "Ο Ισπανός Ματέος σκόραρε δύο γκολ."),
        ("Odysseus", "Η Οδύσσεια είναι έπος του Ομήρου."),
    ],
)
def test_other_words_stay_apart(term: str, text: str) -> None:
    assert matched(term, "el", text) == []
