"""trafilatura's text and the part of its page metadata ``clean_html`` uses, for less work.

``bare_extraction(with_metadata=True)`` runs ``trafilatura.metadata.extract_metadata``, which
also looks for the author (a deep copy of the whole tree, pruned), the categories, the tags and
the licence: several milliseconds a page, a sizeable share of the cleaning time, for fields
newswatch never reads. This module runs the same steps of ``extract_metadata`` in the same
order on the same tree and leaves out only those four, which only read the tree: the title,
date, site name and URL come out as trafilatura's own. The text then comes from
``bare_extraction`` on that tree, metadata off, given the URL the metadata found (trafilatura
hands the extractor ``url or metadata.url``).

It calls trafilatura's module-level helpers, which are not its public API: this is the one
place that does, and ``tests/unit/cleaning/test_trafilatura_adapter.py`` compares its reading
with ``bare_extraction(with_metadata=True)`` so that an upgrade that changes them fails there.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any

import trafilatura
from htmldate import find_date
from lxml.html import HtmlElement
from trafilatura.metadata import (
    META_URL,
    examine_meta,
    extract_meta_json,
    extract_sitename,
    extract_title,
    extract_url,
)
from trafilatura.settings import Document
from trafilatura.utils import load_html

_LOG = logging.getLogger(__name__)


@dataclass(frozen=True)
class Reading:
    """trafilatura's text of a page and the metadata fields newswatch uses."""

    text: str = ""
    title: str | None = None
    date: str | None = None
    sitename: str | None = None
    url: str | None = None
    language: str | None = None


def read(html: str, url: str | None, date_params: dict[str, Any]) -> Reading:
    """What ``bare_extraction(html, url=url, fast=True, include_comments=False,
    with_metadata=True, date_extraction_params=date_params)`` reads for these fields; an empty
    reading where it returns None (an unreadable page, or too little text)."""
    tree = load_html(html)
    if tree is None:
        return Reading()
    try:
        meta = page_metadata(tree, url, date_params)
    except (TypeError, ValueError):  # bare_extraction drops the page on these
        return Reading()
    doc = trafilatura.bare_extraction(
        tree, url=url or meta.url, fast=True, include_comments=False, with_metadata=False
    )
    if doc is None:
        return Reading()
    return Reading(
        text=str(getattr(doc, "text", None) or ""),
        title=meta.title,
        date=meta.date,
        sitename=meta.sitename,
        url=meta.url,
        language=getattr(doc, "language", None),
    )


def page_metadata(tree: HtmlElement, url: str | None, date_params: dict[str, Any]) -> Document:
    """``trafilatura.metadata.extract_metadata`` without the author, categories, tags and
    licence (read-only steps whose fields newswatch does not use); the tree is left as
    ``extract_metadata`` leaves it."""
    metadata = examine_meta(tree)
    if metadata.author and " " not in metadata.author:
        metadata.author = None  # as extract_metadata does
    try:
        metadata = extract_meta_json(tree, metadata)
    except Exception as err:  # noqa: BLE001 - as extract_metadata: JSON-LD bugs are skipped
        _LOG.debug("trafilatura JSON metadata failed: %s", err)
    if not metadata.title:
        metadata.title = extract_title(tree)
    if not metadata.url:
        metadata.url = extract_url(tree, url)
    metadata.date = find_date(tree, **{**date_params, "url": metadata.url})
    if not metadata.sitename:
        metadata.sitename = extract_sitename(tree)
    if metadata.sitename:
        site = metadata.sitename.lstrip("@")  # a Twitter handle
        capitalise = site and "." not in site and not site[0].isupper()
        metadata.sitename = site.title() if capitalise else site
    elif metadata.url:
        found = META_URL.match(metadata.url)
        if found:
            metadata.sitename = found[1]
    metadata.clean_and_trim()
    return metadata
