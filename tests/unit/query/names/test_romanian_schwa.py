"""Romanian ă, typed a in a term without marks, is a schwa, which Russian writes э and
Ukrainian е (Băsescu = Бэсеску = Бесеску): a term of a Romanian surname's ending (-escu,
-eanu, -anu) is also read with one or more a's before it as e, for Cyrillic; its a kept
(Исареску, Bulgarian Исъреску). Not a term of another ending, nor another name."""

from __future__ import annotations

import pytest

from tests.unit.query.test_names import matched
from workers.query.names.spoken import romanian_schwa


@pytest.mark.parametrize(
    ("term", "language", "text", "form"),
    [
        ("Cartarescu", "ru", "Писатель Мирча Кэртэреску получил премию.", "Кэртэреску"),
        ("Cartarescu", "uk", "Письменник Мірча Кертереску отримав премію.", "Кертереску"),
        ("Tariceanu", "ru", "Бывший премьер Тэричану выступил в сенате.", "Тэричану"),
        ("Tanasescu", "ru", "Министр Тэнэсеску представил бюджет.", "Тэнэсеску"),
        ("Balanescu", "uk", "Міністр Беланеску представив бюджет.", "Беланеску"),
        ("Tanasescu", "ru", "Министр Танасеску представил бюджет.", "Танасеску"),  # as written
    ],
)
def test_a_romanian_schwa_is_found_as_cyrillic_writes_it(
    term: str, language: str, text: str, form: str
) -> None:
    assert matched(term, language, text) == [form]


@pytest.mark.parametrize(
    ("term", "language", "text"),
    [
        ("Balan", "ru", "Министр Бэлан представил бюджет."),  # no Romanian surname's ending
        ("Tanasescu", "ru", "Министр Тенисеску представил бюджет."),  # another name
        ("Tanasescu", "el", "Ο υπουργός Τενεσέσκου παρουσίασε τον προϋπολογισμό."),  # Cyrillic only
    ],
)
def test_other_words_are_not_the_romanian_name(term: str, language: str, text: str) -> None:
    assert matched(term, language, text) == []


@pytest.mark.parametrize(
    ("term", "spellings"),
    [
        ("Isarescu", ("iserescu",)),
        ("Antonescu", ()),  # a first a is no ă
        ("Tariceanu", ("tericeanu",)),  # the ea of -eanu stays
        ("Dragnea", ()),
    ],
)
def test_which_a_may_be_a_romanian_schwa(term: str, spellings: tuple[str, ...]) -> None:
    assert romanian_schwa(term) == spellings
