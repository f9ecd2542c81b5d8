"""An Arabic name ending in ad-Din ("of the faith") joins it with the case vowel of the noun
before, which each spelling writes its own way: French -eddine, English -uddin, Turkish
-eddin (Nasreddine = Nasruddin = Насрудин): a term ending so also reads the others."""

from __future__ import annotations

import pytest

from tests.unit.query.test_names import matched


@pytest.mark.parametrize(
    ("term", "language", "text", "form"),
    [
        ("Nasreddine", "en", "The mullah Nasruddin told another story.", "Nasruddin"),
        ("Nasreddine", "sr", "Прича о Насрудину и његовом магарцу.", "Насрудину"),
        ("Salaheddine", "en", "Salahuddin took Jerusalem in 1187.", "Salahuddin"),
        ("Salahuddin", "fr", "Le général Salaheddine a été limogé.", "Salaheddine"),
        ("Salahuddin", "ru", "Генерал Салахеддин подал в отставку.", "Салахеддин"),
        ("Alaeddine", "en", "The fort was built by Alauddin in 1303.", "Alauddin"),
        ("Zainuddin", "tr", "Bakan Zeyneddin açıklama yaptı.", "Zeyneddin"),
    ],
)
def test_ad_din_spellings(term: str, language: str, text: str, form: str) -> None:
    assert form in matched(term, language, text)


@pytest.mark.parametrize(
    ("term", "language", "text"),
    [
        ("Nasreddine", "en", "Hassan Nasrallah spoke on television."),
        ("Salaheddine", "en", "Salah scored twice for Liverpool."),
        ("Nureddine", "en", "The Nuremberg trials opened in 1945."),
    ],
)
def test_other_names_stay_apart(term: str, language: str, text: str) -> None:
    assert matched(term, language, text) == []
