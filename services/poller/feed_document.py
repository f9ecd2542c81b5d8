"""An XML feed made safe and small before feedparser reads it: decoded once, checked, cut.

This module is the one adapter over feedparser's internals: it decodes the body with
feedparser's own `convert_to_utf8` (BOM, XML declaration, HTTP charset and its fallbacks, in
feedparser's order), so the entity check sees exactly the text the parser will see — an
EBCDIC, UTF-7 or BOM-less UTF-16/32 document cannot hide `<!ENTITY` from it — and hands
feedparser those UTF-8 bytes with a charset that makes it decode nothing again. A feed with
more than `max_entries` items is cut to the newest `max_entries` before parsing, so parse
time and memory follow the bound, not the document. tests/unit/test_feed_document.py fails
if a feedparser upgrade changes what this relies on.
"""

from __future__ import annotations

import re
import time
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from feedparser.datetimes import _parse_date
from feedparser.encodings import convert_to_utf8

from services.core.errors import FetchRefused

DEFAULT_MAX_ENTRIES = 500
# Entity or parameter-entity declarations, and DOCTYPEs with an internal subset (where
# declarations live), in any letter case and spacing.
_DECLARATION = re.compile(rb"<!\s*ENTITY|<!\s*DOCTYPE[^>\[]*\[", re.IGNORECASE)
_ITEM_START = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?(?:item|entry)(?=[\s/>])")
_ITEM_END = re.compile(rb"</(?:[A-Za-z_][\w.-]*:)?(?:item|entry)\s*>")
_DATE = re.compile(
    rb"<(?:[A-Za-z_][\w.-]*:)?(?:pubDate|published|updated|date|modified)(?:\s[^>]{0,200})?>"
    rb"([^<]{1,100})<"
)
# How far into an item its date is looked for.
_DATE_WINDOW_BYTES = 8192
# feedparser costs ~15 µs per element (more on its loose parser) and is quadratic in the
# attributes of one element: a document over either bound is refused before it is parsed.
MAX_MARKUP = 200_000  # elements plus attributes, outside CDATA, after the entry cut
MAX_ATTRIBUTES_PER_ELEMENT = 64
_CDATA = re.compile(rb"<!\[CDATA\[.*?\]\]>", re.DOTALL)
_CROWDED_ELEMENT = re.compile(
    rb"<[A-Za-z_][^<>=]*(?:=[^<>=]*){%d}" % (MAX_ATTRIBUTES_PER_ELEMENT + 1)
)


@dataclass(frozen=True)
class FeedDocument:
    """What feedparser is given: the body and headers, and how many items were left out."""

    body: bytes
    headers: dict[str, str]
    left_out: int = 0
    # What decoding had to work around (a wrong charset), as feedparser would have said.
    encoding_problem: str | None = None


def prepare(
    body: bytes, headers: Mapping[str, str], url: str, max_entries: int = DEFAULT_MAX_ENTRIES
) -> FeedDocument:
    """Decode, refuse entity declarations, keep at most max_entries (newest) items."""
    lowered = {k.lower(): v for k, v in headers.items()}
    if _DECLARATION.search(body.replace(b"\x00", b"")):
        raise _entities(url)
    result: dict[str, Any] = {}
    converted = convert_to_utf8(lowered, body, result)
    if _DECLARATION.search(converted):
        raise _entities(url)
    if not result.get("encoding"):
        # feedparser could not decode it either: it will read these bytes as UTF-8
        # (replacing errors) with its loose parser, which is what was just checked.
        return FeedDocument(body, lowered)
    utf8_headers = dict(lowered, **{"content-type": "application/xml; charset=utf-8"})
    cut, left_out = keep_newest(converted, max_entries)
    check_markup(cut, url)
    problem = result.get("bozo_exception")
    return FeedDocument(cut, utf8_headers, left_out, str(problem) if problem else None)


def keep_newest(data: bytes, max_entries: int) -> tuple[bytes, int]:
    """The document with only its newest max_entries items, and how many were left out.

    Feeds list newest first, a few oldest first: the first and last items' dates decide
    which end to keep. Everything outside the items (channel fields, closing tags) stays."""
    starts = [m.start() for m in _ITEM_START.finditer(data)]
    if len(starts) <= max_entries:
        return data, 0
    left_out = len(starts) - max_entries
    if _item_date(data, starts[-1]) > _item_date(data, starts[0]):
        return data[: starts[0]] + data[starts[left_out] :], left_out
    last_end = _ITEM_END.search(data, starts[-1])
    tail = data[last_end.end() :] if last_end else b""
    return data[: starts[max_entries]] + tail, left_out


def check_markup(data: bytes, url: str) -> None:
    """Refuse a document whose markup would cost feedparser more than its bounds allow."""
    markup = _CDATA.sub(b"", data)
    if _CROWDED_ELEMENT.search(markup):
        raise FetchRefused(
            f"{url}: refused: an element with more than {MAX_ATTRIBUTES_PER_ELEMENT} attributes"
        )
    tags = markup.count(b"<") - markup.count(b"</") - markup.count(b"<!") - markup.count(b"<?")
    if tags + markup.count(b"=") > MAX_MARKUP:
        raise FetchRefused(f"{url}: refused: more than {MAX_MARKUP:,} elements and attributes")


def _item_date(data: bytes, start: int) -> float:
    """The item's first date as epoch seconds (0 when it has none that reads)."""
    match = _DATE.search(data, start, start + _DATE_WINDOW_BYTES)
    if not match:
        return 0.0
    try:
        parsed = _parse_date(match.group(1).decode("utf-8", "replace").strip())
        return time.mktime(parsed) if parsed else 0.0
    # Third-party date parsing of hostile text: an unreadable date only means "unknown".
    except Exception:  # noqa: BLE001
        return 0.0


def _entities(url: str) -> FetchRefused:
    return FetchRefused(f"{url}: refused: the document declares XML entities")
