"""An Arabic word found for a name that is an ordinary word with an ending the name does
not spell as its own: the possessive or relative ي (``سلامي``, my greeting, for Salami)
and the accusative alif (``حنونا``, tender, for Hanoune). It is the name only beside a
name's neighbours, among them كان ... قد with the name as the subject between (``وكان
سلامي قد``) and a person's imprisonment (``بسجن``)."""

from __future__ import annotations

import pytest

from tests.unit.query.test_names import matched


@pytest.mark.parametrize(
    ("query", "text"),
    [
        ("Salami", "أرسلت سلامي إلى جدتك في المدينة."),  # my greeting
        ("Hanoune", "كانت الأم حنونا مع أطفالها."),  # tender (accusative)
        ("Kalami", "لم يفهم أحد كلامي في الاجتماع."),  # my words
    ],
    ids=["my greeting", "tender", "my words"],
)
def test_an_ordinary_word_with_an_ending_is_not_the_name(query: str, text: str) -> None:
    assert matched(query, "ar", text) == []


@pytest.mark.parametrize(
    ("query", "text", "found"),
    [
        ("Salami", "قال اللواء حسين سلامي إن الرد قادم.", ["سلامي"]),
        ("Salami", "وكان سلامي قد هدد بالرد.", ["سلامي"]),
        ("Hanoune", "قالت الأمينة العامة لويزة حنون إن الحزب سيشارك.", ["حنون"]),
        ("Panahi", "قضت المحكمة بسجن بناهي ستة أعوام.", ["بناهي"]),
    ],
    ids=["after a title", "subject of kana ... qad", "the name as written", "imprisonment"],
)
def test_the_name_is_found_beside_its_neighbours(query: str, text: str, found: list[str]) -> None:
    assert matched(query, "ar", text) == found


def test_a_noun_with_the_article_between_kana_and_qad_is_no_name() -> None:
    assert matched("Salam", "ar", "وكان السلام قد عاد إلى المدينة.") == []
