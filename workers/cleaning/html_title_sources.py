"""The places an HTML page states its headline, read before the tree is changed.

``og:title``, ``twitter:title``, the JSON-LD / microdata ``headline``, ``<title>``, the first
``<h1>`` and ``<h2>`` elements, and the site's declared names. A heading that sits in the page's
banner (an ancestor named header / banner / masthead / logo / branding / site-title, a
``<header>`` outside any ``<article>``) or whose link leads to the site's home is the site's name
shown as a heading, not a headline: it is kept apart (``home_headings``, ``banner_headings``).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from itertools import islice
from urllib.parse import urlsplit

from lxml import etree

from workers.cleaning.html_tree import elements, strings, text_content

MAX_CHARS = 500  # of one source value: bounded work on a hostile page
_MAX_HEADINGS = 3
# A one-folder path that is no post's slug ("/blog", "/seths_blog"): a blog's home page.
_BLOG_ROOT = re.compile(r"/[A-Za-z_]+")
_BANNER_MAX_CHARS = 2000  # a banner holds a name, a tagline, a menu: never the article
_BANNER_DEPTH = 4  # ancestors looked at: a "#header" further up may wrap the whole page
_MAX_LD_CHARS = 100_000  # a JSON-LD block longer than this is not read (bounded work)
_MAX_LD_BLOCKS = 5
_MAX_LD_NODES = 200
# An id or class token naming the page's banner (exact tokens: "entry-header" heads an article).
_BANNER = re.compile(
    r"^(?:(?:site|blog)[-_]?(?:title|name|header|logo|branding|banner)"
    r"|(?:header|banner|masthead|logo|branding)(?:[-_]?(?:inner|wrapper|img|area|top|main))?)$",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class TitleSources:
    """The raw headline candidates of one page, and the names of its site."""

    og: tuple[str, ...] = ()
    twitter: tuple[str, ...] = ()
    title: tuple[str, ...] = ()
    h1: tuple[str, ...] = ()
    h2: tuple[str, ...] = ()
    site_names: tuple[str, ...] = ()
    ld: tuple[str, ...] = ()  # JSON-LD "headline" and microdata itemprop="headline"
    home_headings: tuple[str, ...] = ()  # headings that are one link to the site's home
    banner_headings: tuple[str, ...] = ()  # headings in the page's banner


def read_sources(root: etree._Element) -> TitleSources:
    """Collect the headline candidates of a parsed page (before any element is removed)."""

    def content(xpath: str) -> tuple[str, ...]:
        return tuple(tidy(v) for v in strings(root, xpath) if v.strip())[:2]

    page_path = _page_path(root)
    h1, h1_home, h1_banner = _headings(root, "h1", page_path)
    h2, h2_home, h2_banner = _headings(root, "h2", page_path)
    microdata = tuple(tidy(text_content(e)) for e in elements(root, "//*[@itemprop='headline']"))
    return TitleSources(
        og=content("//meta[@property='og:title']/@content"),
        twitter=content("//meta[@name='twitter:title' or @property='twitter:title']/@content"),
        title=content("//title/text()"),
        h1=h1,
        h2=h2,
        site_names=content(
            "//meta[@property='og:site_name']/@content|//meta[@name='application-name']/@content"
        ),
        ld=tuple(h for h in (*_ld_headlines(root), *microdata) if h)[:2],
        home_headings=(*h1_home, *h2_home),
        banner_headings=(*h1_banner, *h2_banner),
    )


def _headings(
    root: etree._Element, tag: str, page_path: str | None
) -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    """(headline-like, home-linking, banner) headings among the first ``<tag>`` elements."""
    found: tuple[list[str], list[str], list[str]] = ([], [], [])
    for element in root.iter(tag):
        text = tidy(text_content(element))
        if not text:
            continue
        where = 1 if _links_home(element, page_path) else 2 if _in_banner(element) else 0
        found[where].append(text)
        if sum(len(f) for f in found) >= 3 * _MAX_HEADINGS:
            break
    return tuple(found[0][:_MAX_HEADINGS]), tuple(found[1][:2]), tuple(found[2][:2])


def _in_banner(element: etree._Element) -> bool:
    """True when the element sits in the page's banner, not in an article."""
    for node in (element, *islice(element.iterancestors(), _BANNER_DEPTH)):
        tag = node.tag if isinstance(node.tag, str) else ""
        if tag == "article":
            return False
        if tag == "header" and not any(a.tag == "article" for a in node.iterancestors()):
            return True
        tokens = f"{node.get('id', '')} {node.get('class', '')}".split()
        if node.get("role") == "banner" or any(_BANNER.match(t) for t in tokens):
            # A "#header" that wraps the article too is the page's frame, not its banner.
            return len(text_content(node)) <= _BANNER_MAX_CHARS
    return False


def _links_home(element: etree._Element, page_path: str | None) -> bool:
    """True when the heading is one link to the site's home or to a folder above the page."""
    links = elements(element, ".//a[@href]")
    if len(links) != 1 or tidy(text_content(links[0])) != tidy(text_content(element)):
        return False
    path = urlsplit(str(links[0].get("href"))).path.rstrip("/")
    if not path or _BLOG_ROOT.fullmatch(path):
        return True
    return page_path is not None and page_path.rstrip("/").startswith(path + "/")


def _page_path(root: etree._Element) -> str | None:
    head = root.find("head")  # the page's own address is stated in its head
    if head is None:
        return None
    urls = strings(head, "link[@rel='canonical']/@href|meta[@property='og:url']/@content")
    return urlsplit(str(urls[0])).path if urls else None


def _ld_headlines(root: etree._Element) -> list[str]:
    """``headline`` values of the page's JSON-LD blocks (bounded; unreadable blocks skipped)."""
    found: list[str] = []
    for block in strings(root, "//script[@type='application/ld+json']/text()")[:_MAX_LD_BLOCKS]:
        if len(block) > _MAX_LD_CHARS:
            continue
        try:
            data = json.loads(block)
        except ValueError:
            continue
        found.extend(tidy(h) for h in _headline_values(data) if h.strip())
    return found


def _headline_values(data: object) -> Iterator[str]:
    """Every string ``headline`` in a JSON-LD document, breadth first, a bounded walk."""
    queue, seen = [data], 0
    while queue and seen < _MAX_LD_NODES:
        node = queue.pop(0)
        seen += 1
        if isinstance(node, dict):
            if isinstance(node.get("headline"), str):
                yield node["headline"]
            queue.extend(v for v in node.values() if isinstance(v, dict | list))
        elif isinstance(node, list):
            queue.extend(node)


def tidy(text: str) -> str:
    """Whitespace collapsed, cut to ``MAX_CHARS`` (a headline is never longer)."""
    return " ".join(text[: 4 * MAX_CHARS].split())[:MAX_CHARS]
