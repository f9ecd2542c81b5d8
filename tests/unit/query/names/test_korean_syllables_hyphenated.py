"""A Korean given name of two syllables that the term writes apart (``Kim Yo Jong``) is
also found hyphenated, its second syllable in lower case, as Czech and Slovak write it
(``Kim Jo-čong``); another name's syllable there stays apart."""

from __future__ import annotations

import pytest

from tests.unit.query.test_names import matched


@pytest.mark.parametrize(
    ("term", "language", "text", "form"),
    [
        ('"Kim Yo Jong"', "cs", "Sestra Kim Jo-čong vydala prohlášení.", "Kim Jo-čong"),
        ('"Kim Yo Jong"', "sk", "Sestra Kim Jo-čong vydala vyhlásenie.", "Kim Jo-čong"),
        ('"Yoon Suk Yeol"', "cs", "Exprezident Jun Sok-jol byl odsouzen.", "Jun Sok-jol"),
        ('"Yoon Suk Yeol"', "pl", "Były prezydent Jun Sok-jol został skazany.", "Jun Sok-jol"),
    ],
)
def test_the_hyphenated_name_is_found(term: str, language: str, text: str, form: str) -> None:
    assert matched(term, language, text) == [form]


@pytest.mark.parametrize(
    ("term", "language", "text"),
    [
        ('"Kim Yo Jong"', "cs", "Sestra Kim Jo-san vydala prohlášení."),  # another syllable
        ('"Yoon Suk Yeol"', "cs", "Exprezident Jun Sok-man byl odsouzen."),
        ('"Kim Yo Jong"', "cs", "Sestra Kim Jo vydala prohlášení."),  # the syllable missing
    ],
)
def test_other_names_stay_apart(term: str, language: str, text: str) -> None:
    assert matched(term, language, text) == []
