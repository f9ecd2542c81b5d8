"""The Irish O' of a name term (O'Neill, O'Brien), found in Cyrillic as the letter О beside
the rest of the name, is not the preposition о ("about") opening a sentence with a space
after it (``О Ниле Янге написали…``, about Neil Young): the capital there is the
sentence's, and Cyrillic writes the Irish O' with its apostrophe (``О'Нил``)."""

from __future__ import annotations

import pytest

from tests.unit.query.test_names import matched


@pytest.mark.parametrize(
    ("term", "language", "text"),
    [
        ("O'Neill", "ru", "О Ниле Янге написали новую книгу."),
        ("O'Brien", "ru", "О Брайене Ино сняли документальный фильм."),
        ("O'Neill", "uk", "О Нілі Янгу зняли фільм."),
    ],
    ids=["ru, about Neil", "ru, about Brian", "uk"],
)
def test_an_opening_preposition_is_not_the_irish_o(term: str, language: str, text: str) -> None:
    assert matched(term, language, text) == []


@pytest.mark.parametrize(
    ("term", "language", "text", "form"),
    [
        ("O'Neill", "ru", "О'Нил заявила о поддержке соглашения.", "О'Нил"),
        ("O'Neill", "ru", "Премьер Мишель О Нил посетила Белфаст.", "О Нил"),
        ("O'Neill", "ru", "Первый министр Мишель О’Нил посетила Лондон.", "О’Нил"),
        ('"Wang Yi"', "ru", "Ван И прибыл в Москву.", "Ван И"),
    ],
    ids=["opening, with its apostrophe", "inside, with a space", "a curly apostrophe", "Wang Yi"],
)
def test_the_irish_o_is_still_found(term: str, language: str, text: str, form: str) -> None:
    assert matched(term, language, text) == [form]
