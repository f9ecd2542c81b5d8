"""A name right after a capital initial and its dot, before a capitalised word, is the name
the initial stands before, not a given name before a surname: Mongolian news writes the
father's initial before the name a person goes by, then often a capitalised body or place
(``Г.Занданшатар Засгийн газрын``, ``У.Хүрэлсүх Улсын Их Хурлын``); an acronym ending a
sentence is no initial (``ООН. Сиси Спейсек`` is not Sisi)."""

from __future__ import annotations

import pytest

from tests.unit.query.test_names import matched


@pytest.mark.parametrize(
    ("term", "language", "text", "form"),
    [
        (
            "Khurelsukh",
            "mn",
            "Ерөнхийлөгч У.Хүрэлсүх Улсын Их Хурлын чуулганд оролцов.",
            "Хүрэлсүх",
        ),
        ("Enkhbold", "mn", "Дарга М.Энхболд Засгийн газрын шийдвэрийг шүүмжиллээ.", "Энхболд"),
        ("Enkhbold", "mn", "Дарга М. Энхболд Засгийн газрын шийдвэрийг шүүмжиллээ.", "Энхболд"),
        ("Khurelsukh", "mn", "Ерөнхийлөгч У.Хүрэлсүх Улаанбаатарт буцаж ирлээ.", "Хүрэлсүх"),
        ("Tokayev", "kk", "Президент Қ.Тоқаев Астанада кездесу өткізді.", "Тоқаев"),
    ],
)
def test_a_name_after_an_initial_is_found(term: str, language: str, text: str, form: str) -> None:
    assert matched(term, language, text) == [form]


@pytest.mark.parametrize(
    ("term", "language", "text"),
    [
        ("Sisi", "ru", "Заседание прошло в ООН. Сиси Спейсек получила награду."),
        ("Sisi", "ru", "Актриса Сиси Спейсек получила награду."),
    ],
)
def test_a_given_name_after_no_initial_is_not(term: str, language: str, text: str) -> None:
    assert matched(term, language, text) == []
