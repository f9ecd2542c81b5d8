"""From an article message (or a file) to the clean article that rules match.

Decoding and cleaning live in workers.cleaning; this module picks the right cleaner for each
kind of input and merges what the source told us (title, language, date) with what the
cleaner found.
"""

from __future__ import annotations

import base64
import binascii
import json
import logging
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from pydantic import ValidationError

from services.core.errors import InputRejected
from services.core.logs import escape
from services.core.models import ArticleMessage, JsonDrop
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

    def document(self, source: str) -> Document:
        return Document(self.title, self.body, source, self.language, self.url or "")


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
    return Article(
        title=title,
        body=bound_body(cleaned.body, limits, message.origin_ref),
        language=message.language or cleaned.language,
        published_at=message.published_at or cleaned.published_at,
        url=message.url or cleaned.canonical_url,
        authors=tuple(message.authors),
    )


def _title(content_type: str, given: str | None, cleaned: CleanArticle) -> str:
    """The title that rules match and alerts show, cleaned once: the source's (a feed
    entry's is HTML, cleaned with the entry; a drop's may carry entities too) as plain text,
    else the one the cleaner found in the page."""
    if content_type == "fragment" or not given:
        return cleaned.title
    return plain_title(given) or cleaned.title


def bound_body(body: str, limits: CleaningLimits, name: str) -> str:
    """The cleaned body cut at ``max_body_chars`` (what matching and stories work on)."""
    if len(body) <= limits.max_body_chars:
        return body
    log.warning("article %s: body cut at %d characters", escape(name), limits.max_body_chars)
    return body[: limits.max_body_chars]


def article_from_path(path: Path) -> Document:
    """Read and clean one file the way the pipeline would (for `clean`, `match`, `rules test`)."""
    return _article_from_file(path).document(source=path.name)


def _article_from_file(path: Path) -> Article:
    data = path.read_bytes()
    suffix = path.suffix.lower()
    if suffix == ".json":
        return _json_file(path, data)
    kind = "html" if suffix in HTML_SUFFIXES else "text"
    cleaned = clean(kind, decode_bytes(data), None, None, name=path.name)
    if not (cleaned.title.strip() or cleaned.body.strip()):
        raise InputRejected(f"{path}: no article text found")
    return Article(
        cleaned.title, cleaned.body, cleaned.language, cleaned.published_at, cleaned.canonical_url
    )


def _json_file(path: Path, data: bytes) -> Article:
    try:
        drop = JsonDrop.model_validate(json.loads(data))
    except (json.JSONDecodeError, UnicodeDecodeError, ValidationError) as exc:
        raise InputRejected(f"{path}: not a valid JSON drop: {exc.__class__.__name__}") from None
    kind = "html" if drop.html and not drop.text else "article"
    cleaned = clean(kind, drop.text or drop.html or "", drop.title, drop.language, name=path.name)
    return Article(
        bound_title(_title(kind, drop.title, cleaned), DEFAULT_LIMITS),
        cleaned.body,
        drop.language or cleaned.language,
        drop.published or cleaned.published_at,
        drop.url or cleaned.canonical_url,
    )


def print_cleaned(paths: Sequence[str], *, as_json: bool) -> int:
    """`newswatch clean`: title and body of each file; 1 if any file could not be read."""
    status = 0
    for name in paths:
        try:
            article = _article_from_file(Path(name))
        except (InputRejected, OSError) as exc:
            print(f"{name}: {exc}", file=sys.stderr)
            status = 1
            continue
        if as_json:
            record = {
                "path": name,
                "title": article.title,
                "body": article.body,
                "language": article.language,
                "published_at": article.published_at.isoformat() if article.published_at else None,
            }
            print(json.dumps(record, ensure_ascii=False))
        else:
            print(f"== {name} [{article.language or '?'}]\n# {article.title}\n\n{article.body}\n")
    return status
