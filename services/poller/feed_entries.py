"""Parse fetched feed bytes with feedparser and turn entries into article messages."""

from __future__ import annotations

import calendar
import hashlib
import io
import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

import feedparser

from services.core.errors import FetchRefused
from services.core.models import ArticleMessage
from services.poller.feeds_config import FeedConfig
from services.poller.json_feed import looks_like_json_feed, parse_json_feed

ENTITY_DECLARATION = re.compile(rb"<!ENTITY", re.IGNORECASE)
TRACKING_PARAMS = re.compile(r"^(utm_\w+|fbclid|gclid|mc_cid|mc_eid|ocid|cmpid)$", re.IGNORECASE)


@dataclass(frozen=True)
class ParsedFeed:
    """A feed's entries, and the recoverable error they were read despite, if any."""

    entries: list[Any]
    problem: str | None = None


def parse_feed(body: bytes, headers: Mapping[str, str], url: str) -> list[Any]:
    """Entries of an RSS, RDF, Atom or JSON Feed document (see read_feed)."""
    return read_feed(body, headers, url).entries


def read_feed(body: bytes, headers: Mapping[str, str], url: str) -> ParsedFeed:
    """Entries of an RSS, RDF, Atom or JSON Feed document; refuses entity declarations
    (expansion bombs) and documents that are not feeds (HTML pages, empty bodies). A feed
    with recoverable errors (bozo: a wrong charset, a broken tag) still yields its entries."""
    if looks_like_json_feed(body, headers):
        return ParsedFeed(parse_json_feed(body, url))
    # Anywhere in the document (a long comment may push the DOCTYPE down), and with NUL bytes
    # removed so UTF-16 and UTF-32 documents cannot hide the declaration.
    if ENTITY_DECLARATION.search(body.replace(b"\x00", b"")):
        raise FetchRefused(f"{url}: refused: the document declares XML entities")
    parsed = feedparser.parse(
        io.BytesIO(body),
        response_headers=dict(headers),
        sanitize_html=False,
        resolve_relative_uris=False,
    )
    problem = _bozo_reason(parsed) if parsed.bozo else None
    if not parsed.entries and not parsed.get("version"):
        raise FetchRefused(f"{url}: not a readable feed: no RSS, Atom or JSON Feed document")
    if problem and not parsed.entries:
        raise FetchRefused(f"{url}: not a readable feed: {problem}"[:300])
    return ParsedFeed(list(parsed.entries), problem)


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
    html = "\n".join(c.get("value", "") for c in contents) or entry.get("summary") or ""
    title = (entry.get("title") or "").strip()
    if not (html.strip() or title):
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
        content=html,
        title=title or None,
        url=entry.get("link"),
        language=feed.language,
        published_at=_published(entry),
    )
