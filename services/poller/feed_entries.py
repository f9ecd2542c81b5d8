"""Parse fetched feed bytes with feedparser and turn entries into article messages.

An article message carries the entry's title and content as HTML whatever the feed declared:
feedparser gives RSS titles, Atom ``type="html"``/``"xhtml"`` titles and CDATA as HTML (one
level of XML escaping already undone), and Atom ``type="text"`` titles and JSON Feed titles as
plain text, which is escaped here. The worker turns that HTML into plain text once
(workers.cleaning.feed), so rules, stories, alerts and the archive all see the same title.
"""

from __future__ import annotations

import calendar
import hashlib
import html
import io
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

import feedparser

from services.core.errors import FetchRefused, InputRejected
from services.core.logs import escape
from services.core.models import ArticleMessage
from services.poller import feed_document
from services.poller.bounded_json import DEFAULT_MAX_DEPTH
from services.poller.feed_document import DEFAULT_MAX_ENTRIES
from services.poller.feeds_config import FeedConfig
from services.poller.json_feed import (
    DROPPED_FIELDS,
    MAX_AUTHOR_NAME_CHARS,
    MAX_AUTHORS,
    looks_like_json_feed,
    parse_json_feed,
)

TRACKING_PARAMS = re.compile(r"^(utm_\w+|fbclid|gclid|mc_cid|mc_eid|ocid|cmpid)$", re.IGNORECASE)


@dataclass(frozen=True)
class FeedLimits:
    """Bounds on the work one feed document may cause."""

    max_entries: int = DEFAULT_MAX_ENTRIES
    max_json_depth: int = DEFAULT_MAX_DEPTH


def _as_is(entry: Any) -> Any:
    return entry


@dataclass(frozen=True)
class ParsedFeed:
    """A feed's entries, and the recoverable error they were read despite, if any.

    `entries` are raw items; `to_entry` turns one into a feedparser-shaped entry, raising
    when that one item is unusable (so the caller can contain it). `left_out` counts the
    items beyond the per-poll bound that were not read at all."""

    entries: list[Any]
    problem: str | None = None
    left_out: int = 0
    to_entry: Callable[[Any], Any] = _as_is


def parse_feed(
    body: bytes, headers: Mapping[str, str], url: str, limits: FeedLimits | None = None
) -> list[Any]:
    """Entries of an RSS, RDF, Atom or JSON Feed document, unusable items skipped."""
    parsed = read_feed(body, headers, url, limits)
    entries = []
    for raw in parsed.entries:
        try:
            entries.append(parsed.to_entry(raw))
        except InputRejected:
            continue
    return entries


def read_feed(
    body: bytes, headers: Mapping[str, str], url: str, limits: FeedLimits | None = None
) -> ParsedFeed:
    """Entries of an RSS, RDF, Atom or JSON Feed document; refuses entity declarations
    (expansion bombs) and documents that are not feeds (HTML pages, empty bodies). A feed
    with recoverable errors (bozo: a wrong charset, a broken tag) still yields its entries.
    At most `limits.max_entries` entries are read, the newest."""
    limits = limits or FeedLimits()
    if looks_like_json_feed(body, headers):
        feed = parse_json_feed(body, url, limits.max_entries, limits.max_json_depth)
        return ParsedFeed(feed.items, left_out=feed.left_out, to_entry=feed.to_entry())
    document = feed_document.prepare(body, headers, url, limits.max_entries)
    parsed = feedparser.parse(
        io.BytesIO(document.body),
        response_headers=document.headers,
        sanitize_html=False,
        resolve_relative_uris=False,
    )
    problem = _bozo_reason(parsed) if parsed.bozo else document.encoding_problem
    if not parsed.entries and not parsed.get("version"):
        raise FetchRefused(f"{url}: not a readable feed: no RSS, Atom or JSON Feed document")
    if problem and not parsed.entries:
        raise FetchRefused(f"{url}: not a readable feed: {problem}"[:300])
    entries = list(parsed.entries)[: limits.max_entries]
    return ParsedFeed(entries, problem, document.left_out)


def entry_label(entry: Any) -> str:
    """A short name for an entry in logs and `status`: its id, else its link, else title."""
    if isinstance(entry, Mapping):
        for field in ("id", "guid", "url", "link", "title"):
            value = entry.get(field)
            if value:
                return escape(value, 120)
    return escape(type(entry).__name__, 120)


def _bozo_reason(parsed: Any) -> str:
    exc = parsed.get("bozo_exception")
    reason = getattr(exc, "getMessage", lambda: "")() or str(exc or "unknown error")
    return " ".join(reason.split())[:200]


def canonical_link(link: str) -> str:
    """The link without tracking parameters or fragment, so re-shared links stay one entry."""
    parts = urlsplit(link.strip())
    query = [(k, v) for k, v in parse_qsl(parts.query) if not TRACKING_PARAMS.match(k)]
    return urlunsplit((parts.scheme, parts.netloc.lower(), parts.path, urlencode(query), ""))


def entry_identity(entry: Any) -> str:
    """guid, else canonical link, else a hash of title and content."""
    guid = entry.get("id") or entry.get("guid")
    if guid:
        return f"guid:{guid}"
    link = entry.get("link")
    if link:
        return f"link:{canonical_link(link)}"
    text = (entry.get("title") or "") + "\x00" + (entry.get("summary") or "")
    return "hash:" + hashlib.sha256(text.encode()).hexdigest()


def _published(entry: Any) -> datetime | None:
    parsed = entry.get("published_parsed") or entry.get("updated_parsed")
    if not parsed:
        return None
    return datetime.fromtimestamp(calendar.timegm(parsed), tz=UTC)


def entry_to_article(feed: FeedConfig, entry: Any) -> ArticleMessage | None:
    """The article message for one entry, or None when it has no text at all."""
    contents = entry.get("content") or []
    body = "\n".join(_as_html(c.get("value"), c.get("type")) for c in contents)
    if not body.strip():
        body = _as_html(entry.get("summary"), _detail_type(entry, "summary"))
    title = _as_html(entry.get("title"), _detail_type(entry, "title"), wrap=False).strip()
    if not (body.strip() or title):
        return None
    identity = entry_identity(entry)
    digest = hashlib.sha256(f"{feed.url}\x00{identity}".encode()).hexdigest()[:40]
    return ArticleMessage(
        id="f" + digest,
        origin="feed",
        source=feed.name,
        origin_ref=identity[:300],
        content_type="fragment",
        encoding="utf-8",
        content=body,
        title=title or None,
        url=entry.get("link"),
        language=feed.language,
        published_at=_published(entry),
        authors=entry_authors(entry),
    )


def _detail_type(entry: Any, name: str) -> str | None:
    detail = entry.get(f"{name}_detail")
    return detail.get("type") if isinstance(detail, Mapping) else None


def _as_html(value: object, declared: object, *, wrap: bool = True) -> str:
    """A title or content value as HTML: plain text (``text/plain``) escaped, blank lines in
    it made paragraph ends; HTML and XHTML as they are."""
    if not isinstance(value, str):
        return ""
    if declared != "text/plain":
        return value
    if not wrap:
        return html.escape(value, quote=False)
    paragraphs = [p for p in value.replace("\r\n", "\n").split("\n\n") if p.strip()]
    return "\n".join(f"<p>{html.escape(p, quote=False)}</p>" for p in paragraphs)


def entry_authors(entry: Any) -> list[str]:
    """The entry's author names (RSS ``author``/``dc:creator``, Atom ``author``, JSON Feed
    ``author``/``authors``), distinct, at most MAX_AUTHORS of MAX_AUTHOR_NAME_CHARS each."""
    found: dict[str, None] = {}
    listed = entry.get("authors")
    for author in listed if isinstance(listed, list) else []:
        name = author.get("name") if isinstance(author, Mapping) else None
        if isinstance(name, str) and name.strip():
            found[" ".join(name.split())[:MAX_AUTHOR_NAME_CHARS]] = None
    return list(found)[:MAX_AUTHORS]


def dropped_fields(entry: Any) -> list[str]:
    """Notes on the fields left out of an entry (JSON Feed items; empty for XML entries)."""
    notes = entry.get(DROPPED_FIELDS) if isinstance(entry, Mapping) else None
    return list(notes) if isinstance(notes, list) else []
