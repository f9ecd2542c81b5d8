"""Turn one drop file (.txt, .html, .json) into an article message, or say why not."""

from __future__ import annotations

import hashlib
import os
import stat
from pathlib import Path

from pydantic import ValidationError

from services.core.errors import InputRejected
from services.core.logs import escape
from services.core.models import ArticleMessage, JsonDrop
from services.core.sources import DROP_SOURCE, clean_label
from services.core.yaml_files import validation_message
from services.poller import bounded_json

SUPPORTED_SUFFIXES = {".txt": "text", ".html": "html", ".htm": "html", ".json": "json"}
BINARY_MAGIC = (
    (b"%PDF", "a PDF document"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"PK\x03\x04", "a ZIP archive"),
    (b"\x1f\x8b", "gzip-compressed data"),
    (b"\x7fELF", "an executable"),
)
UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")
__all__ = ["DROP_SOURCE", "folder_source", "read_drop", "read_drop_file", "sniff_binary"]


def sniff_binary(data: bytes) -> str | None:
    """Why these bytes are not text, or None when they may be."""
    if not data.strip():
        return "empty file"
    for magic, what in BINARY_MAGIC:
        if data.startswith(magic):
            return f"binary file ({what})"
    if not data.startswith(UTF16_BOMS) and b"\x00" in data[:8192]:
        return "binary file (contains NUL bytes)"
    return None


def display_name(name: str) -> str:
    """A drop's file name as text safe to store and show: bytes that are not UTF-8 (os.listdir
    hands them over as lone surrogates) become \\xNN escapes, control characters too."""
    raw = name.encode("utf-8", "surrogateescape")
    return escape(raw.decode("utf-8", "backslashreplace"))


def folder_source(path: Path, inbox: Path | None) -> str | None:
    """The source a drop gets from its folder: the name of the inbox subfolder it is in
    (`inbox/reuters/x.html` -> `reuters`); None for a file directly in the inbox or elsewhere."""
    if inbox is None or path.parent == inbox or path.parent.parent != inbox:
        return None
    return clean_label(display_name(path.parent.name))


def read_bounded(path: Path, max_bytes: int) -> bytes:
    """A drop file's bytes: a regular file (no link followed, no pipe blocked on) of at most
    `max_bytes`; InputRejected otherwise."""
    fd = os.open(path, os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK)
    with os.fdopen(fd, "rb") as handle:
        st = os.fstat(handle.fileno())
        if not stat.S_ISREG(st.st_mode):
            raise InputRejected("refused: not a regular file")
        if st.st_size > max_bytes:
            raise InputRejected(f"refused: {st.st_size} bytes is over the {max_bytes}-byte cap")
        data = handle.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise InputRejected(f"refused: grew over the {max_bytes}-byte cap while read")
    return data


def read_drop_file(
    path: Path,
    max_bytes: int,
    max_json_depth: int = bounded_json.DEFAULT_MAX_DEPTH,
    inbox: Path | None = None,
) -> ArticleMessage:
    """The article message of a drop file, exactly as the drop folder builds it (the
    offline commands `match`, `rules test` and `clean` read files through this too)."""
    data = read_bounded(path, max_bytes)
    return read_drop(path, data, max_json_depth, folder_source(path, inbox))


def read_drop(
    path: Path,
    data: bytes,
    max_json_depth: int = bounded_json.DEFAULT_MAX_DEPTH,
    folder: str | None = None,
) -> ArticleMessage:
    """Build the article message for a drop file's bytes; InputRejected says why not.

    Its source: a JSON drop's own `source`, else `folder` (the inbox subfolder's name), else
    `drop`, which the worker replaces with what the page says (services.core.sources)."""
    kind = SUPPORTED_SUFFIXES.get(path.suffix.lower())
    if kind is None:
        supported = ", ".join(sorted(SUPPORTED_SUFFIXES))
        raise InputRejected(f"unsupported file type {path.suffix or '(none)'!r}: use {supported}")
    problem = sniff_binary(data)
    if problem:
        raise InputRejected(problem)
    article_id = "d" + hashlib.sha256(data).hexdigest()[:40]
    name = display_name(path.name)
    if kind == "json":
        return _json_drop(data, article_id, name, max_json_depth, folder)
    encoding, content = ArticleMessage.carry_bytes(data)
    return ArticleMessage(
        id=article_id,
        origin="drop",
        origin_ref=name,
        source=folder or DROP_SOURCE,
        content_type="html" if kind == "html" else "text",
        encoding=encoding,
        content=content,
    )


def _json_drop(
    data: bytes, article_id: str, name: str, max_depth: int, folder: str | None
) -> ArticleMessage:
    try:
        drop = JsonDrop.model_validate(bounded_json.loads(data, max_depth))
    except ValidationError as exc:
        raise InputRejected(validation_message("JSON drop", exc).replace("\n", "; ")) from None
    return ArticleMessage(
        source=clean_label(drop.source) or folder or DROP_SOURCE,
        content_type="html" if drop.html and not drop.text else "article",
        encoding="utf-8",
        content=drop.text or drop.html or "",
        title=drop.title,
        url=drop.url,
        language=drop.language,
        published_at=drop.published,
        id=article_id,
        origin="drop",
        origin_ref=name,
    )
