"""An article's source (what rules' `sources:` and `source:` match) from hostile values.

A feed article's source is its feed's name. A drop's source is, in order: the `source` of a
JSON drop; the name of the inbox subfolder it was dropped in (`drops/inbox/reuters/x.html`
is from `reuters`); for a page (HTML), the host of its URL (the JSON drop's `url`, else the
page's canonical / og:url link) without `www.`, else the site name the page declares
(`og:site_name`, JSON-LD `publisher`, `<meta name="publisher">`, as trafilatura reads them);
else `drop`. Every value comes from input: it is normalised (NFKC, no control or format
characters, whitespace collapsed), cut to MAX_SOURCE_CHARS, and dropped when nothing
readable is left, or when a site name is really a URL (`article:publisher` often is).
"""

from __future__ import annotations

import re
import unicodedata
from urllib.parse import urlsplit

DROP_SOURCE = "drop"  # a drop whose source is not known (yet: a page may name its site)
MAX_SOURCE_CHARS = 100
MAX_HOST_CHARS = 253
_LABEL = re.compile(r"^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$")
_URLISH = re.compile(r"://|^www\.|[/\\]")


def clean_label(value: object, limit: int = MAX_SOURCE_CHARS) -> str | None:
    """A display label from hostile text: NFKC, no control/format characters, whitespace
    collapsed, at most `limit` characters; None when no letter or digit is left."""
    if not isinstance(value, str):
        return None
    text = unicodedata.normalize("NFKC", value[: limit * 4])
    text = "".join(" " if unicodedata.category(c)[0] in "CZ" else c for c in text)
    text = " ".join(text.split())[:limit].strip()
    return text if any(c.isalnum() for c in text) else None


def host_source(url: object) -> str | None:
    """The host of an http(s) URL as a source (`tass.com`), or None when it has none valid."""
    if not isinstance(url, str) or len(url) > 8192:
        return None
    try:
        parts = urlsplit(url.strip())
        host = parts.hostname
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not host:
        return None
    try:
        host = host.encode("idna").decode("ascii").lower()
    except UnicodeError:
        return None
    host = host.rstrip(".").removeprefix("www.")
    labels = host.split(".")
    if len(host) > MAX_HOST_CHARS or len(labels) < 2 or not all(_LABEL.match(x) for x in labels):
        return None
    return host


def site_source(name: object) -> str | None:
    """A declared site name as a source ("TASS"), or None (empty, unreadable, or a URL)."""
    label = clean_label(name)
    if label is None or _URLISH.search(label):
        return None
    return label


def page_source(url: object, site_name: object) -> str | None:
    """What a page says about where it is from: its URL's host, else its site name."""
    return host_source(url) or site_source(site_name)
