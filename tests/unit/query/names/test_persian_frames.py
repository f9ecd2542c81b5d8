"""Persian phrases whose slot holds a word of a kind, not a person: a month after a
preposition and ``ماه``, a script or language after ``به خط`` / ``به زبان``, an adjective
after a person's noun with the indefinite ``-ی`` (``زنی متقی``, a pious woman)."""

from __future__ import annotations

import pytest

from tests.unit.query.test_names import matched


@pytest.mark.parametrize(
    ("term", "text"),
    [
        ("Assad", "از ماه اسد تا پایان سال باران نبارید."),
        ("Assad", "تا ماه اسد صبر کردیم."),
        ("Pahlavi", "این متن به زبان پهلوی نوشته شده است."),
        ("Pahlavi", "سنگ‌نوشته‌ای با خط پهلوی پیدا شد."),
        ("Muttaqi", "زنی متقی در این خانه زندگی می‌کرد."),
    ],
)
def test_a_word_in_a_frame_is_not_the_name(term: str, text: str) -> None:
    assert matched(term, "fa", text) == []


@pytest.mark.parametrize(
    ("term", "text", "form"),
    [
        ("Assad", "این ماه اسد به مسکو سفر کرد.", "اسد"),  # no preposition: a subject
        ("Assad", "بشار اسد به مسکو گریخت.", "اسد"),
        ("Pahlavi", "رضا پهلوی از مردم خواست به خیابان بیایند.", "پهلوی"),
        ("Muttaqi", "امیرخان متقی به تهران سفر کرد.", "متقی"),
        # An adjective or abstract noun in -ی before its possessor, not an indefinite person.
        ("Pezeshkian", "زندگی شخصی پزشکیان موضوع گزارش شد.", "پزشکیان"),
        ("Pezeshkian", "در دوران جوانی پزشکیان جراح بود.", "پزشکیان"),
    ],
)
def test_the_name_stays_found(term: str, text: str, form: str) -> None:
    assert matched(term, "fa", text) == [form]
