"""An Arabic word that is also an ordinary word (نديم, companion) is the name after a
nationality noun that opens its phrase, with the given names after it (``فاز الباكستاني
أرشد نديم``, the Pakistani Arshad Nadeem won), as after a title; and after "broke"
(a record), of which it is the subject (``وحطم نديم الرقم``). A nationality
adjective after a definite noun describes that noun, and the name stays unproven there."""

from __future__ import annotations

import pytest

from tests.unit.query.test_names import matched


@pytest.mark.parametrize(
    ("term", "language", "text", "form"),
    [
        ("Nadeem", "ar", "توج الباكستاني أرشد نديم بطلا للعالم في بودابست.", "نديم"),
        ("Nadeem", "ar", "وفاز الهندي شهباز نديم بجائزة أفضل لاعب.", "نديم"),
        ("Nadeem", "ar", "وحطم نديم رقمه الشخصي في الدوحة.", "نديم"),
        ("Saied", "ar", "استقبل التونسي قيس سعيد الوفد في قرطاج.", "سعيد"),
        ("Nadeem", "ar", "وحطمت نديم الرقم القياسي للسيدات.", "نديم"),
    ],
)
def test_the_name_after_a_nationality_noun_or_a_winning_verb_is_found(
    term: str, language: str, text: str, form: str
) -> None:
    assert matched(term, language, text) == [form]


@pytest.mark.parametrize(
    ("term", "language", "text"),
    [
        ("Nadeem", "ar", "جلس الشاعر مع نديم له في المقهى."),  # companion
        ("Salam", "ar", "يريد الشعب الفلسطيني سلام الشجعان."),  # an adjective of a noun
        ("Saied", "ar", "كان الجمهور المصري سعيد بالفوز."),
        ("Nadeem", "ar", "عاش الملك مع نديم وفي طوال حياته."),
        ("Villarruel", "ar", "فاز فياريال على إشبيلية بهدفين دون رد."),  # a club wins too
    ],
)
def test_an_ordinary_word_stays_a_word(term: str, language: str, text: str) -> None:
    assert matched(term, language, text) == []
