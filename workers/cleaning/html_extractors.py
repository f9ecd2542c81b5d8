"""The extractors ``clean_html`` combines, each turning a page into one candidate article.

- trafilatura (``fast``, comments off): the first choice, and the page's metadata.
- readability-lxml: a second DOM scorer with other failure modes (it reads pages trafilatura
  cuts to a caption, and the reverse).
- the block scorer: the page's visible text, one block per line, through the text-drop line
  model (``workers.cleaning.scoring`` via ``clean_text_drop``). It needs no markup conventions,
  so it still reads table layouts and pages whose article sits outside ``<p>`` elements, where
  both DOM scorers keep only a fragment.

Every extractor returns an empty candidate rather than raising when it cannot read a page: the
combiner then chooses among the others (see ``html_combine``).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any, cast

import lxml.html
from lxml import etree
from readability import Document
from readability.readability import Unparseable

from workers.cleaning import trafilatura_adapter
from workers.cleaning.html_tree import CONTROL_CHARS, drop_tree, parse_tree, text_content
from workers.cleaning.text_drop import clean_text_drop

# Elements whose text is never shown; elements that start a new line when a page is read, and
# those that stand apart as a paragraph (a blank line around them), as a browser lays them out.
_HIDDEN = ("script", "style", "noscript", "template", "iframe", "svg", "object", "select")
_LINE_BLOCKS = frozenset(
    ("article", "aside", "br", "dd", "details", "div", "dt", "fieldset", "figcaption", "footer",
     "form", "header", "hr", "legend", "li", "main", "nav", "table", "tr", "section", "address",
     "center", "body", "td", "th")
)  # fmt: skip
_PARAGRAPH_BLOCKS = frozenset(
    ("blockquote", "dl", "figure", "h1", "h2", "h3", "h4", "h5", "h6", "ol", "p", "pre", "ul")
)
# Ask htmldate for the original publication time with its offset, not just the day.
_DATE_PARAMS: dict[str, Any] = {
    "extensive_search": True,
    "original_date": True,
    "outputformat": "%Y-%m-%dT%H:%M:%S%z",
}


@dataclass(frozen=True)
class Candidate:
    """One extractor's reading of a page: its headline guess and body paragraphs."""

    method: str
    title: str
    paragraphs: tuple[str, ...]

    @property
    def text(self) -> str:
        return "\n".join(self.paragraphs)


@dataclass(frozen=True)
class PageMetadata:
    """What trafilatura reads from the page besides the text (all optional)."""

    title: str = ""
    date: str | None = None
    site_name: str | None = None
    url: str | None = None
    language: str | None = None


def lines_of(text: str) -> tuple[str, ...]:
    """Non-empty lines, whitespace inside each collapsed."""
    return tuple(p for p in (" ".join(line.split()) for line in text.splitlines()) if p)


def from_trafilatura(html: str, url: str | None) -> tuple[Candidate, PageMetadata]:
    """trafilatura without fallbacks and without comments, and the page metadata (read by
    ``trafilatura_adapter``, which skips the metadata fields newswatch does not use)."""
    doc = trafilatura_adapter.read(html, url, _DATE_PARAMS)
    title = str(doc.title or "")
    meta = PageMetadata(
        title=title,
        date=doc.date or None,
        site_name=doc.sitename or None,
        url=doc.url or None,
        language=doc.language or None,
    )
    return Candidate("trafilatura", title, lines_of(doc.text)), meta


def from_readability(html: str) -> Candidate:
    """readability-lxml's article element, read as text one block per line."""
    try:
        document = Document(html)
        summary = document.summary(html_partial=True)
        title = str(document.short_title() or "")
    except (Unparseable, etree.LxmlError, ValueError):
        return Candidate("readability", "", ())
    return Candidate("readability", title, visible_lines(summary))


def from_blocks(page_text: str, language: str | None = None) -> Candidate:
    """The text-drop line model over the page's visible text (see ``tree_text``); the page's
    declared language, when given, spares the model a language guess."""
    if not page_text.strip():
        return Candidate("blocks", "", ())
    article = clean_text_drop(page_text, language_hint=language)
    return Candidate("blocks", article.title, article.paragraphs)


def parse_page(html: str) -> lxml.html.HtmlElement | None:
    """The page as an lxml tree, or None when lxml cannot read it.

    Control characters (never text in HTML) are dropped first: lxml refuses to set an
    element's text holding one, and the line layout sets text on every block.
    """
    try:
        return lxml.html.document_fromstring(CONTROL_CHARS.sub("", html))
    except (etree.LxmlError, ValueError):
        return None


def visible_lines(html: str) -> tuple[str, ...]:
    """The visible text of an HTML page or fragment, one block element per line."""
    root = parse_tree(html) if html.strip() else None
    return lines_of(tree_text(root)) if root is not None else ()


def tree_text(root: etree._Element) -> str:
    """A parsed page as a browser copy reads: its ``<title>`` first, then the visible text,
    one block per line, paragraphs set apart by blank lines (the tree is modified)."""
    titles = [" ".join(text_content(t).split()) for t in root.iter("title")][:1]
    for element in list(root.iter("head", *_HIDDEN)):
        if element is not root:
            drop_tree(element)
    for element in root.iter():
        tag = element.tag.lower() if isinstance(element.tag, str) else ""
        breaks = "\n\n" if tag in _PARAGRAPH_BLOCKS else "\n" if tag in _LINE_BLOCKS else ""
        if breaks:
            element.tail = breaks + (element.tail or "")
            element.text = breaks + (element.text or "")
    text = "".join(cast("Iterator[str]", root.itertext()))  # text, never bytes, from a str page
    lines = [" ".join(line.split()) for line in text.splitlines()]
    return "\n".join([*titles, "", *_squeeze_blank(lines)])


def _squeeze_blank(lines: list[str]) -> list[str]:
    """Runs of blank lines cut to one."""
    out: list[str] = []
    for line in lines:
        if line or (out and out[-1]):
            out.append(line)
    return out
