"""A Finnish name in -s declines on a stem in -kse (Kallas: Kallaksen, Kallakselle;
Ilves: Ilveksen, Ilvekseltä), as the nouns in -s do (kallas, ilves): such a case is found
for the term in -s; only in a Finnish article."""

from __future__ import annotations

import pytest

from tests.unit.query.test_names import matched


@pytest.mark.parametrize(
    ("term", "text", "form"),
    [
        ("Kallas", "EU:n ulkoasiainjohtaja Kaja Kallaksen mukaan tuki jatkuu.", "Kallaksen"),
        ("Kallas", "Toimittajat esittivät kysymyksiä Kallakselle eilen.", "Kallakselle"),
        ("Ilves", "Presidentti Toomas Hendrik Ilveksen vierailu alkoi maanantaina.", "Ilveksen"),
        ("Ilves", "Palkinto myönnettiin eilen Ilvekselle.", "Ilvekselle"),
        ("Ilves", "Kirjan kirjoitti toimittaja, joka haastatteli Ilvestä.", "Ilvestä"),
        ("Kallas", "Toimittajat kysyivät asiasta Kallakselta eilen.", "Kallakselta"),
    ],
)
def test_a_finnish_case_on_the_kse_stem_is_found(term: str, text: str, form: str) -> None:
    assert matched(term, "fi", text) == [form]


@pytest.mark.parametrize(
    ("term", "language", "text"),
    [
        ("Kallas", "en", "Reporters asked Kallaksen about it."),  # only in Finnish
        ("Kalla", "fi", "Toimittajat esittivät kysymyksiä Kallakselle eilen."),  # not -a
    ],
)
def test_the_kse_stem_stays_an_s_names(term: str, language: str, text: str) -> None:
    assert matched(term, language, text) == []
