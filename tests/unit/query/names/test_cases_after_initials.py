"""A capital initial's dot (``J.B.``, ``С. В.``) does not end a sentence: the name after
it goes on, and its case forms, which a sentence's first word is not read in, are found
(``gubernatora J.B. Pritzkera``, ``George'a W. Busha``). After a capitalised word inside a
sentence the initials and name may complete a place's or body's name (``Univerzity T. G.
Masaryka``) and stay an opener's, as before."""

from __future__ import annotations

import pytest

from tests.unit.query.test_names import matched


@pytest.mark.parametrize(
    ("term", "language", "text", "form"),
    [
        ("Bush", "pl", "Za rządów George'a W. Busha wojsko weszło do Iraku.", "Busha"),
        ("Lavrov", "ru", "Заявление С.В. Лаврова прозвучало в Анкаре.", "Лаврова"),
        ("Lavrov", "ru", "По мнению С. В. Лаврова, диалог возможен.", "Лаврова"),
        ("Tolkien", "pl", "Powieści J.R.R. Tolkiena przetłumaczono na polski.", "Tolkiena"),
        ("Tolkien", "pl", "Według J.R.R. Tolkiena elfy są nieśmiertelne.", "Tolkiena"),
        ("Zelensky", "uk", "Указ В. Зеленського набув чинності.", "Зеленського"),
    ],
)
def test_a_case_form_after_initials_is_found(
    term: str, language: str, text: str, form: str
) -> None:
    assert matched(term, language, text) == [form]


@pytest.mark.parametrize(
    ("term", "language", "text"),
    [
        ("Masaryk", "cs", "Studenti z Univerzity T. G. Masaryka protestovali."),
        ("Lavrov", "ru", "Он покинул Институт С. Лаврова весной."),
    ],
)
def test_initials_inside_a_capitalised_name_stay_an_opener(
    term: str, language: str, text: str
) -> None:
    assert matched(term, language, text) == []
