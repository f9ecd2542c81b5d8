"""Clean a feed entry: its HTML becomes plain-text paragraphs and its title plain text.

Feeds carry no page furniture to remove; what they carry is markup and escaping. The poller
hands every entry over as HTML (text-typed titles and bodies escaped first), so one reading
serves RSS, Atom and JSON Feed alike:

* Tags are removed (``script``/``style`` and the like with their text), character references
  decoded, named and numeric, and whitespace collapsed.
* A paragraph ends at a block element (``<p>``, ``<div>``, ``<li>``...), at two or more ``<br>``
  in a row, and at a blank line in the source text. A single newline or ``<br>`` inside a
  paragraph is a line wrap, joined with a space, so a hard-wrapped paragraph stays one.
* Text is decoded once more when a well-formed character reference is left after that
  (``Lavrov&amp;#8217;s``, which feeds send when they escape already escaped HTML, a title
  most often, reads ``Lavrov’s``). A page that means to show a literal ``&amp;`` loses that;
  feeds that escape twice are far more common, and a leftover ``&#8217;`` would put words
  like ``8217`` and ``amp`` before the rules.
"""

from __future__ import annotations

import html
import re

import lxml.html
from lxml import etree

from workers.cleaning.language import detect_language
from workers.cleaning.model import CleanArticle, CleaningStats

# Elements that end a paragraph when HTML becomes text.
_BLOCKS = frozenset(
    ("p", "div", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre",
     "tr", "table", "section", "article", "header", "footer", "figure", "figcaption", "dd", "dt",
     "hr", "dl", "aside", "nav", "main", "address", "details", "summary", "caption", "td", "th")
)  # fmt: skip
_DROP = ("script", "style", "noscript", "template", "iframe", "object", "embed")
# Private-use marks for paragraph ends and line breaks while text is assembled (removed from
# the input first, so the input cannot fake them).
_PARAGRAPH, _LINE_BREAK = "\ue001", "\ue002"
_BLANK_LINE = re.compile(r"\n[^\S\n]*\n\s*")
_BREAKS = re.compile(f"{_LINE_BREAK}(?:\\s*{_LINE_BREAK})+")
_REFERENCE = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")


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
    """A title (HTML) as plain text: tags removed, character references decoded (a doubly
    escaped one too: ``Q&amp;amp;A`` -> ``Q&A``), whitespace collapsed to single spaces."""
    if "<" in title:
        return " ".join(html_to_paragraphs(title))
    if "&" in title:
        return " ".join(_decode_left_over(html.unescape(title)).split())
    return " ".join(title.split())


def html_to_paragraphs(fragment: str) -> tuple[str, ...]:
    """Text of an HTML fragment, one item per paragraph, whitespace collapsed."""
    if not fragment.strip():
        return ()
    if _PARAGRAPH in fragment or _LINE_BREAK in fragment:
        fragment = fragment.replace(_PARAGRAPH, "").replace(_LINE_BREAK, "")
    try:
        root = lxml.html.fragment_fromstring(fragment, create_parent="div")
    except (etree.ParserError, ValueError):
        return _paragraphs(_BLANK_LINE.sub(_PARAGRAPH, fragment))
    for element in root.iter(*_DROP):
        element.drop_tree()
    wrapped = "\n" in fragment
    for element in root.iter():  # one pass: each visit builds a Python proxy
        tag = element.tag
        block = isinstance(tag, str) and tag.lower() in _BLOCKS
        if wrapped or block:
            text = element.text
            if wrapped and text and "\n" in text:
                text = _BLANK_LINE.sub(_PARAGRAPH, text)
            element.text = _PARAGRAPH + (text or "") if block else text
        tail = element.tail
        if wrapped and tail and "\n" in tail:
            tail = _BLANK_LINE.sub(_PARAGRAPH, tail)
        if block:
            tail = _PARAGRAPH + (tail or "")
        elif tag == "br":  # lxml.html gives tag names in lower case
            tail = _LINE_BREAK + (tail or "")
        if tail:
            element.tail = tail
    text = "".join(root.itertext())
    if _LINE_BREAK in text:
        text = _BREAKS.sub(_PARAGRAPH, text).replace(_LINE_BREAK, " ")
    return _paragraphs(text)


def _paragraphs(text: str) -> tuple[str, ...]:
    text = _decode_left_over(text)
    return tuple(p for p in (" ".join(part.split()) for part in text.split(_PARAGRAPH)) if p)


def _decode_left_over(text: str) -> str:
    """Decode the well-formed character references left in decoded text (escaped twice)."""
    if "&" not in text:
        return text
    return _REFERENCE.sub(lambda m: html.unescape(m.group()), text)
