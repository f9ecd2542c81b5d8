"""From an article message (or a file) to the clean article that rules match.

Decoding and cleaning live in workers.cleaning; this module picks the right cleaner for each
kind of input and merges what the source told us (title, language, date) with what the
cleaner found.
"""

from __future__ import annotations

import base64
import binascii
import logging
from dataclasses import dataclass
from datetime import datetime

from services.core.errors import InputRejected
from services.core.logs import escape
from services.core.models import ArticleMessage
from services.core.sources import DROP_SOURCE, page_source
from workers.cleaning import (
    CleanArticle,
    CleaningStats,
    clean_feed_entry,
    clean_html,
    clean_text_drop,
    decode_bytes,
    detect_language,
    plain_title,
)
from workers.cleaning.bounds import (
    Bounded,
    CleaningLimits,
    bound_chars,
    bound_html,
    bound_lines,
    bound_title,
)
from workers.query import Document

HTML_SUFFIXES = (".html", ".htm")
DEFAULT_LIMITS = CleaningLimits()
log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Article:
    """What the matcher and the alert need of one article."""

    title: str
    body: str
    language: str | None
    published_at: datetime | None
    url: str | None
    authors: tuple[str, ...] = ()
    source: str = DROP_SOURCE

    def document(self, source: str | None = None) -> Document:
        """What rules match: the article under its own source (or `source`, when given)."""
        return Document(
            self.title,
            self.body,
            self.source if source is None else source,
            self.language,
            self.url or "",
        )


def message_text(message: ArticleMessage) -> str:
    """The message's content as text; raw bytes are decoded (BOM, declared charset, detection)."""
    if message.encoding == "utf-8":
        if "\x00" in message.content:
            raise InputRejected(f"{message.origin_ref}: binary content (NUL characters)")
        return message.content.removeprefix("\ufeff")
    try:
        data = base64.b64decode(message.content, validate=True)
    except binascii.Error:
        raise InputRejected(f"{message.origin_ref}: corrupt base64 content") from None
    return decode_bytes(data)


def clean(
    content_type: str,
    text: str,
    title: str | None,
    language: str | None,
    limits: CleaningLimits = DEFAULT_LIMITS,
    name: str = "",
) -> CleanArticle:
    """Run the cleaner for this kind of content, on input cut to ``limits`` first."""
    title = bound_title(title, limits) if title else title
    bounded = bound_input(content_type, text, limits)
    if bounded.cuts:
        log.warning("article %s: %s", escape(name or "(unnamed)"), "; ".join(bounded.cuts))
    cleaned = _cleaner(content_type, bounded.text, title, language)
    if bounded.cuts and not (cleaned.title.strip() or cleaned.body.strip()):
        cuts = "; ".join(bounded.cuts)
        raise InputRejected(f"{name or 'article'}: no article text found (input {cuts})")
    return cleaned


def _cleaner(content_type: str, text: str, title: str | None, language: str | None) -> CleanArticle:
    if content_type == "text":
        return clean_text_drop(text, language_hint=language)
    if content_type == "html":
        return clean_html(text)
    if content_type == "fragment":
        return clean_feed_entry(title or "", None, text)
    return _plain_article(text, title)


def bound_input(content_type: str, text: str, limits: CleaningLimits) -> Bounded:
    """The input cut to what its cleaner may be given (see workers.cleaning.bounds)."""
    if content_type == "text":
        return bound_lines(text, limits)
    if content_type in ("html", "fragment"):
        return bound_html(text, limits)
    return bound_chars(text, limits)


def _plain_article(text: str, title: str | None) -> CleanArticle:
    """Text that is only the article already: paragraphs split at blank lines."""
    paragraphs = tuple(p.strip() for p in text.replace("\r\n", "\n").split("\n\n") if p.strip())
    return CleanArticle(
        title=plain_title(title or ""),
        paragraphs=paragraphs,
        language=detect_language("\n".join(paragraphs)),
        published_at=None,
        site_name=None,
        canonical_url=None,
        stats=CleaningStats.measure(text, text.count("\n") + 1, paragraphs, "article"),
    )


def extract_article(message: ArticleMessage, limits: CleaningLimits = DEFAULT_LIMITS) -> Article:
    """Decode and clean one message; InputRejected when nothing worth matching is left."""
    text = message_text(message)
    cleaned = clean(
        message.content_type, text, message.title, message.language, limits, message.origin_ref
    )
    title = bound_title(_title(message.content_type, message.title, cleaned), limits)
    if not (title.strip() or cleaned.body.strip()):
        raise InputRejected(f"{message.origin_ref}: no article text found")
    url = message.url or cleaned.canonical_url
    return Article(
        title=title,
        body=bound_body(cleaned.body, limits, message.origin_ref),
        language=message.language or cleaned.language,
        published_at=message.published_at or cleaned.published_at,
        url=url,
        authors=tuple(message.authors),
        source=article_source(message, url, cleaned.site_name),
    )


def _title(content_type: str, given: str | None, cleaned: CleanArticle) -> str:
    """The title that rules match and alerts show, cleaned once: the source's (a feed
    entry's is HTML, cleaned with the entry; a drop's may carry entities too) as plain text,
    else the one the cleaner found in the page."""
    if content_type == "fragment" or not given:
        return cleaned.title
    return plain_title(given) or cleaned.title


def article_source(message: ArticleMessage, url: str | None, site_name: str | None) -> str:
    """The message's source; for a drop of unknown source, what the page says: its URL's
    host, else (pages only: a text drop's "headline - words" is no site name) its declared
    site name; else `drop` (services.core.sources)."""
    if message.origin != "drop" or message.source != DROP_SOURCE:
        return message.source
    named = site_name if message.content_type == "html" else None
    return page_source(url, named) or DROP_SOURCE


def bound_body(body: str, limits: CleaningLimits, name: str) -> str:
    """The cleaned body cut at ``max_body_chars`` (what matching and stories work on)."""
    if len(body) <= limits.max_body_chars:
        return body
    log.warning("article %s: body cut at %d characters", escape(name), limits.max_body_chars)
    return body[: limits.max_body_chars]
