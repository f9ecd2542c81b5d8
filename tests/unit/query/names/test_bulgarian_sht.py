"""Bulgarian щ is said sht (Russian щ, shch, is read sh): a German or English name's st is
written so (Steinmeier = Щайнмайер, Stuttgart = Щутгарт, Stern = Щерн); Russian щ stays
sh, and other words and names are not the name."""

from __future__ import annotations

import pytest

from tests.unit.query.test_names import matched


@pytest.mark.parametrize(
    ("term", "language", "text", "form"),
    [
        ("Steinmeier", "bg", "Президентът Щайнмайер посети София.", "Щайнмайер"),
        ("Stuttgart", "bg", "Отборът на Щутгарт спечели купата.", "Щутгарт"),
        ("Stern", "bg", "Според Щерн преговорите вървят добре.", "Щерн"),
        ("Steinbrück", "bg", "Бившият министър Щайнбрюк критикува плана.", "Щайнбрюк"),
        ("Trump", "bg", "Тръмп подписа указа.", "Тръмп"),  # its ъ read as before
    ],
)
def test_a_bulgarian_sht_is_read(term: str, language: str, text: str, form: str) -> None:
    assert matched(term, language, text) == [form]


@pytest.mark.parametrize(
    ("term", "language", "text"),
    [
        ("Stern", "ru", "Щерн приехал в Москву."),  # Russian щ is no sht
        ("Stern", "bg", "Щастие е да си у дома."),  # an ordinary word
        ("Steinmeier", "bg", "Шайнмайер е друг човек."),  # another name
    ],
)
def test_other_words_are_not_the_bulgarian_sht_name(term: str, language: str, text: str) -> None:
    assert matched(term, language, text) == []
