"""A family name written first (Chinese, Korean) found in Cyrillic or Greek right before a
capitalised word ending in s is a Western given name there (Ли Эванс is Lee Evans; Хуан
Маркос, Juan Marcos, is no Huang): no syllable of those names ends so. Before a given name
of their own, or alone, it is still found."""

from __future__ import annotations

import pytest

from tests.unit.query.test_names import matched


@pytest.mark.parametrize(
    ("term", "language", "text", "form"),
    [
        ("Huang", "ru", "Основатель Nvidia Дженсен Хуан выступил на выставке.", "Хуан"),
        ("Li", "ru", "Премьер Госсовета Ли Цян прибыл в Москву.", "Ли"),
        ("Kim", "el", "Ο Κιμ Γιονγκ Ουν επισκέφθηκε τη Μόσχα.", "Κιμ"),
    ],
)
def test_the_family_name_is_still_found(term: str, language: str, text: str, form: str) -> None:
    assert matched(term, language, text) == [form]


@pytest.mark.parametrize(
    ("term", "language", "text"),
    [
        ("Huang", "ru", "Аргентинский футболист Хуан Маркос забил гол."),
        ("Lee", "ru", "Британский комик Ли Эванс выступил в Лондоне."),
        ("Kim", "ru", "Дизайнер Ким Джонс представил коллекцию."),
        ("Lee", "el", "Ο κωμικός Λι Έβανς εμφανίστηκε στο Λονδίνο."),
    ],
)
def test_a_western_given_name_before_its_surname_is_not_found(
    term: str, language: str, text: str
) -> None:
    assert matched(term, language, text) == []
