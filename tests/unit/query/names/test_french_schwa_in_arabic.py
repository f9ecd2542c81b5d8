"""A French name's first e after its first consonant, in an open syllable, is a schwa, which
Arabic writes و as it does Le's (Retailleau = روتايو, Le Pen = لوبان): a term spelled the
French way is also read so for Arabic keys, its e's other spellings kept (ريتايو). Not a
term spelled otherwise (Meloni is not مولوني), nor an e closing its syllable."""

from __future__ import annotations

import pytest

from tests.unit.query.test_names import matched


@pytest.mark.parametrize(
    ("term", "language", "text", "form"),
    [
        ("Devaux", "ar", "قال الوزير دوفو إن الحكومة ستتحرك.", "دوفو"),
        ("Lebeau", "ar", "وأكد لوبو أن الاتفاق صامد.", "لوبو"),
        ("Renaudeau", "ar", "استقبل رونودو الوفد في باريس.", "رونودو"),
        ("Meneaux", "ar", "صرح مونو بأن المفاوضات مستمرة.", "مونو"),
        ("Devaux", "ar", "قال الوزير ديفو إن الحكومة ستتحرك.", "ديفو"),  # its e as written
    ],
)
def test_a_french_schwa_is_found_as_arabic_writes_it(
    term: str, language: str, text: str, form: str
) -> None:
    assert matched(term, language, text) == [form]


@pytest.mark.parametrize(
    ("term", "language", "text"),
    [
        ("Meloni", "ar", "قالت مولوني إن الحكومة ستتحرك."),  # not spelled the French way
        ("Bertaux", "ar", "قال بورتو إن الحكومة ستتحرك."),  # an e closing its syllable
        ("Devaux", "ar", "قال دوفي إن الحكومة ستتحرك."),  # another name
    ],
)
def test_other_words_are_not_the_french_schwa_name(term: str, language: str, text: str) -> None:
    assert matched(term, language, text) == []
