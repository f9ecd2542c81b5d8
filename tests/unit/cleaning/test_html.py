"""clean_html and clean_feed_entry on small hand-written pages."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest

from workers.cleaning import CleanArticle, clean_feed_entry, clean_html, html_to_paragraphs

PARAGRAPHS = (
    "The minister said on Tuesday that the talks had been productive and that both sides "
    "would meet again next month to sign the agreement.",
    "Critics of the deal said it did not go far enough, and they promised to keep up the "
    "pressure on the government until the end of the year.",
)
PAGE = f"""<!doctype html>
<html lang="en-GB"><head>
<title>Talks end with a deal - Example Times</title>
<meta property="og:site_name" content="Example Times">
<link rel="canonical" href="https://example.com/news/talks-deal">
<meta property="article:published_time" content="2024-03-05T10:30:00+01:00">
</head><body>
<nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></nav>
<article><h1>Talks end with a deal</h1>
<p>{PARAGRAPHS[0]}</p>
<p>{PARAGRAPHS[1]}</p>
</article>
<aside><h2>Most read</h2><ul><li><a href="/a">Lavrov meets counterpart</a></li></ul></aside>
<footer>Copyright 2024 Example Times</footer>
</body></html>"""


@pytest.fixture(scope="module")
def article() -> CleanArticle:
    return clean_html(PAGE, url="https://example.com/news/talks-deal?utm=x")


def test_html_title(article: CleanArticle) -> None:
    assert article.title == "Talks end with a deal"


def test_html_body_is_the_article(article: CleanArticle) -> None:
    assert article.paragraphs == PARAGRAPHS


def test_html_metadata(article: CleanArticle) -> None:
    assert article.site_name == "Example Times"
    assert article.canonical_url == "https://example.com/news/talks-deal"
    assert article.language == "en"
    assert article.published_at == datetime(2024, 3, 5, 9, 30, tzinfo=UTC)
    assert article.published_at is not None
    assert article.published_at.utcoffset() == timezone(timedelta(hours=1)).utcoffset(None)


def test_html_without_article_gives_empty_body() -> None:
    assert clean_html("<html><body></body></html>").paragraphs == ()


def test_feed_entry_keeps_paragraphs_and_prefers_content() -> None:
    entry = clean_feed_entry(
        "Talks end with a deal",
        "<p>Summary only.</p>",
        f"<div><p>{PARAGRAPHS[0]}</p><script>track()</script><p>{PARAGRAPHS[1]}</p></div>",
    )
    assert entry.paragraphs == PARAGRAPHS
    assert entry.language == "en"


def test_feed_entry_falls_back_to_summary() -> None:
    entry = clean_feed_entry("Q&amp;A: the deal", f"<p>{PARAGRAPHS[0]}</p>", None)
    assert entry.title == "Q&A: the deal"
    assert entry.paragraphs == PARAGRAPHS[:1]


@pytest.mark.parametrize(
    ("html", "expected"),
    [
        ("<p>One</p><p>Two</p>", ("One", "Two")),
        ("Line one<br>Line two", ("Line one Line two",)),  # one <br> wraps a line
        ("<ul><li>a</li><li>b</li></ul>", ("a", "b")),
        ("<p>x &amp; y</p><style>p {}</style>", ("x & y",)),
        ("plain text", ("plain text",)),
        ("", ()),
    ],
)
def test_html_to_paragraphs(html: str, expected: tuple[str, ...]) -> None:
    assert html_to_paragraphs(html) == expected
