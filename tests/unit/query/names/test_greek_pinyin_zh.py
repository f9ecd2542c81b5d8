"""Greek writes pinyin's zh as τζ too (Zhou = Τζου, Zhang = Τζανγκ), beside ζ and τσ: a word
of pinyin syllables is also read so, for Greek keys only; a Russian name's zh is not
(Zhukov = Ζούκοφ), nor is a Greek τζ another script's (Джанг)."""

from __future__ import annotations

import pytest

from tests.unit.query.test_names import matched


@pytest.mark.parametrize(
    ("term", "text", "form"),
    [
        ('"Zhou Enlai"', "Ο πρωθυπουργός Τζου Ενλάι συναντήθηκε με τον Νίξον.", "Τζου Ενλάι"),
        ('"Zhao Leji"', "Ο Τζάο Λετζί επισκέφθηκε τη Μόσχα.", "Τζάο Λετζί"),
        (
            '"Zhang Yimou"',
            "Η νέα ταινία του Τζανγκ Γιμόου προβλήθηκε στις Κάννες.",
            "Τζανγκ Γιμόου",
        ),
    ],
)
def test_pinyin_zh_is_found_as_greek_tz(term: str, text: str, form: str) -> None:
    assert matched(term, "el", text) == [form]


@pytest.mark.parametrize(
    ("term", "language", "text"),
    [
        ("Zhukov", "el", "Ο Τζούκοφ μίλησε στη συνέντευξη."),  # no pinyin word
        ("Zhou", "el", "Ο Τζο Μπάιντεν μίλησε."),  # Joe
        ("Zhang", "el", "Ο Τζον Τζόνσον εμφανίστηκε."),  # John
        ("Zhang", "ru", "Джанг заявил журналистам."),  # Greek only
    ],
)
def test_other_words_are_not_the_pinyin_name(term: str, language: str, text: str) -> None:
    assert matched(term, language, text) == []
