"""HTML headline: the page's title sources, cut of the site name, agreeing with the article.

One table per family of pages where a site name, a tagline, a section, a date or a box label
used to be taken for the headline; each row is a small hand-made page shape."""

from __future__ import annotations

import lxml.html
import pytest

from workers.cleaning.html import _without_headline
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


HEADLINE = "Talks end with a deal in Geneva"
SHORT = "Talks end in Geneva"  # shorter than the site names below: the longest part loses
SITE = "The Example Blog of Legal Times"
NEUTRAL = ("A court in Lyon heard the case on Monday.",)  # shares no word with them


@pytest.mark.parametrize(
    ("sources", "extracted", "opening", "url"),
    [
        # A blog's name as a heading linking home, the title "Post - Blog".
        (TitleSources(title=(f"{SHORT} - {SITE}",), home_headings=(SITE,)), (), NEUTRAL, None),
        # The blog's name in the banner, the title "Post | Blog"; no URL, no other source.
        (TitleSources(title=(f"{SHORT} | {SITE}",), banner_headings=(SITE,)), (), NEUTRAL, None),
        # The blog's tagline is an <h2> and the article's first line: the title says the post.
        (
            TitleSources(
                title=(f"Seth's Blog: {SHORT}",),
                h1=("Seth's Blog",),
                h2=("Riffs on marketing, respect, and the ways ideas spread.",),
            ),
            ("Seth's Blog",),
            ("Riffs on marketing, respect, and the ways ideas spread.", *NEUTRAL),
            None,
        ),
        # "Blog Name: Post" with no heading at all: the URL names the post.
        (
            TitleSources(title=(f"{SITE}: {SHORT}",)),
            (),
            NEUTRAL,
            "https://example.com/2012/11/talks-end-in-geneva.html",
        ),
        # "Post: Blog Name", the blog's name the <h1> and the shorter part.
        (
            TitleSources(title=(f"{HEADLINE}: Church Blog",), h1=("Church Blog",)),
            (HEADLINE,),
            NEUTRAL,
            None,
        ),
        # The <h1> is the headline, not a blog's name, though the title ends ": <h1>".
        (
            TitleSources(title=(f"The Space Review: {HEADLINE}",), h1=(HEADLINE,)),
            (),
            NEUTRAL,
            None,
        ),
        # The site's name repeated in the title.
        (TitleSources(title=(f"{SITE} - {SITE} - {SHORT}",)), (), NEUTRAL, None),
        # The site's part is the longest; the URL slug names the headline.
        (
            TitleSources(title=(f"{SITE} - {SHORT}",)),
            (),
            NEUTRAL,
            "https://example.com/news/talks-end-in-geneva",
        ),
        # A page declaring its headline as its site name declares no site name.
        (TitleSources(og=(HEADLINE,), site_names=(HEADLINE,)), (), NEUTRAL, None),
    ],
)
def test_the_site_name_or_tagline_is_not_the_headline(
    sources: TitleSources, extracted: tuple[str, ...], opening: tuple[str, ...], url: str | None
) -> None:
    headline = choose_headline(sources, extracted, opening, url)
    assert headline in {HEADLINE, SHORT}
    assert headline in (*sources.title, *sources.og, *sources.h1)[0]


@pytest.mark.parametrize(
    ("sources", "opening", "expected"),
    [
        # A headline with its subtitle, said whole by the <h1>.
        (
            TitleSources(
                title=("Labour made its point – now make the case | Politics | The Paper",),
                h1=("Labour made its point – now make the case",),
                site_names=("The Paper",),
            ),
            OPENING,
            "Labour made its point – now make the case",
        ),
        # Said whole by the article's first line.
        (
            TitleSources(title=("Building Unity Farm - the Barn",)),
            ("Building Unity Farm - the Barn", *OPENING),
            "Building Unity Farm - the Barn",
        ),
        # "Section: Headline" stated whole by the <h1>: the section stays.
        (
            TitleSources(
                title=("Lockheed's Dubious Claim: Stealth Fighter Gets Stealthier",),
                h1=("Lockheed's Dubious Claim: Stealth Fighter Gets Stealthier",),
            ),
            OPENING,
            "Lockheed's Dubious Claim: Stealth Fighter Gets Stealthier",
        ),
    ],
)
def test_a_headline_with_a_separator_is_kept_whole(
    sources: TitleSources, opening: tuple[str, ...], expected: str
) -> None:
    assert choose_headline(sources, [], opening) == expected


@pytest.mark.parametrize(
    "sources",
    [
        # A date heading.
        TitleSources(h1=("Monday, October 29, 2012",), h2=(HEADLINE,)),
        # A box label heading.
        TitleSources(h1=("Comments (41)",), h2=(HEADLINE,)),
        TitleSources(h1=("Recent Posts",), h2=(HEADLINE,)),
    ],
)
def test_dates_and_box_labels_are_never_the_headline(sources: TitleSources) -> None:
    assert choose_headline(sources, [], OPENING) == HEADLINE


def test_a_single_word_headline_stated_twice() -> None:
    sources = TitleSources(title=("Vacations! — Paulo's Blog",), h1=("Vacations!",))
    assert choose_headline(sources, [], OPENING) == "Vacations!"


def test_a_hostile_title_is_read_in_bounded_work() -> None:
    title = " | ".join(f"part {i} word" for i in range(5000))
    sources = TitleSources(title=(title,), og=(title,))
    assert choose_headline(sources, [title] * 50, [title] * 50) in {"part 0 word", "part 4999 word"}


def test_a_blog_page_gives_its_post_not_its_name_or_tagline() -> None:
    root = lxml.html.document_fromstring(
        "<html><head><title>Talks end in Geneva | The Example Blog of Legal Times</title></head>"
        "<body><div id='header'><h1><a href='/'>The Example Blog of Legal Times</a></h1>"
        "<h2>Riffs on law, politics and the ways ideas spread</h2></div>"
        "<div class='post'><h2>Talks end in Geneva</h2><p>The minister said...</p></div>"
        "</body></html>"
    )
    opening = ("Riffs on law, politics and the ways ideas spread", *OPENING)
    assert choose_headline(read_sources(root), [], opening) == "Talks end in Geneva"


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        # The body's leading copy of the headline goes ...
        ((HEADLINE, "The minister said so."), ("The minister said so.",)),
        # ... unless it is all the page holds: a page is not refused for its headline.
        ((HEADLINE,), (HEADLINE,)),
    ],
)
def test_the_body_without_its_headline(
    paragraphs: tuple[str, ...], expected: tuple[str, ...]
) -> None:
    assert _without_headline(paragraphs, HEADLINE) == expected
