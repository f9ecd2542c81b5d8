"""A relative adjective with the article (a nisba: الدوسري) follows its noun with no
preposition: with ل or ب joined (للمطيري, بالدوسري) it stands as a noun, a person, and a
surname so written is the name, however often Arabic writes the word. Not a shorter word
(الدوري, the league; الأهلي, a club), nor a plural of the shape فعالي (الأراضي, lands)."""

from __future__ import annotations

import pytest

from tests.unit.query.test_names import matched


@pytest.mark.parametrize(
    ("term", "text", "form"),
    [
        ("Mutairi", "ووجه المدرب الشكر للمطيري على أدائه في المباراة.", "للمطيري"),
        ("Dawsari", "وأشاد المدرب بالدوسري بعد المباراة.", "بالدوسري"),
        ("Tamimi", "وهذا هو الهدف الأول للتميمي هذا الموسم.", "للتميمي"),
    ],
)
def test_a_nisba_after_a_preposition_is_the_name(term: str, text: str, form: str) -> None:
    assert matched(term, "ar", text) == [form]


@pytest.mark.parametrize(
    ("term", "text"),
    [
        ("Aradi", "خصصت الحكومة الدعم للأراضي الزراعية."),  # lands
        ("Nahai", "تأهل الفريق للنهائي بعد فوزه."),  # the final
        ("Douri", "انضم اللاعب للدوري السعودي."),  # the league
        ("Ahli", "انتقل اللاعب للأهلي المصري."),  # a club
        ("Salam", "منحت جائزة نوبل للسلام لمنظمة دولية."),  # peace: no nisba
    ],
)
def test_other_words_after_a_preposition_are_not_the_name(term: str, text: str) -> None:
    assert matched(term, "ar", text) == []
