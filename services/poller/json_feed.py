"""JSON Feed (https://jsonfeed.org, versions 1 and 1.1), which feedparser does not read.

Items become the same entry shape feedparser gives (id, link, title, content, summary,
published_parsed, authors), so entry identity and article messages work exactly as for RSS
and Atom. Items are read field by field: a field that does not fit the spec (an RFC 822 date
where RFC 3339 is due, a number where text is due, a list summary, a value past its bound) is
left out with a note in the entry's ``DROPPED_FIELDS`` list, and the rest of the item is kept.
Only an item that is not an object at all is unusable. Relative ``url``, ``external_url`` and
``image`` are resolved against the feed's ``home_page_url``, then its ``feed_url``, then the
address it was fetched from; a link that is not http(s) after that is left out. A document that
is not a JSON Feed at all is refused.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import partial
from typing import Any
from urllib.parse import urljoin, urlsplit

import feedparser
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from services.core.errors import FetchRefused, InputRejected
from services.poller import bounded_json
from services.poller.bounded_json import DEFAULT_MAX_DEPTH, HugeNumber

VERSION_PREFIXES = ("https://jsonfeed.org/version/1", "http://jsonfeed.org/version/1")
UTF8_BOM = b"\xef\xbb\xbf"
# The entry key listing the fields left out of an item, one note each ("title: a number").
DROPPED_FIELDS = "newswatch_dropped_fields"

# Bounds on one item's fields (characters); a longer value is left out, not cut.
MAX_ID_CHARS = 1_000
MAX_URL_CHARS = 4_000
MAX_TITLE_CHARS = 4_000
MAX_SUMMARY_CHARS = 100_000
MAX_CONTENT_CHARS = 5_000_000
MAX_DATE_CHARS = 64
MAX_AUTHORS = 10
MAX_AUTHOR_NAME_CHARS = 200


class JsonFeedDocument(BaseModel):
    model_config = ConfigDict(extra="ignore", hide_input_in_errors=True)

    version: str
    title: str | None = None
    home_page_url: Any = None
    feed_url: Any = None
    items: list[Any] = Field(default_factory=list)

    @field_validator("version")
    @classmethod
    def _known_version(cls, value: str) -> str:
        if not value.startswith(VERSION_PREFIXES):
            raise ValueError("not a JSON Feed version 1 or 1.1 URL")
        return value


@dataclass(frozen=True)
class JsonFeed:
    """A JSON Feed's raw items (the newest ones), how many were left out, and the addresses
    its relative links resolve against, in order."""

    items: list[Any]
    left_out: int
    bases: tuple[str, ...]

    def to_entry(self) -> Callable[[Any], feedparser.FeedParserDict]:
        return partial(json_entry, bases=self.bases)


def looks_like_json_feed(body: bytes, headers: Mapping[str, str]) -> bool:
    """True for a body whose first non-blank character is `{`, or one served with a JSON
    content type that does not start like XML."""
    first = body.removeprefix(UTF8_BOM).lstrip()[:1]
    content_type = headers.get("content-type", "").split(";")[0].strip().lower()
    return first == b"{" or (content_type.endswith(("/json", "+json")) and first != b"<")


def parse_json_feed(
    body: bytes, url: str, max_entries: int = 500, max_depth: int = DEFAULT_MAX_DEPTH
) -> JsonFeed:
    """The raw items of a JSON Feed document (newest `max_entries` of them; `json_entry`
    makes each an entry), how many were left out, and the bases for relative links."""
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
    bases = _bases(document.home_page_url, document.feed_url, url)
    items = document.items
    left_out = max(len(items) - max_entries, 0)
    if left_out and _published_text(items[-1]) > _published_text(items[0]):
        return JsonFeed(items[left_out:], left_out, bases)  # oldest first: keep the end
    return JsonFeed(items[:max_entries], left_out, bases)


def _bases(home: object, feed: object, fetched: str) -> tuple[str, ...]:
    """The feed's absolute http(s) addresses, each resolved against the fetched one."""
    found = []
    for value in (home, feed):
        if isinstance(value, str) and len(value) <= MAX_URL_CHARS:
            absolute = _http_url(urljoin(fetched, value.strip()))
            if absolute:
                found.append(absolute)
    return (*found, fetched)


def _published_text(raw: object) -> str:
    """An item's date_published as text (RFC 3339 text sorts in time order, near enough)."""
    value = raw.get("date_published") if isinstance(raw, dict) else None
    return value if isinstance(value, str) else ""


def json_entry(raw: object, bases: tuple[str, ...] = ()) -> feedparser.FeedParserDict:
    """One item in feedparser's shape, its unusable fields left out and noted under
    ``DROPPED_FIELDS``; InputRejected when the item is not an object at all."""
    if not isinstance(raw, dict):
        raise InputRejected(f"JSON Feed item: an object is due, not {_kind(raw)}")
    item = _ItemReader(raw, bases)
    content_html = item.text("content_html", MAX_CONTENT_CHARS)
    content_text = item.text("content_text", MAX_CONTENT_CHARS)
    body = content_html or _text_as_html(content_text)
    link = item.url("url") or item.url("external_url")
    fields: dict[str, Any] = {
        "id": item.identity(),
        "link": link,
        "image": item.url("image"),
        "title": item.text("title", MAX_TITLE_CHARS),
        "title_detail": {"type": "text/plain"},
        "summary": item.text("summary", MAX_SUMMARY_CHARS),
        "summary_detail": {"type": "text/plain"},
        "content": [{"value": body, "type": "text/html"}] if body else None,
        "published_parsed": _struct(item.date("date_published")),
        "updated_parsed": _struct(item.date("date_modified")),
        "authors": item.authors(),
        DROPPED_FIELDS: item.dropped,
    }
    entry = feedparser.FeedParserDict()
    for name, value in fields.items():
        if value:
            entry[name] = value
    return entry


class _ItemReader:
    """Reads one item's fields, each on its own; what does not fit is noted in `dropped`."""

    def __init__(self, raw: dict[str, Any], bases: tuple[str, ...]) -> None:
        self.raw = raw
        self.bases = bases
        self.dropped: list[str] = []

    def _drop(self, name: str, why: str) -> None:
        self.dropped.append(f"{name}: {why}")

    def text(self, name: str, max_chars: int, value: object = None) -> str | None:
        value = self.raw.get(name) if value is None else value
        if value is None:
            return None
        if not isinstance(value, str):
            self._drop(name, f"{_kind(value)}, not text")
            return None
        if len(value) > max_chars:
            self._drop(name, f"{len(value):,} characters, more than {max_chars:,}")
            return None
        return value

    def identity(self) -> str | None:
        value = self.raw.get("id")
        if isinstance(value, int | float) and not isinstance(value, bool):
            return str(value)  # version 1 feeds sometimes use numbers; 1.1 says strings
        return self.text("id", MAX_ID_CHARS)

    def url(self, name: str) -> str | None:
        value = self.text(name, MAX_URL_CHARS)
        if not value or not value.strip():
            return None
        if value.startswith(("https://", "http://")) and _http_url(value):
            return value  # absolute already (most links): no join needed
        for base in self.bases:
            absolute = _http_url(urljoin(base, value.strip()))
            if absolute:
                return absolute
        self._drop(name, "not an http(s) address")
        return None

    def date(self, name: str) -> datetime | None:
        value = self.text(name, MAX_DATE_CHARS)
        if not value:
            return None
        try:
            when = datetime.fromisoformat(value.strip())
        except ValueError:
            self._drop(name, "not an RFC 3339 date")
            return None
        try:
            _struct(when)
        except (OverflowError, ValueError):
            self._drop(name, "a date out of range")
            return None
        return when

    def authors(self) -> list[dict[str, str]]:
        """``authors`` (1.1) else ``author`` (1): names, bounded in number and length."""
        many = self.raw.get("authors")
        if many is not None and not isinstance(many, list):
            self._drop("authors", f"{_kind(many)}, not a list")
            many = None
        listed = many if many else [self.raw["author"]] if "author" in self.raw else []
        names: list[dict[str, str]] = []
        for author in listed[:MAX_AUTHORS]:
            name = author.get("name") if isinstance(author, dict) else None
            text = self.text("author name", MAX_AUTHOR_NAME_CHARS, name) if name else None
            if text and text.strip():
                names.append({"name": " ".join(text.split())})
            elif not isinstance(author, dict):
                self._drop("author", f"{_kind(author)}, not an object")
        if len(listed) > MAX_AUTHORS:
            self._drop("authors", f"{len(listed)} of them, kept the first {MAX_AUTHORS}")
        return names


def _http_url(url: str) -> str | None:
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    return url if parts.scheme in ("http", "https") and parts.netloc else None


def _kind(value: object) -> str:
    """What a JSON value is, for a note (never the value itself: it may be huge or secret)."""
    if isinstance(value, HugeNumber):
        return f"a {value.length}-digit number"
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, int | float):
        return "a number"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "an object"
    return "a string" if isinstance(value, str) else type(value).__name__


def _text_as_html(text: str | None) -> str | None:
    """Plain text (content_text) as escaped paragraphs, so it travels like any
    entry's HTML fragment; blank lines end paragraphs, other newlines are line wraps."""
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
