"""detect_language: ISO 639-1 codes for common news languages, None for too little text."""

from __future__ import annotations

import pytest

from workers.cleaning import detect_language

SAMPLES = [
    ("en", "The foreign minister said on Monday that the talks had been useful for both sides."),
    ("ru", "Министр иностранных дел заявил в понедельник, что переговоры были полезны."),
    ("de", "Der Außenminister sagte am Montag, dass die Gespräche nützlich waren."),
    ("fr", "Le ministre a déclaré lundi que les discussions étaient utiles."),
    ("es", "El ministro de Asuntos Exteriores dijo el lunes que las conversaciones fueron útiles."),
]  # fmt: skip


@pytest.mark.parametrize(("code", "text"), SAMPLES)
def test_detects_language(code: str, text: str) -> None:
    assert detect_language(text) == code


@pytest.mark.parametrize("text", ["", "   ", "12345 67 890", "OK"])
def test_too_little_text_gives_none(text: str) -> None:
    assert detect_language(text) is None
