"""A Central European name typed without its marks (Sefcovic for Šefčovič) is found as
Cyrillic spells the marked letters (Шефчович): its s and z first or after a consonant, and
its c, are also read as š, ž, č; digraphs and an s between vowels are not."""

from __future__ import annotations

import pytest

from tests.unit.query.test_names import matched
from workers.query.names.spoken import marked_spellings


@pytest.mark.parametrize(
    ("term", "language", "text", "form"),
    [
        ("Sefcovic", "ru", "Еврокомиссар Марош Шефчович прибыл в Лондон.", "Шефчович"),
        ("Sefcovic", "uk", "Єврокомісар Марош Шефчович прибув до Лондона.", "Шефчович"),
        ("Zelezny", "ru", "Чешский копьеметатель Ян Железны стал чемпионом.", "Железны"),
        ("Zemaitis", "ru", "Литовский министр Жемайтис заявил о поставках.", "Жемайтис"),
    ],
)
def test_cyrillic_spells_the_marks_the_term_was_typed_without(
    term: str, language: str, text: str, form: str
) -> None:
    assert matched(term, language, text) == [form]


@pytest.mark.parametrize(
    ("term", "spellings"),
    [
        ("Sefcovic", ("shefchovich",)),
        ("Zurawski", ("zhurawshki",)),
        ("Kasim", ()),  # an s between vowels: no š (Кашим is another name)
        ("Szijjarto", ()),  # sz is a letter of its own
        ("Kazimierz", ()),  # rz too, and a z between vowels
        ("Šimečka", ()),  # typed with its marks: read as written
        ("Suk", ()),  # too short: every such word would be a name
    ],
)
def test_which_letters_are_read_marked(term: str, spellings: tuple[str, ...]) -> None:
    assert marked_spellings(term) == spellings
