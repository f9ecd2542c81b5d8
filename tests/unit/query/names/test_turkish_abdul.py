"""Turkish writes the Arabic name element Abd al- as Abdul- (Abdulati, Abdulmecid), which
news in English write Abdel- for an Egyptian or a Maghrebi (Abdelatty, Abdelmadjid): a
Turkish word so beginning is also read Abdel-. A frequent one (Abdullah, Abdulkadir) is read
as written only."""

from __future__ import annotations

import pytest

from tests.unit.query.test_names import matched


@pytest.mark.parametrize(
    ("term", "text", "found"),
    [
        (
            "Abdelatty",
            "Mısır Dışişleri Bakanı Abdulati, Kahire'de açıklama yaptı.",
            ["Abdulati"],
        ),
        ("Abdelatty", "Abdulati'nin ziyareti ertelendi.", ["Abdulati'nin"]),
        (
            "Abdelmadjid Tebboune",
            "Cezayir Cumhurbaşkanı Abdulmecid Tebbun Ankara'ya geldi.",
            ["Abdulmecid", "Tebbun"],
        ),
        ("Abdelilah", "Fas'ın eski Başbakanı Abdulilah'ın açıklaması", ["Abdulilah'ın"]),
    ],
)
def test_a_turkish_abdul_is_found_as_abdel(term: str, text: str, found: list[str]) -> None:
    assert matched(term, "tr", text) == found


@pytest.mark.parametrize(
    ("term", "text"),
    [
        ("Abdelkader", "Gazeteci Abdulkadir Selvi yazdı."),  # a frequent name: as written
        ("Abel", "Abdul geldi."),
    ],
)
def test_a_frequent_abdul_is_read_as_written(term: str, text: str) -> None:
    assert matched(term, "tr", text) == []
