"""The adapter reads what ``bare_extraction(with_metadata=True)`` reads, field for field.

It calls trafilatura's module-level metadata helpers: a trafilatura upgrade that changes
them, or changes the steps of ``extract_metadata``, shows up here as a differing field.
"""

from __future__ import annotations

from typing import Any

import pytest
import trafilatura

from workers.cleaning import trafilatura_adapter

_DATE_PARAMS: dict[str, Any] = {
    "extensive_search": True,
    "original_date": True,
    "outputformat": "%Y-%m-%dT%H:%M:%S%z",
}
_STORY = "".join(
    f"<p>Paragraph {n} of the story says that the council met on Tuesday evening and agreed "
    f"the budget for the coming year after a long debate about roads and schools.</p>"
    for n in range(6)
)


def _page(head: str, body: str = _STORY, lang: str = "en") -> str:
    return f"<!doctype html><html lang='{lang}'><head>{head}</head><body>{body}</body></html>"


PAGES = {
    "open graph": _page(
        "<title>Council agrees budget | Daily Post</title>"
        "<meta property='og:title' content='Council agrees budget'>"
        "<meta property='og:site_name' content='Daily Post'>"
        "<meta property='og:url' content='https://dailypost.example/news/budget'>"
        "<meta property='article:published_time' content='2024-03-05T18:30:00+01:00'>"
        "<meta name='author' content='Jane Smith'>"
    ),
    "json-ld": _page(
        "<title>Budget</title><script type='application/ld+json'>"
        '{"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Budget agreed",'
        ' "datePublished": "2023-11-02", "author": {"@type": "Person", "name": "Ann Lee"},'
        ' "publisher": {"@type": "Organization", "name": "the courier"}}</script>'
    ),
    "title element only": _page("<title>Roads and schools</title>"),
    "handle as site name": _page(
        "<title>Budget</title><meta name='twitter:site' content='@localnews'>"
        "<link rel='canonical' href='https://www.localnews.example/a/1'>"
    ),
    "site from the url": _page(
        "<title>Budget</title><link rel='canonical' href='https://w3.gazette.example/x'>"
    ),
    "date in the text, tags and licence": _page(
        "<title>Budget</title>",
        "<header><h1>Council agrees budget</h1><time datetime='2022-07-14'>14 July 2022</time>"
        "<a rel='tag' href='/tag/council/'>council</a>"
        "<a rel='category' href='/category/politics/'>politics</a></header>"
        f"{_STORY}<footer><a rel='license' href='https://creativecommons.org/licenses/by/4.0/'>"
        "CC BY</a></footer>",
    ),
    "too little text": _page("<title>Nothing</title>", "<p>Hi.</p>"),
    "no markup": "plain words, no markup at all",
}


@pytest.mark.parametrize("url", [None, "https://given.example/story"])
@pytest.mark.parametrize("html", PAGES.values(), ids=PAGES.keys())
def test_reads_what_bare_extraction_reads(html: str, url: str | None) -> None:
    doc = trafilatura.bare_extraction(
        html,
        url=url,
        fast=True,
        include_comments=False,
        with_metadata=True,
        date_extraction_params=_DATE_PARAMS,
    )
    expected = {
        field: getattr(doc, field, None)
        for field in ("text", "title", "date", "sitename", "url", "language")
    }
    reading = trafilatura_adapter.read(html, url, _DATE_PARAMS)
    assert {field: getattr(reading, field) or None for field in expected} == {
        field: value or None for field, value in expected.items()
    }
