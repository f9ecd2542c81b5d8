"""Arabic writes a French surname's final -et as said, the t silent and the e as ـيه (Bachelet =
باشليه): a term alone ending so is found there; a short one (whose keys are common words'
ending so) and other words are not."""

from __future__ import annotations

import pytest

from tests.unit.query.test_names import matched


@pytest.mark.parametrize(
    ("term", "text", "form"),
    [
        ("Bachelet", "وقالت باشليه إن التقرير سيصدر قريبا.", "باشليه"),
        ("Doumeret", "أكد دوميريه أن المفاوضات مستمرة.", "دوميريه"),
        ("Barbelet", "وصل باربليه إلى العاصمة أمس.", "باربليه"),
    ],
)
def test_a_french_final_et_is_found_as_arabic_ieh(term: str, text: str, form: str) -> None:
    assert matched(term, "ar", text) == [form]


@pytest.mark.parametrize(
    ("term", "text"),
    [
        ("Lidet", "قال إن لديه أدلة جديدة."),  # two consonants: a common word
        ("Bachelet", "وصل باشلي إلى العاصمة."),  # no ـيه: the plain e of another name
        ("Bennett", "قال إن بنيه سافروا."),  # a doubled consonant: an English -ett
        ("Moutet", "أكد موتيه أن المفاوضات مستمرة."),  # two consonants: too short alone
    ],
)
def test_other_words_are_not_the_french_et_name(term: str, text: str) -> None:
    assert matched(term, "ar", text) == []
