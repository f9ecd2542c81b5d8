"""Serbian, Croatian and Bosnian decline an adjective in -i with -og, -om, -oj agreeing with
the name after it, a place's first word (``Белог Потока``, ``Malog Lošinja``): a word read as
a name term in -i only so, right before a capitalised word, is the place's adjective; a
surname so declined follows its given name (``Синишу Малог``; see names.place_nouns)."""

from __future__ import annotations

import pytest

from tests.unit.query.test_names import matched


@pytest.mark.parametrize(
    ("term", "language", "text"),
    [
        ("Beli", "sr", "Пут до Белог Потока је затворен."),
        ("Mali", "hr", "Ceste oko Malog Lošinja su zatvorene."),
        ("Mali", "hr", "Turisti na Malom Lošinju uživaju."),
        ("Crni", "hr", "Izlet do Crnog Luga bio je lijep."),
    ],
    ids=["sr genitive", "hr genitive", "hr locative", "hr, another adjective"],
)
def test_an_adjective_before_a_places_name_is_no_surname(
    term: str, language: str, text: str
) -> None:
    assert matched(term, language, text) == []


@pytest.mark.parametrize(
    ("term", "language", "text", "form"),
    [
        ("Beli", "sr", "Опозиција је критиковала Ивана Белог због изјаве.", "Белог"),
        ("Mali", "sr", "Министру Синиши Малом Брисел је послао писмо.", "Малом"),
        ("Trump", "sr", "Са Трампом Вучић је разговарао.", "Трампом"),  # a noun's case
    ],
    ids=["before a lower-case word", "after a given name", "a noun's instrumental"],
)
def test_the_surname_is_still_found(term: str, language: str, text: str, form: str) -> None:
    assert matched(term, language, text) == [form]
