"""The previous feed-text and tokeniser code, kept as the baseline for bench_feed_text.

Before issue 14: feed HTML became paragraphs at every source newline, titles were decoded
once, JSON Feed items were validated whole by one pydantic model, and the tokeniser split
words at invisible characters and left letters such as ``ł`` unfolded.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import UTC, datetime
from functools import lru_cache
from typing import Any

import feedparser
import lxml.html
from lxml import etree
from pydantic import BaseModel, ConfigDict, ValidationError

_BLOCKS = frozenset(
    ("p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre",
     "tr", "table", "section", "article", "header", "footer", "figure", "figcaption", "dd", "dt",
     "hr")
)  # fmt: skip
_DROP = ("script", "style", "noscript", "template", "iframe", "object", "embed")


def html_to_paragraphs(html: str) -> tuple[str, ...]:
    if not html.strip():
        return ()
    try:
        root = lxml.html.fragment_fromstring(html, create_parent="div")
    except (etree.ParserError, ValueError):
        return tuple(p for p in (" ".join(line.split()) for line in html.splitlines()) if p)
    for element in root.iter(*_DROP):
        element.drop_tree()
    for element in root.iter():
        if isinstance(element.tag, str) and element.tag.lower() in _BLOCKS:
            element.tail = "\n" + (element.tail or "")
            if element.tag.lower() != "br":
                element.text = "\n" + (element.text or "")
    text = "".join(root.itertext())
    return tuple(p for p in (" ".join(line.split()) for line in text.split("\n")) if p)


def plain_title(title: str) -> str:
    if "<" in title or "&" in title:
        return " ".join(html_to_paragraphs(title))
    return " ".join(title.split())


class JsonFeedItem(BaseModel):
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


def json_entry(raw: object) -> Any:
    """The previous item read: one model for the whole item, None when any field is bad."""
    try:
        item = JsonFeedItem.model_validate(raw)
    except ValidationError:
        return None
    body = item.content_html or item.content_text
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


def _struct(when: datetime | None) -> Any:
    if when is None:
        return None
    aware = when if when.tzinfo else when.replace(tzinfo=UTC)
    return aware.astimezone(UTC).timetuple()


_MARKS = (
    "\u0300-\u036f\u0483-\u0489\u0591-\u05c7\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed"
    "\u0900-\u0963\u0966-\u0dff\u0e00-\u0e4e\u0e50-\u0eff\u1ab0-\u1aff\u1dc0-\u1dff"
    "\u20d0-\u20ff\ufe20-\ufe2f"
)
_DIACRITIC_RE = re.compile("[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]")
WORD_RE = re.compile(rf"[\w{_MARKS}]+")
_KEEP = str.maketrans({"й": "\ue000", "Й": "\ue000"})
_RESTORE = str.maketrans({"\ue000": "й"})


@lru_cache(maxsize=200_000)
def fold(word: str) -> str:
    if word.isascii():
        return word.lower()
    kept = unicodedata.normalize("NFC", word).translate(_KEEP)
    stripped = _DIACRITIC_RE.sub("", unicodedata.normalize("NFKD", kept))
    return unicodedata.normalize("NFC", stripped.casefold()).translate(_RESTORE)


_CJK_RE = re.compile(
    "[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff\U00020000-\U0003134f]"
)


def scan_words(text: str) -> list[str]:
    """The previous fast scan (its special cases, ``_``/CJK/possessive, are not in the
    benchmark's text, so they fall back to the same findall here)."""
    if "_" not in text and _CJK_RE.search(text) is None:
        found: list[str] = WORD_RE.findall(text)
        if "s" not in found and "S" not in found:
            return found
    return list(WORD_RE.findall(text))
