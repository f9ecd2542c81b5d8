"""Clean an HTML page: the article text chosen among three extractors, its headline, metadata.

trafilatura alone misreads some page shapes (it keeps a caption of a table-layout page, or
nothing at all), and so does every single extractor, each on other pages. ``clean_html`` runs
trafilatura and a block scorer over the page's visible lines, asks readability-lxml only when
those two disagree or one holds the other, and keeps the reading the others support
(``html_combine``), each cut of any reader-comment thread first (``html_prune``). The headline
comes from the page's title sources, cut of the site name (``html_headline``).
"""

from __future__ import annotations

from datetime import datetime

from workers.cleaning.html_combine import choose
from workers.cleaning.html_extractors import (
    Candidate,
    PageMetadata,
    from_blocks,
    from_readability,
    from_trafilatura,
    tree_text,
)
from workers.cleaning.html_headline import TitleSources, choose_headline, read_sources
from workers.cleaning.html_prune import pruned
from workers.cleaning.html_tree import parse_tree
from workers.cleaning.language import detect_language
from workers.cleaning.model import CleanArticle, CleaningStats


def clean_html(html: str, *, url: str | None = None) -> CleanArticle:
    """Return the article of an HTML page; an empty body when no extractor finds main text."""
    if not html.strip():
        return _article(html, Candidate("none", "", ()), PageMetadata(), "", url, None)
    first, meta = from_trafilatura(html, url)
    # One language for the whole page: declared, else guessed once from trafilatura's text.
    language = declared_language(meta.language) or (
        detect_language(first.text) if first.paragraphs else None
    )
    primary = pruned(first, language)
    root = parse_tree(html)
    sources = read_sources(root) if root is not None else TitleSources()
    blocks = pruned(from_blocks(tree_text(root) if root is not None else "", language), language)
    chosen, computed = choose(primary, blocks, lambda: pruned(from_readability(html), language))
    title = choose_headline(
        sources, [c.title for c in computed if c.title], chosen.paragraphs, meta.url or url
    )
    return _article(html, chosen, meta, title, url, language)


def _article(
    html: str,
    chosen: Candidate,
    meta: PageMetadata,
    title: str,
    url: str | None,
    language: str | None,
) -> CleanArticle:
    paragraphs = _without_headline(chosen.paragraphs, title)
    body = "\n".join(paragraphs)
    return CleanArticle(
        title=title,
        paragraphs=paragraphs,
        language=language or detect_language(body),
        published_at=parse_timestamp(meta.date),
        site_name=meta.site_name,
        canonical_url=meta.url or url,
        stats=CleaningStats.measure(html, html.count("\n") + 1, paragraphs, chosen.method),
    )


def _without_headline(paragraphs: tuple[str, ...], title: str) -> tuple[str, ...]:
    """The paragraphs without a leading copy of the headline (kept when it is all there is)."""
    if len(paragraphs) > 1 and title and paragraphs[0].casefold() == title.casefold():
        return paragraphs[1:]
    return paragraphs


def declared_language(declared: object) -> str | None:
    """The page's declared language as an ISO 639-1 code ("en-GB" -> "en"), if any."""
    if isinstance(declared, str) and declared.strip():
        return declared.strip().split("-")[0].split("_")[0].lower()
    return None


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
