"""The places a page states its headline, and the headings that name the site instead."""

from __future__ import annotations

import lxml.html
import pytest

from workers.cleaning.html_title_sources import MAX_CHARS, TitleSources, read_sources

ARTICLE_TEXT = "The minister said the talks had been productive. " * 60  # > a banner's size


def sources_of(body: str, head: str = "") -> TitleSources:
    return read_sources(
        lxml.html.document_fromstring(f"<html><head>{head}</head><body>{body}</body></html>")
    )


@pytest.mark.parametrize(
    "body",
    [
        "<div id='header'><h1>Example Blog</h1></div>",
        "<div id='banner'><div><h1 id='banner-header'>Example Blog</h1></div></div>",
        "<div class='site-title'><h1>Example Blog</h1></div>",
        "<header><h1>Example Blog</h1></header>",
        "<div role='banner'><h1>Example Blog</h1></div>",
    ],
)
def test_a_heading_in_the_banner_is_the_sites(body: str) -> None:
    found = sources_of(body + "<article><h1>Talks end</h1></article>")
    assert (found.banner_headings, found.h1) == (("Example Blog",), ("Talks end",))


@pytest.mark.parametrize(
    "body",
    [
        # The headline in the article's own header.
        "<article><header><h1>Talks end</h1></header></article>",
        # A class naming the article's title, not the site's.
        "<div class='page-title'><h1>Talks end</h1></div>",
        "<div class='entry-header'><h1>Talks end</h1></div>",
        # A "#header" wrapping the whole page is its frame, not a banner.
        f"<div id='header'><div><h1>Talks end</h1><p>{ARTICLE_TEXT}</p></div></div>",
    ],
)
def test_an_article_heading_stays_a_headline(body: str) -> None:
    found = sources_of(body)
    assert (found.h1, found.banner_headings, found.home_headings) == (("Talks end",), (), ())


@pytest.mark.parametrize(
    ("href", "home"),
    [
        ("/", True),
        ("http://example.com", True),
        ("http://example.typepad.com/seths_blog/", True),  # a blog's root folder
        ("http://example.com/blog/", True),  # a folder above the page (canonical)
        ("http://example.com/blog/2012/11/talks-end/", False),  # the page itself
        ("/2012/11/talks-end.html", False),
    ],
)
def test_a_heading_linking_home_is_the_sites(href: str, home: bool) -> None:
    head = "<link rel='canonical' href='http://example.com/blog/2012/11/talks-end/'>"
    found = sources_of(f"<h1><a href='{href}'>Example Blog</a></h1>", head)
    assert found.home_headings == (("Example Blog",) if home else ())
    assert found.h1 == (() if home else ("Example Blog",))


@pytest.mark.parametrize(
    ("head", "body"),
    [
        (
            "<script type='application/ld+json'>"
            '{"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Talks end"}'
            "</script>",
            "",
        ),
        (
            "<script type='application/ld+json'>"
            '{"@graph": [{"@type": "WebPage"}, {"@type": "Article", "headline": "Talks end"}]}'
            "</script>",
            "",
        ),
        # An unreadable block is skipped, the next one read.
        (
            "<script type='application/ld+json'>{broken</script>"
            '<script type=\'application/ld+json\'>[{"headline": "Talks end"}]</script>',
            "",
        ),
        ("", "<div itemscope><span itemprop='headline'>Talks  end</span></div>"),
    ],
)
def test_structured_headlines_are_read(head: str, body: str) -> None:
    assert sources_of(body, head).ld == ("Talks end",)


def test_a_source_value_is_bounded() -> None:
    found = sources_of("", f"<meta property='og:title' content='{'word ' * 10_000}'>")
    assert len(found.og[0]) <= MAX_CHARS
