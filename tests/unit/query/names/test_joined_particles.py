"""A name's European particle joined to it, as other scripts often write it: ``Le Pen`` =
``Λεπέν``, ``لوبان``; ``de Gaulle`` = ``ديغول``. An Arabic word counts only where it writes
the particle's vowel and one of the name's (not ``لبن``, "milk")."""

from __future__ import annotations

import pytest

from tests.unit.query.test_names import matched


@pytest.mark.parametrize(
    ("query", "language", "text", "found"),
    [
        ('"Le Pen"', "el", "Ο Ζαν-Μαρί Λεπέν ίδρυσε το κόμμα.", ["Λεπέν"]),
        ('"Le Pen"', "ar", "انتقد جان ماري لوبان الحكومة.", ["لوبان"]),
        ('"Le Drian"', "ar", "زار جان إيف لودريان بيروت أمس.", ["لودريان"]),
        ('"de Gaulle"', "ar", "ألقى الجنرال شارل ديغول خطابا.", ["ديغول"]),
        ('"Marine Le Pen"', "el", "Η Μαρίν Λεπέν μίλησε στο συνέδριο.", ["Μαρίν Λεπέν"]),
    ],
    ids=["Greek", "Arabic", "Le Drian", "lower-case particle", "with the given name"],
)
def test_a_particle_joined_to_the_name_is_found(
    query: str, language: str, text: str, found: list[str]
) -> None:
    assert matched(query, language, text) == found


@pytest.mark.parametrize(
    ("query", "language", "text"),
    [
        ('"Le Pen"', "ar", "شرب الطفل كوب لبن في الصباح."),  # لبن "milk"
        ('"Le Pen"', "ar", "قدم الأب هدية لابن أخيه."),  # لابن "to the son of"
        ('"Marine Le Pen"', "el", "Η Μαρίν Παπαδοπούλου μίλησε με τον Λεπέν."),  # apart
    ],
)
def test_other_words_are_not_the_joined_name(query: str, language: str, text: str) -> None:
    assert matched(query, language, text) == []
