"""French and Turkish write a Russian ж (zh) with their j (Joukov, Jirinovski): a rule of
the English spelling finds them there; an English j stays a j."""

from __future__ import annotations

import pytest

from tests.unit.query.test_names import matched


@pytest.mark.parametrize(
    ("term", "language", "text", "form"),
    [
        ("Zhirinovsky", "fr", "Vladimir Jirinovski a fondé le LDPR.", "Jirinovski"),
        ("Kozhevnikov", "fr", "Le champion Kojevnikov a remporté la course.", "Kojevnikov"),
        ("Zhirinovsky", "tr", "Vladimir Jirinovski Moskova'da öldü.", "Jirinovski"),
        ("Kozhevnikov", "tr", "Rus yüzücü Kojevnikov altın madalya kazandı.", "Kojevnikov"),
    ],
)
def test_the_j_is_a_zh(term: str, language: str, text: str, form: str) -> None:
    assert form in matched(term, language, text)


@pytest.mark.parametrize(
    ("term", "language", "text"),
    [
        ("Zhirinovsky", "en", "Vladimir Jirinovski founded the LDPR."),
        ("Zhirinovsky", "de", "Wladimir Jirinowski gründete die LDPR."),
    ],
)
def test_elsewhere_a_j_stays_a_j(term: str, language: str, text: str) -> None:
    assert matched(term, language, text) == []
