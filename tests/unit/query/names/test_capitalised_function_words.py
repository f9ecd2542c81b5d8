"""A function word of the article's language found through a name's keys where any word may
have a capital (``Un accordo…`` for Aoun, ``Ieri il governo…`` for Jeri, ``UN agencies`` for
Aoun): a closed class, the name only where the article names the person elsewhere; a
surname written first (``Си``, Bulgarian "self", is Xi) is not doubted so."""

from __future__ import annotations

import pytest

from tests.unit.query.test_names import matched


@pytest.mark.parametrize(
    ("term", "language", "text"),
    [
        ("Aoun", "fr", "Un accord a été signé hier."),
        ("Aoun", "en", "UN agencies warned of famine."),
        ("Jeri", "it", "Ieri il governo ha approvato il decreto."),
        ("Biden", "de", "Beiden Seiten drohen Verluste."),
        ("Tusk", "fi", "Tuskin kukaan uskoi siihen."),
        ("Sisi", "tr", "Sizi bekliyoruz, dedi bakan."),
        ("Weidel", "ru", "Видел ли кто-нибудь этот документ?"),
    ],
)
def test_a_capitalised_function_word_is_not_the_name(term: str, language: str, text: str) -> None:
    assert matched(term, language, text) == []


@pytest.mark.parametrize(
    ("term", "language", "text", "found"),
    [
        ("Aoun", "fr", "Joseph Aoun a parlé. Un accord a été signé.", ["Aoun", "Un"]),
        ("Xi", "bg", "Си Дзинпин заяви, че Китай ще отговори.", ["Си"]),
        ("Weidel", "ru", "Вайдель выступила в бундестаге.", ["Вайдель"]),
        ("Jeri", "it", "Il presidente peruviano Jerí ha parlato.", ["Jerí"]),
    ],
)
def test_the_name_is_still_found(term: str, language: str, text: str, found: list[str]) -> None:
    """Named elsewhere, the function word counts too, as a doubted opener does."""
    assert matched(term, language, text) == found
