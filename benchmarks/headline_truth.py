"""A page's known headline, for the headline rows of the cleaning benchmarks.

Neither development set marks headlines. A headline is taken as known where the page states it
twice: an on-page heading (an ``<h1>``, the microdata or JSON-LD ``headline``) that agrees
(token F1 >= 0.8) with a meta title (``og:title``, ``twitter:title``, ``<title>`` whole or its
longest part between separators). Where the set's truth holds the headline (cleaning-dev's
``articleBody``), the heading must also be one of the truth's first lines: then a person kept
it as the headline too. A blog's name in an ``<h1>`` that is also the longest part of its
``<title>`` agrees with itself and nothing else: the annotated first lines rule it out.
Pages where nothing agrees have no known headline and are left out of the row.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Sequence

import lxml.html

from workers.cleaning.html_extractors import parse_page

_TOKEN = re.compile(r"\w+")
_TITLE_PARTS = re.compile(r"\s+[|\-–—:•·»]\s+")
AGREES = 0.8
_FIRST_LINES = 3


def token_f1(a: str, b: str) -> float:
    """Token F1 of two texts (``\\w+``, case-folded, multisets)."""
    x, y = Counter(_TOKEN.findall(a.casefold())), Counter(_TOKEN.findall(b.casefold()))
    shared = sum((x & y).values())
    if not shared:
        return 0.0
    p, r = shared / sum(x.values()), shared / sum(y.values())
    return 2 * p * r / (p + r)


def known_headline(html: str, truth: str | None = None) -> str | None:
    """The headline the page states twice (and the truth opens with, when given), or None."""
    root = parse_page(html)
    if root is None:
        return None
    metas = [str(v) for v in root.xpath(
        "//meta[@property='og:title' or @name='twitter:title' or @property='twitter:title']"
        "/@content")]  # fmt: skip
    metas += [t.text_content() for t in root.xpath("//title")]
    metas += [max(_TITLE_PARTS.split(m), key=len) for m in metas]
    firsts = _first_lines(truth) if truth is not None else None
    for heading in _headings(root):
        if len(_TOKEN.findall(heading)) < 2 or not _agrees(heading, metas):
            continue
        if firsts is None or _agrees(heading, firsts):
            return heading
    return None


def _headings(root: lxml.html.HtmlElement) -> list[str]:
    found = [
        " ".join(h.text_content().split()) for h in root.xpath("//h1|//*[@itemprop='headline']")
    ]
    for block in root.xpath("//script[@type='application/ld+json']/text()"):
        try:
            data = json.loads(block)
        except ValueError:
            continue
        for item in data if isinstance(data, list) else [data]:
            if isinstance(item, dict) and isinstance(item.get("headline"), str):
                found.append(" ".join(item["headline"].split()))
    return found


def _first_lines(truth: str) -> list[str]:
    return [line for line in truth.splitlines() if len(line.split()) >= 2][:_FIRST_LINES]


def _agrees(text: str, others: Sequence[str]) -> bool:
    return any(token_f1(text, other) >= AGREES for other in others)
