"""JSON Feed (https://jsonfeed.org, versions 1 and 1.1), which feedparser does not read.

Items become the same entry shape feedparser gives (id, link, title, content, summary,
published_parsed), so entry identity and article messages work exactly as for RSS and Atom.
An item that does not fit the spec is skipped, like a recoverable error in an XML feed; a
document that is not a JSON Feed at all is refused.
"""

from __future__ import annotations

import html
from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Any

import feedparser
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from services.core.errors import FetchRefused, InputRejected
from services.core.yaml_files import validation_message
from services.poller import bounded_json
from services.poller.bounded_json import DEFAULT_MAX_DEPTH, HugeNumber

VERSION_PREFIXES = ("https://jsonfeed.org/version/1", "http://jsonfeed.org/version/1")
UTF8_BOM = b"\xef\xbb\xbf"


class JsonFeedItem(BaseModel):
    """The item fields newswatch uses; the rest are ignored."""

    model_config = ConfigDict(extra="ignore", hide_input_in_errors=True)

    id: str | None = None
    url: str | None = None
    external_url: str | None = None
    title: str | None = None
    content_html: str | None = None
    content_text: str | None = None
    summary: str | None = None
    date_published: datetime | None = None
    date_modified: datetime | None = None

    @field_validator("id", mode="before")
    @classmethod
    def _id_as_text(cls, value: object) -> object:
        """Version 1 feeds sometimes use numbers; 1.1 says strings. Both are identities."""
        if isinstance(value, HugeNumber):
            raise ValueError(f"a {value.length}-digit number is not an id")
        number = isinstance(value, int | float) and not isinstance(value, bool)
        return str(value) if number else value


class JsonFeedDocument(BaseModel):
    model_config = ConfigDict(extra="ignore", hide_input_in_errors=True)

    version: str
    title: str | None = None
    items: list[Any] = Field(default_factory=list)

    @field_validator("version")
    @classmethod
    def _known_version(cls, value: str) -> str:
        if not value.startswith(VERSION_PREFIXES):
            raise ValueError("not a JSON Feed version 1 or 1.1 URL")
        return value


def looks_like_json_feed(body: bytes, headers: Mapping[str, str]) -> bool:
    """True for a body whose first non-blank character is `{`, or one served with a JSON
    content type that does not start like XML."""
    first = body.removeprefix(UTF8_BOM).lstrip()[:1]
    content_type = headers.get("content-type", "").split(";")[0].strip().lower()
    return first == b"{" or (content_type.endswith(("/json", "+json")) and first != b"<")


def parse_json_feed(
    body: bytes, url: str, max_entries: int = 500, max_depth: int = DEFAULT_MAX_DEPTH
) -> tuple[list[Any], int]:
    """The raw items of a JSON Feed document (newest `max_entries` of them; `json_entry`
    makes each an entry) and how many were left out."""
    body = body.removeprefix(UTF8_BOM)
    try:
        body.decode("utf-8")
        data = bounded_json.loads(body, max_depth, keep_huge_numbers=True)
        document = JsonFeedDocument.model_validate(data)
    except UnicodeDecodeError as exc:
        raise _unreadable(url, f"invalid JSON: {type(exc).__name__}") from None
    except bounded_json.JsonRefused as exc:
        raise _unreadable(url, str(exc)) from None
    except ValidationError:
        raise _unreadable(url, "not a JSON Feed (needs a jsonfeed.org version and items)") from None
    items = document.items
    left_out = max(len(items) - max_entries, 0)
    if left_out and _published_text(items[-1]) > _published_text(items[0]):
        return items[left_out:], left_out  # oldest first: keep the end
    return items[:max_entries], left_out


def _published_text(raw: object) -> str:
    """An item's date_published as text (RFC 3339 text sorts in time order, near enough)."""
    value = raw.get("date_published") if isinstance(raw, dict) else None
    return value if isinstance(value, str) else ""


def json_entry(raw: object) -> feedparser.FeedParserDict:
    """One item in feedparser's shape; InputRejected says why an item is not usable."""
    try:
        item = JsonFeedItem.model_validate(raw)
    except ValidationError as exc:
        raise InputRejected(validation_message("JSON Feed item", exc).replace("\n", "; ")) from None
    body = item.content_html or _text_as_html(item.content_text)
    entry = feedparser.FeedParserDict()
    for name, value in (
        ("id", item.id),
        ("link", item.url or item.external_url),
        ("title", item.title),
        ("summary", item.summary),
        ("content", [{"value": body, "type": "text/html"}] if body else None),
        ("published_parsed", _struct(item.date_published)),
        ("updated_parsed", _struct(item.date_modified)),
    ):
        if value:
            entry[name] = value
    return entry


def _text_as_html(text: str | None) -> str | None:
    """content_text as escaped paragraphs, so it travels like any entry's HTML fragment."""
    if not text or not text.strip():
        return None
    paragraphs = [p.strip() for p in text.replace("\r\n", "\n").split("\n\n") if p.strip()]
    return "\n".join(f"<p>{html.escape(p)}</p>" for p in paragraphs)


def _struct(when: datetime | None) -> Any:
    if when is None:
        return None
    aware = when if when.tzinfo else when.replace(tzinfo=UTC)
    return aware.astimezone(UTC).timetuple()


def _unreadable(url: str, reason: str) -> FetchRefused:
    return FetchRefused(f"{url}: not a readable feed: {reason}")
