"""Bytes to text: BOM, declared charset, then detection; binary and empty input is rejected.

Every article enters the pipeline through here, so garbage must stop here: a PDF or an image
matched as text would fire rules on noise.
"""

from __future__ import annotations

import codecs
import re

import charset_normalizer

from services.core.errors import InputRejected

# File signatures of formats that are never article text.
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"%PDF-", "PDF document"),
    (b"PK\x03\x04", "ZIP archive (or Office document)"),
    (b"\x89PNG\r\n\x1a\n", "PNG image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"GIF87a", "GIF image"),
    (b"GIF89a", "GIF image"),
    (b"\x1f\x8b", "gzip archive"),
    (b"BZh", "bzip2 archive"),
    (b"\xfd7zXZ\x00", "xz archive"),
    (b"7z\xbc\xaf\x27\x1c", "7z archive"),
    (b"Rar!\x1a\x07", "RAR archive"),
    (b"\x7fELF", "ELF executable"),
    (b"MZ", "Windows executable"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "legacy Office document"),
    (b"RIFF", "RIFF media file"),
    (b"OggS", "Ogg media file"),
    (b"ID3", "MP3 audio"),
    (b"\x00\x00\x00\x18ftyp", "MP4 media file"),
    (b"\x00\x00\x00\x20ftyp", "MP4 media file"),
    (b"SQLite format 3\x00", "SQLite database"),
)
_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),  # before UTF-16 LE: its BOM starts the same way
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_CHARSET_PARAM = re.compile(rb"""charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)""", re.IGNORECASE)
_XML_DECL = re.compile(rb"""^\s*<\?xml[^>]*encoding\s*=\s*["']([A-Za-z0-9._:-]+)""", re.I)
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)""", re.I)
# Browsers read these labels as their supersets (WHATWG Encoding Standard).
_ALIASES = {"iso-8859-1": "cp1252", "latin1": "cp1252", "ascii": "cp1252", "us-ascii": "cp1252"}
# Among equally plausible single-byte guesses, the commonest web encodings win.
_PREFERRED = ("utf_8", "ascii", "cp1252", "latin_1", "cp1251")
_MAX_CONTROL_RATIO = 0.05
_MAX_NUL_RATIO = 0.01
_SNIFF_BYTES = 4096
# A UTF-16 text uses few Unicode blocks, so its high bytes take few distinct values.
_UTF16_HIGH_BYTES = 4


def decode_bytes(
    data: bytes, *, declared_charset: str | None = None, content_type: str | None = None
) -> str:
    """Decode an article's bytes to text, or raise InputRejected saying why it cannot be used."""
    if not data.strip():
        raise InputRejected("empty input: no bytes or only whitespace")
    _reject_known_binary(data)
    text = _decode(data, declared_charset, content_type)
    _reject_unusable_text(text)
    return text


def _decode(data: bytes, declared: str | None, content_type: str | None) -> str:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return _strict(data[len(bom) :], encoding) or _fail(f"invalid {encoding} after BOM")
    for encoding in _declared_encodings(data, declared, content_type):
        text = _strict(data, encoding)
        if text is not None:
            return text
    utf16 = _bomless_utf16(data)
    if utf16 is not None:
        return utf16
    if data.count(0) > _MAX_NUL_RATIO * len(data):
        raise InputRejected("binary input: contains NUL bytes")
    return _strict(data, "utf-8") or _detect(data)


def _declared_encodings(data: bytes, declared: str | None, content_type: str | None) -> list[str]:
    """Charsets named by the caller, the HTTP header, the XML declaration or a <meta> tag."""
    labels: list[str] = [declared] if declared else []
    if content_type and (m := _CHARSET_PARAM.search(content_type.encode("latin-1", "ignore"))):
        labels.append(m.group(1).decode("ascii"))
    head = data[:_SNIFF_BYTES]
    for pattern in (_XML_DECL, _META_CHARSET):
        if m := pattern.search(head):
            labels.append(m.group(1).decode("ascii"))
    encodings = []
    for label in labels:
        name = _ALIASES.get(label.strip().lower(), label.strip())
        try:
            encodings.append(codecs.lookup(name).name)
        except LookupError:
            continue  # an unknown label is no evidence; detection decides
    return encodings


def _bomless_utf16(data: bytes) -> str | None:
    """UTF-16 without BOM: one byte of each code unit varies little (a script's block number).

    ASCII text has a NUL in every high byte, Cyrillic a 0x04; binary data varies in both.
    """
    sample = data[: _SNIFF_BYTES - _SNIFF_BYTES % 2]
    if len(sample) < 8 or len(sample) % 2:
        return None
    even, odd = set(sample[0::2]), set(sample[1::2])
    if len(odd) <= _UTF16_HIGH_BYTES < len(even) and 0 in odd | even:
        text = _strict(data, "utf-16-le")
    elif len(even) <= _UTF16_HIGH_BYTES < len(odd) and 0 in odd | even:
        text = _strict(data, "utf-16-be")
    else:
        return None
    return text if _mostly_printable(text) else None


def _mostly_printable(text: str | None) -> bool:
    if not text:
        return False
    printable = sum(1 for ch in text if ch.isprintable() or ch in "\t\n\r")
    return printable >= 0.98 * len(text)


def _detect(data: bytes) -> str:
    matches = list(charset_normalizer.from_bytes(data))
    if not matches:
        raise InputRejected("undecodable input: no text encoding fits these bytes")
    least_chaos = min(m.chaos for m in matches)
    tied = [m for m in matches if m.chaos <= least_chaos + 0.01]
    best = min(tied, key=lambda m: _rank(m.encoding))
    return _strict(data, best.encoding) or _fail("undecodable input")


def _rank(encoding: str) -> int:
    return _PREFERRED.index(encoding) if encoding in _PREFERRED else len(_PREFERRED)


def _strict(data: bytes, encoding: str) -> str | None:
    try:
        return data.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        return None


def _fail(reason: str) -> str:
    raise InputRejected(reason)


def _reject_known_binary(data: bytes) -> None:
    head = data.lstrip(b"\t\r\n ")[:16] if not data.startswith(b"\x00") else data[:16]
    for magic, kind in _MAGIC:
        if head.startswith(magic):
            raise InputRejected(f"binary input: looks like a {kind}")


def _reject_unusable_text(text: str) -> None:
    if not text.strip():
        raise InputRejected("empty input: only whitespace after decoding")
    sample = text[: _SNIFF_BYTES * 4]
    controls = sum(1 for ch in sample if ord(ch) < 32 and ch not in "\t\n\r\f\v")
    controls += sample.count("\ufffd")
    if controls > _MAX_CONTROL_RATIO * len(sample):
        raise InputRejected("binary input: too many control characters")
