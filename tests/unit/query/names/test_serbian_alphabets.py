"""Serbian's Latin and Cyrillic alphabets map letter for letter, digraphs included."""

import pytest

from workers.query.names.serbian import to_cyrillic, to_latin

PAIRS = [
    ("vučiću", "вучићу"),
    ("đoković", "ђоковић"),
    ("ljubljana", "љубљана"),
    ("njegoš", "његош"),
    ("džaja", "џаја"),
    ("rekao je", "рекао је"),
]


@pytest.mark.parametrize(("latin", "cyrillic"), PAIRS)
def test_latin_to_cyrillic(latin: str, cyrillic: str) -> None:
    assert to_cyrillic(latin) == cyrillic


@pytest.mark.parametrize(("latin", "cyrillic"), PAIRS)
def test_cyrillic_to_latin(latin: str, cyrillic: str) -> None:
    assert to_latin(cyrillic) == latin


def test_other_characters_are_kept() -> None:
    assert to_latin("x-1 ћ") == "x-1 ć"
    assert to_cyrillic("x-1 ć") == "x-1 ћ"
