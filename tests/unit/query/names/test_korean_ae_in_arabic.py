"""A Korean given name's syllable ㅐ alone, romanised ae, which Arabic writes as English reads
it, with the vowel letters of ai (``"Kim Ju Ae"`` = ``كيم جو آي``, as Jae is ``جاي``): a
word of a Korean name is found so; other vowel syllables and words alone are not."""

from __future__ import annotations

import pytest

from tests.unit.query.test_names import matched


@pytest.mark.parametrize(
    ("term", "language", "text", "form"),
    [
        ('"Kim Ae Ran"', "ar", "قالت الممثلة الكورية كيم آي ران إنها ستعود.", "كيم آي ران"),
        ('"Park Ae Ri"', "ar", "وفازت بارك آي ري بالجائزة.", "بارك آي ري"),
        ('"Lee Ae Jin"', "ar", "وأعلنت لي أي جين انسحابها.", "لي أي جين"),
    ],
)
def test_ae_is_found_as_ai(term: str, language: str, text: str, form: str) -> None:
    assert matched(term, language, text) == [form]


@pytest.mark.parametrize(
    ("term", "language", "text"),
    [
        ('"Kim Ae Ran"', "ar", "قالت كيم أو ران إنها ستعود."),  # another vowel syllable
        ('"Park Ae Ri"', "ar", "وفازت بارك يو ري بالجائزة."),
        ('"Lee Ae Jin"', "ar", "وأعلنت لي جين انسحابها."),  # the syllable left out
    ],
)
def test_other_syllables_are_not_ae(term: str, language: str, text: str) -> None:
    assert matched(term, language, text) == []
