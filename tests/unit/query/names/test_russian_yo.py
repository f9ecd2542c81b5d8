"""A Russian surname in -ёв typed -ev by English news (Rublev, Korolev) is found where other
languages write its ё as said: jo, io, o or ьо (Rubljow, Rublowa, Рубльов); a hard -dev
(Medvedev) and other words are not read so."""

from __future__ import annotations

import pytest

from tests.unit.query.test_names import matched


@pytest.mark.parametrize(
    ("term", "language", "text", "form"),
    [
        ("Korolev", "de", "Sergei Koroljow entwarf die erste Rakete.", "Koroljow"),
        ("Korolev", "pl", "Siergiej Korolow zaprojektował rakietę.", "Korolow"),
        ("Kiselev", "cs", "Moderátor Kiseljov opět útočil na Západ.", "Kiseljov"),
        ("Seleznev", "uk", "Депутат Селезньов виступив у Думі.", "Селезньов"),
        ("Solovyev", "de", "Der Moderator Solowjow drohte erneut.", "Solowjow"),
        ("Rublev", "fi", "Rubljov voitti ottelun kolmessa erässä.", "Rubljov"),
    ],
)
def test_a_russian_yo_typed_e_is_found(term: str, language: str, text: str, form: str) -> None:
    assert matched(term, language, text) == [form]


@pytest.mark.parametrize(
    ("term", "language", "text"),
    [
        ("Medvedev", "de", "Ein gewisser Medwedjow meldete sich zu Wort."),  # hard d: no ё
        ("Lebedev", "uk", "Лебедьов виступив на конференції."),
        ("Korolev", "de", "Der Korol besuchte die Stadt."),
        ("Rublev", "de", "Der Rubel fiel gegen den Dollar."),  # the currency
    ],
)
def test_other_words_are_not_the_yo_surname(term: str, language: str, text: str) -> None:
    assert matched(term, language, text) == []
