"""HTML headline: the page's title sources, cut of the site name, agreeing with the article."""

from __future__ import annotations

import lxml.html
import pytest

from workers.cleaning.html_headline import TitleSources, choose_headline, read_sources

OPENING = ("The minister said on Tuesday that the talks had been productive.",)


@pytest.mark.parametrize(
    ("sources", "expected"),
    [
        # "Headline | Site" with the site declared.
        (
            TitleSources(title=("Talks end with a deal | CBC News",), site_names=("CBC News",)),
            "Talks end with a deal",
        ),
        # Undeclared site: the longest part of the title.
        (TitleSources(title=("Talks end with a deal - Example Times",)), "Talks end with a deal"),
        # Site, section, headline.
        (
            TitleSources(title=("BBC - Future - Health - How a film changed one man's sight",)),
            "How a film changed one man's sight",
        ),
        # The <h1> is the site's logo; og:title holds the headline.
        (
            TitleSources(og=("Talks end with a deal",), h1=("CBC News",), site_names=("CBC News",)),
            "Talks end with a deal",
        ),
        # A blog: <h1> is its name, the title "Name: Post".
        (
            TitleSources(title=("Seth's Blog: Entering sync markets",), h1=("Seth's Blog",)),
            "Entering sync markets",
        ),
        # A byline is never the headline.
        (
            TitleSources(h1=("By Jane Smith", "Talks end with a deal")),
            "Talks end with a deal",
        ),
    ],
)
def test_headline_from_title_sources(sources: TitleSources, expected: str) -> None:
    assert choose_headline(sources, [], OPENING) == expected


@pytest.mark.parametrize(
    ("sources", "url"),
    [
        (TitleSources(title=("CBC News",), site_names=("CBC News",)), None),
        (TitleSources(title=("Example Times",)), "https://www.example-times.com/a/1"),
        (TitleSources(title=("Home",)), None),
    ],
)
def test_never_the_site_name(sources: TitleSources, url: str | None) -> None:
    assert choose_headline(sources, [], OPENING, url) == ""


def test_the_candidate_the_article_opens_with_wins() -> None:
    sources = TitleSources(h1=("Most read", "Talks end with a deal in Geneva"))
    opening = ("Talks end with a deal in Geneva", *OPENING)
    assert choose_headline(sources, [], opening) == "Talks end with a deal in Geneva"


def test_read_sources_collects_meta_and_headings() -> None:
    root = lxml.html.document_fromstring(
        "<html><head><title>A | Site</title>"
        "<meta property='og:title' content=' Talks  end '>"
        "<meta name='twitter:title' content='Talks end'>"
        "<meta property='og:site_name' content='Site'></head>"
        "<body><h1>Talks <b>end</b></h1><h2>Related</h2></body></html>"
    )
    assert read_sources(root) == TitleSources(
        og=("Talks end",),
        twitter=("Talks end",),
        title=("A | Site",),
        h1=("Talks end",),
        h2=("Related",),
        site_names=("Site",),
    )
