"""Clean an HTML page with trafilatura: main text plus title, date, site, language, URL.

trafilatura scores F1 ≈ 0.96 on the public extraction benchmark; its ``fast`` mode (no
fallback extractors) measured both faster and slightly better on our split.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

import trafilatura

from workers.cleaning.language import detect_language
from workers.cleaning.model import CleanArticle, CleaningStats

# Ask htmldate for the original publication time with its offset, not just the day.
_DATE_PARAMS: dict[str, Any] = {
    "extensive_search": True,
    "original_date": True,
    "outputformat": "%Y-%m-%dT%H:%M:%S%z",
}


def clean_html(html: str, *, url: str | None = None) -> CleanArticle:
    """Return the article of an HTML page; an empty body when no main text is found."""
    doc = (
        trafilatura.bare_extraction(
            html,
            url=url,
            fast=True,
            include_comments=False,
            with_metadata=True,
            date_extraction_params=_DATE_PARAMS,
        )
        if html.strip()
        else None
    )
    text = str(getattr(doc, "text", None) or "")
    title = str(getattr(doc, "title", None) or "")
    paragraphs = _paragraphs(text, title)
    body = "\n".join(paragraphs)
    return CleanArticle(
        title=title,
        paragraphs=paragraphs,
        language=_language(getattr(doc, "language", None), body),
        published_at=parse_timestamp(getattr(doc, "date", None)),
        site_name=getattr(doc, "sitename", None) or None,
        canonical_url=getattr(doc, "url", None) or url,
        stats=CleaningStats.measure(html, html.count("\n") + 1, paragraphs, "trafilatura"),
    )


def _paragraphs(text: str, title: str) -> tuple[str, ...]:
    """Non-empty lines of the extracted text, without a leading copy of the headline."""
    lines = [p for p in (" ".join(line.split()) for line in text.splitlines()) if p]
    if lines and title and lines[0].casefold() == title.casefold():
        lines = lines[1:]
    return tuple(lines)


def _language(declared: object, body: str) -> str | None:
    """The page's declared language ("en-GB" -> "en"), else a guess from the body."""
    if isinstance(declared, str) and declared.strip():
        return declared.strip().split("-")[0].split("_")[0].lower()
    return detect_language(body)


def parse_timestamp(value: object) -> datetime | None:
    """ISO 8601 text to datetime; aware only when an offset is given, None when unparsable."""
    if not isinstance(value, str) or not value.strip():
        return None
    text = value.strip()
    # htmldate writes "+0000"; fromisoformat in 3.11 accepts it, but tolerate a trailing "Z".
    if text.endswith("Z"):
        text = text[:-1] + "+00:00"
    try:
        return datetime.fromisoformat(text)
    except ValueError:
        return None
