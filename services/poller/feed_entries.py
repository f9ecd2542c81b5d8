"""Parse fetched feed bytes with feedparser and turn entries into article messages."""

from __future__ import annotations

import calendar
import hashlib
import io
import re
from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

import feedparser

from services.core.errors import FetchRefused
from services.core.models import ArticleMessage
from services.poller.feeds_config import FeedConfig

ENTITY_DECLARATION = re.compile(rb"<!ENTITY", re.IGNORECASE)
TRACKING_PARAMS = re.compile(r"^(utm_\w+|fbclid|gclid|mc_cid|mc_eid|ocid|cmpid)$", re.IGNORECASE)


def parse_feed(body: bytes, headers: Mapping[str, str], url: str) -> list[Any]:
    """Entries of a feed document; refuses entity declarations (expansion bombs)."""
    if ENTITY_DECLARATION.search(body[:65536]):
        raise FetchRefused(f"{url}: refused: the document declares XML entities")
    parsed = feedparser.parse(
        io.BytesIO(body),
        response_headers=dict(headers),
        sanitize_html=False,
        resolve_relative_uris=False,
    )
    if not parsed.entries and not parsed.get("version"):
        raise FetchRefused(f"{url}: not a readable feed: no RSS, Atom or JSON Feed document")
    if parsed.bozo and not parsed.entries:
        reason = getattr(parsed.get("bozo_exception"), "getMessage", lambda: "")() or str(
            parsed.get("bozo_exception", "unknown error")
        )
        raise FetchRefused(f"{url}: not a readable feed: {reason}"[:300])
    return list(parsed.entries)


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
