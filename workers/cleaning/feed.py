"""Clean a feed entry: its HTML becomes paragraphs; feeds carry no page furniture to remove."""

from __future__ import annotations

import lxml.html
from lxml import etree

from workers.cleaning.language import detect_language
from workers.cleaning.model import CleanArticle, CleaningStats

# Elements that end a paragraph when HTML becomes text.
_BLOCKS = frozenset(
    ("p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre",
     "tr", "table", "section", "article", "header", "footer", "figure", "figcaption", "dd", "dt",
     "hr")
)  # fmt: skip
_DROP = ("script", "style", "noscript", "template", "iframe", "object", "embed")


def clean_feed_entry(
    title: str, summary_html: str | None, content_html: str | None
) -> CleanArticle:
    """Return the entry's title and paragraphs; full content wins over the summary."""
    source = content_html if content_html and content_html.strip() else summary_html or ""
    paragraphs = html_to_paragraphs(source)
    title_text = plain_title(title)
    return CleanArticle(
        title=title_text,
        paragraphs=paragraphs,
        language=detect_language("\n".join((title_text, *paragraphs))),
        published_at=None,
        site_name=None,
        canonical_url=None,
        stats=CleaningStats.measure(source, source.count("\n") + 1, paragraphs, "feed-entry"),
    )


def plain_title(title: str) -> str:
    """A title as plain text: markup and entities ("Q&amp;A") resolved, spaces tidied."""
    if "<" in title or "&" in title:
        return " ".join(html_to_paragraphs(title))
    return " ".join(title.split())


def html_to_paragraphs(html: str) -> tuple[str, ...]:
    """Text of an HTML fragment, one paragraph per block element, whitespace collapsed."""
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
