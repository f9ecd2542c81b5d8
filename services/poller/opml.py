"""Read the feeds out of an OPML subscription list, safely.

OPML is XML from anywhere (a feed reader's export, a web page), so the same rules hold as for
feeds: a size cap, and any entity declaration is refused before parsing (no expansion bombs,
no external entities). Python's expat parser never fetches external DTDs.
"""

from __future__ import annotations

import re
import unicodedata
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from urllib.parse import urlsplit

from services.core.errors import InputRejected

MAX_OPML_BYTES = 10 * 1024 * 1024
ENTITY_DECLARATION = re.compile(rb"<!ENTITY", re.IGNORECASE)
MAX_NAME_LENGTH = 60


@dataclass(frozen=True)
class OpmlFeed:
    """One subscription: its title, feed URL and the title of the folder it sits in."""

    title: str
    url: str
    category: str | None = None


def parse_opml(data: bytes, source: str = "OPML") -> list[OpmlFeed]:
    """Every outline with an `xmlUrl`, in document order; InputRejected says why not."""
    if len(data) > MAX_OPML_BYTES:
        raise InputRejected(f"{source}: larger than {MAX_OPML_BYTES} bytes")
    if ENTITY_DECLARATION.search(data.replace(b"\x00", b"")):
        raise InputRejected(f"{source}: refused: the document declares XML entities")
    try:
        root = ET.fromstring(data)  # noqa: S314 (entities refused above)
    except ET.ParseError as exc:
        raise InputRejected(f"{source}: not valid XML: {exc}") from None
    if root.tag.lower() != "opml":
        raise InputRejected(f"{source}: not an OPML document (root element <{root.tag}>)")
    feeds: list[OpmlFeed] = []
    _collect(root, None, feeds)
    return feeds


def _collect(element: ET.Element, category: str | None, out: list[OpmlFeed]) -> None:
    for child in element:
        if not isinstance(child.tag, str) or child.tag.lower() not in ("outline", "body"):
            continue
        attrs = {k.lower(): v.strip() for k, v in child.attrib.items()}
        title = attrs.get("title") or attrs.get("text") or ""
        if attrs.get("xmlurl"):
            out.append(OpmlFeed(title=title, url=attrs["xmlurl"], category=category))
        else:
            _collect(child, title or category, out)


def slug(text: str) -> str:
    """A feed name from a title: ASCII letters, digits and hyphens, lower case."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    words = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")
    return words[:MAX_NAME_LENGTH].rstrip("-")


def feed_name(feed: OpmlFeed, taken: set[str]) -> str:
    """A safe, unused name: the title's slug, else the URL's host; `-2`, `-3`… if taken."""
    base = slug(feed.title) or slug(urlsplit(feed.url).hostname or "") or "feed"
    name, n = base, 2
    while name in taken:
        name = f"{base}-{n}"
        n += 1
    return name


def url_key(url: str) -> str:
    """What makes two feed URLs the same subscription: case-insensitive scheme and host."""
    parts = urlsplit(url.strip())
    path = parts.path or "/"
    query = f"?{parts.query}" if parts.query else ""
    return f"{parts.scheme.lower()}://{parts.netloc.lower()}{path}{query}"
