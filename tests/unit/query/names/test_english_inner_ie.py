"""An English compound name's i, consonant and silent e before an h is a long i, said ai
(Rinehart = Райнхарт = Ράινχαρτ): a term is also read so."""

from __future__ import annotations

import pytest

from tests.unit.query.test_names import matched


@pytest.mark.parametrize(
    ("term", "language", "text", "form"),
    [
        ("Rinehart", "ru", "Экономист Кармен Райнхарт выступила в Давосе.", "Райнхарт"),
        ("Rinehart", "uk", "Економістка Кармен Райнхарт прогнозує рецесію.", "Райнхарт"),
        ("Rinehart", "el", "Η οικονομολόγος Κάρμεν Ράινχαρτ μίλησε στο Νταβός.", "Ράινχαρτ"),
        ("Rinehart", "ru", "По словам Райнхарт, долги растут.", "Райнхарт"),
    ],
)
def test_inner_ie_said_ai(term: str, language: str, text: str, form: str) -> None:
    assert form in matched(term, language, text)


@pytest.mark.parametrize(
    ("term", "language", "text"),
    [
        ("Rinehart", "ru", "Футболист Ринат Хартов забил гол."),
        ("Rinehart", "ru", "Министр Райнер выступил в бундестаге."),
    ],
)
def test_others_stay_apart(term: str, language: str, text: str) -> None:
    assert matched(term, language, text) == []
