"""Drop files (.txt, .html, .json) become article messages, or are rejected with a reason."""

from __future__ import annotations

import base64
import json
import re
from datetime import UTC, datetime
from pathlib import Path

import pytest

from services.core.errors import InputRejected
from services.core.models import ID_PATTERN
from services.poller.drop_files import read_drop, sniff_binary

RQ_JOB_ID = re.compile(r"^[A-Za-z0-9_-]+$")


@pytest.mark.parametrize(
    ("name", "content_type"),
    [
        ("note.txt", "text"),
        ("page.html", "html"),
        ("page.htm", "html"),
        ("PAGE.HTML", "html"),
        ("NOTE.TXT", "text"),
    ],
)
def test_suffix_decides_content_type(name: str, content_type: str) -> None:
    message = read_drop(Path(name), b"Headline\nBody text.")
    assert message.content_type == content_type


def test_text_drop_is_carried_as_utf8() -> None:
    message = read_drop(Path("note.txt"), "Überschrift\nText".encode())
    assert (message.encoding, message.content) == ("utf-8", "Überschrift\nText")


def test_drop_message_records_origin_and_file_name() -> None:
    message = read_drop(Path("/some/inbox/note.txt"), b"hello")
    assert (message.origin, message.origin_ref, message.source) == ("drop", "note.txt", "drop")


def test_same_bytes_give_the_same_id() -> None:
    assert read_drop(Path("a.txt"), b"hello").id == read_drop(Path("b.txt"), b"hello").id


def test_different_bytes_give_different_ids() -> None:
    assert read_drop(Path("a.txt"), b"hello").id != read_drop(Path("a.txt"), b"hello!").id


@pytest.mark.parametrize(
    ("name", "data"),
    [
        ("a.txt", b"hello"),
        ("a.html", b"<p>hi</p>"),
        ("a.json", b'{"text": "hi"}'),
        ("a.txt", b"\xe9t\xe9"),
    ],
)
def test_id_uses_only_rq_job_id_characters(name: str, data: bytes) -> None:
    article_id = read_drop(Path(name), data).id
    assert RQ_JOB_ID.match(article_id)
    assert re.match(ID_PATTERN, article_id)


@pytest.mark.parametrize(
    "data",
    [
        "café au lait".encode("cp1252"),
        "Привет".encode("koi8-r"),
        b"\xff\xfeH\x00i\x00",
    ],
)
def test_non_utf8_bytes_travel_as_base64(data: bytes) -> None:
    message = read_drop(Path("legacy.txt"), data)
    assert message.encoding == "base64"
    assert base64.b64decode(message.content) == data


@pytest.mark.parametrize(
    ("name", "data", "reason"),
    [
        ("a.txt", b"", "empty file"),
        ("a.txt", b" \n\t\r\n ", "empty file"),
        ("a.txt", b"%PDF-1.7\n...", "PDF"),
        ("a.html", b"\x89PNG\r\n\x1a\n....", "PNG"),
        ("a.txt", b"\xff\xd8\xff\xe0JFIF", "JPEG"),
        ("a.txt", b"GIF89a....", "GIF"),
        ("a.txt", b"PK\x03\x04....", "ZIP"),
        ("a.txt", b"\x1f\x8b\x08\x00....", "gzip"),
        ("a.txt", b"\x7fELF\x02\x01", "executable"),
        ("a.txt", b"text with a \x00 NUL byte", "NUL bytes"),
        ("a.json", b"%PDF-1.4", "PDF"),
        ("a.pdf", b"%PDF-1.4", "unsupported file type '.pdf'"),
        ("a.docx", b"hello", "unsupported file type '.docx'"),
        ("README", b"hello", "unsupported file type '(none)'"),
        ("a.json", b"{not json", "invalid JSON"),
        ("a.json", b"\xe9\xe9{", "invalid JSON"),
        ("a.json", b'{"title": "only a title"}', "needs a non-empty `text` or `html`"),
        ("a.json", b'{"text": "", "html": ""}', "needs a non-empty `text` or `html`"),
        ("a.json", b'["a list"]', "JSON drop"),
    ],
)
def test_unusable_drop_is_rejected_with_reason(name: str, data: bytes, reason: str) -> None:
    with pytest.raises(InputRejected, match=re.escape(reason)):
        read_drop(Path(name), data)


def test_unsupported_suffix_message_lists_supported_ones() -> None:
    with pytest.raises(InputRejected, match=r"\.htm, \.html, \.json, \.txt"):
        read_drop(Path("a.md"), b"# hi")


@pytest.mark.parametrize("bom", [b"\xff\xfe", b"\xfe\xff"])
def test_utf16_with_bom_is_not_called_binary(bom: bytes) -> None:
    codec = "utf-16-le" if bom == b"\xff\xfe" else "utf-16-be"
    data = bom + "Headline\nBody".encode(codec)
    assert b"\x00" in data
    assert sniff_binary(data) is None
    assert read_drop(Path("u16.txt"), data).encoding == "base64"


def test_nul_bytes_after_the_first_8k_are_not_sniffed() -> None:
    assert sniff_binary(b"a" * 8192 + b"\x00") is None


def test_json_drop_carries_its_fields() -> None:
    drop = {
        "title": "Minister speaks",
        "url": "https://example.org/a",
        "published": "2024-05-01T12:30:00+02:00",
        "language": "en",
        "source": "wire",
        "text": "Body text.",
        "ignored_extra": 1,
    }
    message = read_drop(Path("a.json"), json.dumps(drop).encode())
    assert message.title == "Minister speaks"
    assert message.url == "https://example.org/a"
    assert message.published_at == datetime(2024, 5, 1, 10, 30, tzinfo=UTC)
    assert message.language == "en"
    assert message.source == "wire"
    assert (message.content_type, message.encoding, message.content) == (
        "article",
        "utf-8",
        "Body text.",
    )


def test_json_drop_without_source_uses_the_drop_label() -> None:
    assert read_drop(Path("a.json"), b'{"text": "x"}').source == "drop"


def test_json_drop_with_only_html_is_html() -> None:
    message = read_drop(Path("a.json"), b'{"html": "<p>x</p>"}')
    assert (message.content_type, message.content) == ("html", "<p>x</p>")


def test_json_drop_text_wins_over_html() -> None:
    message = read_drop(Path("a.json"), b'{"text": "plain", "html": "<p>x</p>"}')
    assert (message.content_type, message.content) == ("article", "plain")


def test_json_drop_rejection_does_not_echo_values() -> None:
    with pytest.raises(InputRejected) as info:
        read_drop(Path("a.json"), b'{"text": "x", "published": "secret-token-123"}')
    assert "published" in str(info.value)
    assert "secret-token-123" not in str(info.value)
