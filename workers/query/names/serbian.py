"""Serbian's two alphabets, letter for letter: Latin ``Vučiću`` is Cyrillic ``Вучићу``.

wordfreq's Serbo-Croatian list is in Latin letters and our verb lists are written so; a
Serbian article may be in either script. Lower-case letters only (callers lower-case).
"""

from __future__ import annotations

_LATIN = "abcčćdđefghijklmnoprsštuvzž"
_CYRILLIC = "абцчћдђефгхијклмнопрсштувзж"
# Three Cyrillic letters are two Latin ones.
_DIGRAPHS = {"љ": "lj", "њ": "nj", "џ": "dž"}

_TO_LATIN = str.maketrans({**dict(zip(_CYRILLIC, _LATIN, strict=True)), **_DIGRAPHS})
_TO_CYRILLIC = str.maketrans(_LATIN, _CYRILLIC)


def to_latin(text: str) -> str:
    """Serbian Cyrillic ``text`` in Latin letters (other characters kept)."""
    return text.translate(_TO_LATIN)


def to_cyrillic(text: str) -> str:
    """Serbian Latin ``text`` in Cyrillic letters, its digraphs first (other characters kept)."""
    for cyrillic, latin in _DIGRAPHS.items():
        text = text.replace(latin, cyrillic)
    return text.translate(_TO_CYRILLIC)
