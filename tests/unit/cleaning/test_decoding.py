"""decode_bytes: every encoding we meet becomes the right text; junk is rejected with a reason."""

from __future__ import annotations

import codecs

import pytest

from services.core.errors import InputRejected
from workers.cleaning import decode_bytes

RUSSIAN = "Министр иностранных дел России Сергей Лавров заявил о борьбе с терроризмом."
FRENCH = "Le ministre des Affaires étrangères a déclaré à la presse que la réunion était réussie."
JAPANESE = "日本の首相は記者会見で、テロとの戦いについて述べた。"

ENCODED = [
    ("cp1251 Russian", RUSSIAN.encode("cp1251"), RUSSIAN),
    ("latin-1 French", FRENCH.encode("latin-1"), FRENCH),
    ("Shift-JIS Japanese", JAPANESE.encode("shift_jis"), JAPANESE),
    ("UTF-16 LE with BOM", codecs.BOM_UTF16_LE + RUSSIAN.encode("utf-16-le"), RUSSIAN),
    ("UTF-16 BE with BOM", codecs.BOM_UTF16_BE + FRENCH.encode("utf-16-be"), FRENCH),
    ("UTF-16 LE without BOM", FRENCH.encode("utf-16-le"), FRENCH),
    ("UTF-16 BE without BOM", RUSSIAN.encode("utf-16-be"), RUSSIAN),
    ("UTF-8 with BOM", codecs.BOM_UTF8 + RUSSIAN.encode("utf-8"), RUSSIAN),
    ("UTF-8", JAPANESE.encode("utf-8"), JAPANESE),
]  # fmt: skip


@pytest.mark.parametrize(("label", "data", "expected"), ENCODED, ids=[e[0] for e in ENCODED])
def test_decodes_to_the_original_text(label: str, data: bytes, expected: str) -> None:
    assert decode_bytes(data) == expected


def test_meta_charset_is_honoured() -> None:
    page = f'<html><head><meta charset="windows-1251"></head><body>{RUSSIAN}</body></html>'
    assert RUSSIAN in decode_bytes(page.encode("cp1251"))


def test_meta_http_equiv_charset_is_honoured() -> None:
    page = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=koi8-r">'
        f"</head><body>{RUSSIAN}</body></html>"
    )
    assert RUSSIAN in decode_bytes(page.encode("koi8_r"))


def test_xml_declaration_is_honoured() -> None:
    doc = f'<?xml version="1.0" encoding="ISO-8859-1"?><item>{FRENCH}</item>'
    assert FRENCH in decode_bytes(doc.encode("latin-1"))


@pytest.mark.parametrize(
    ("kwargs"),
    [{"declared_charset": "windows-1251"}, {"content_type": "text/plain; charset=windows-1251"}],
)
def test_caller_declared_charset_is_honoured(kwargs: dict[str, str]) -> None:
    assert decode_bytes(RUSSIAN.encode("cp1251"), **kwargs) == RUSSIAN


def test_wrong_declared_charset_falls_back_to_detection() -> None:
    assert decode_bytes(JAPANESE.encode("utf-8"), declared_charset="ascii") == JAPANESE


REJECTED = [
    ("PDF", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "PDF"),
    ("PNG", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "PNG"),
    ("ZIP", b"PK\x03\x04\x14\x00\x00\x00\x08\x00", "ZIP"),
    ("JPEG", b"\xff\xd8\xff\xe0\x00\x10JFIF", "JPEG"),
    ("gzip", b"\x1f\x8b\x08\x00\x00\x00\x00\x00", "gzip"),
    ("NUL-laden", b"abc\x00\x01\x00\x02def\x00\x00" * 50, "binary"),
    ("control characters", bytes(range(1, 9)) * 100, "binary"),
    ("empty", b"", "empty"),
    ("whitespace only", b" \n\t\r\n  ", "empty"),
]


@pytest.mark.parametrize(("label", "data", "reason"), REJECTED, ids=[r[0] for r in REJECTED])
def test_unusable_input_is_rejected_with_a_reason(label: str, data: bytes, reason: str) -> None:
    with pytest.raises(InputRejected, match=reason):
        decode_bytes(data)
