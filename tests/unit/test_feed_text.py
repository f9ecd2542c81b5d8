"""Feed entries become plain-text titles and paragraphs, whatever the format escaped.

Each case runs the real path: feed bytes -> poller entry -> article message -> worker
extraction (what rules match, stories group and alerts show).
"""

from __future__ import annotations

import json
from typing import Any

import pytest

from services.core.models import ArticleMessage
from services.poller.feed_entries import entry_to_article, parse_feed
from services.poller.feeds_config import FeedConfig
from workers.extract import Article, extract_article

FEED = FeedConfig(name="wire", url="https://example.org/feed", language="en")
ATOM_NS = 'xmlns="http://www.w3.org/2005/Atom"'


def rss(title: str, description: str = "<p>Body.</p>", extra: str = "") -> bytes:
    return (
        '<?xml version="1.0"?><rss version="2.0" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/" '
        'xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>W</title>'
        f"<item><guid>1</guid><title>{title}</title><description>{description}</description>"
        f"{extra}</item></channel></rss>"
    ).encode()


def atom(
    title_element: str, content: str = '<content type="html">&lt;p&gt;Body.&lt;/p&gt;</content>'
) -> bytes:
    return (
        f'<?xml version="1.0"?><feed {ATOM_NS}><title>W</title><id>f</id>'
        f"<entry><id>1</id>{title_element}{content}</entry></feed>"
    ).encode()


def json_feed(version: str = "1.1", **item: Any) -> bytes:
    item.setdefault("id", "1")
    document = {"version": f"https://jsonfeed.org/version/{version}", "items": [item]}
    return json.dumps(document).encode()


def article(body: bytes) -> Article:
    (entry,) = parse_feed(body, {}, FEED.url)
    message = entry_to_article(FEED, entry)
    assert message is not None
    return extract_article(message)


@pytest.mark.parametrize(
    ("document", "title"),
    [
        # RSS: the title is HTML once XML escaping is undone.
        (rss("Lavrov&#8217;s aide meets Shoukry"), "Lavrov’s aide meets Shoukry"),
        (rss("Lavrov&amp;#8217;s aide meets Shoukry"), "Lavrov’s aide meets Shoukry"),
        (rss("Lavrov&amp;amp;#8217;s aide"), "Lavrov’s aide"),  # escaped twice over
        (rss("Q&amp;amp;A &amp;mdash; &amp;quot;Tintin&amp;quot;"), 'Q&A — "Tintin"'),
        (rss("&lt;i&gt;Tintin&lt;/i&gt; in   Tibet"), "Tintin in Tibet"),
        (rss("<![CDATA[That&#8217;s <b>it</b> &amp; more]]>"), "That’s it & more"),
        (rss("Line\n  wrapped\ttitle"), "Line wrapped title"),
        (rss("Caf&amp;eacute; &amp;#x263A;"), "Café ☺"),
        # Atom: html, xhtml and text titles.
        (
            atom('<title type="html">Lavrov&amp;#8217;s &lt;i&gt;aide&lt;/i&gt;</title>'),
            "Lavrov’s aide",
        ),
        (
            atom(
                '<title type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">'
                "Lavrov&#8217;s <i>aide</i> &amp; co</div></title>"
            ),
            "Lavrov’s aide & co",
        ),
        (atom("<title>Q&amp;A: 5 &lt; 6</title>"), "Q&A: 5 < 6"),
        (atom('<title type="text">That&amp;#8217;s &lt;b&gt;</title>'), "That’s <b>"),
        # JSON Feed: titles are plain text; a reference left in one is still decoded.
        (json_feed(title="Lavrov\u2019s aide & <co>"), "Lavrov’s aide & <co>"),
        (json_feed(title="That&#8217;s it"), "That’s it"),
        (json_feed("1", title="  Spaced\n title "), "Spaced title"),
    ],
)
def test_titles_are_plain_text(document: bytes, title: str) -> None:
    assert article(document).title == title


@pytest.mark.parametrize(
    ("document", "body"),
    [
        (rss("t", "&lt;p&gt;One line\nwrapped here.&lt;/p&gt;&lt;p&gt;Two&lt;/p&gt;"),
         "One line wrapped here.\n\nTwo"),
        (rss("t", "Para one\ncontinues.&lt;br&gt;&lt;br&gt;Para two&lt;br /&gt;same"),
         "Para one continues.\n\nPara two same"),
        (rss("t", "Plain one\nwrapped.\n\nPlain two."), "Plain one wrapped.\n\nPlain two."),
        (rss("t", "x &amp;amp; y &amp;#8217; &lt;script&gt;bad()&lt;/script&gt;"), "x & y ’"),
        (rss("t", "<![CDATA[<p>That&amp;#8217;s Q&amp;amp;A &amp;eacute;</p>]]>"),
         "That’s Q&A é"),  # escaped twice: decoded once more
        (rss("t", "AT&amp;T &amp; co &amp;xyz;"), "AT&T & co &xyz;"),  # unknown name kept
        (rss("t", "<![CDATA[<p>A &amp; B\nC</p><ul><li>one</li><li>two</li></ul>]]>"),
         "A & B C\n\none\n\ntwo"),
        (atom("<title>t</title>",
              '<content type="text">Text one\nwrapped &lt;b&gt;.\n\nTwo.</content>'),
         "Text one wrapped <b>.\n\nTwo."),
        (atom("<title>t</title>",
              '<content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>A\nB</p>'
              "<p>C</p></div></content>"),
         "A B\n\nC"),
        (json_feed(content_text="One\nwrapped.\n\nTwo & <three>"), "One wrapped.\n\nTwo & <three>"),
        (json_feed(content_html="<p>H\nI</p><p>J</p>"), "H I\n\nJ"),
        (json_feed("1", summary="Only a summary & <no> html"), "Only a summary & <no> html"),
    ],
)  # fmt: skip
def test_bodies_are_plain_paragraphs_with_line_wraps_joined(document: bytes, body: str) -> None:
    assert article(document).body == body


@pytest.mark.parametrize(
    ("document", "authors"),
    [
        (rss("t", extra="<author>jane@example.org (Jane Doe)</author>"), ("Jane Doe",)),
        (rss("t", extra="<dc:creator>Jane  Doe</dc:creator>"), ("Jane Doe",)),
        (atom("<title>t</title><author><name>Ann</name></author><author><name>Bob</name></author>"),
         ("Ann", "Bob")),
        (json_feed("1", title="t", author={"name": "Old Style"}), ("Old Style",)),
        (json_feed(title="t", authors=[{"name": "A"}, {"url": "https://x.org"}, {"name": "B"}]),
         ("A", "B")),
        (json_feed(title="t", authors=[{"name": f"N{i}"} for i in range(30)]),
         tuple(f"N{i}" for i in range(10))),
        (rss("t"), ()),
    ],
)  # fmt: skip
def test_authors_are_carried_to_the_article(document: bytes, authors: tuple[str, ...]) -> None:
    assert article(document).authors == authors


@pytest.mark.parametrize(
    ("content_type", "content"),
    [
        ("html", "<html><head><title>Site name</title></head><body><p>Body.</p></body></html>"),
        ("article", "Body."),
        ("text", "Some headline\n\nBody text of the article."),
    ],
)
def test_a_given_title_is_cleaned_whatever_the_content(content_type: str, content: str) -> None:
    """A full-text feed entry (the linked page) or a JSON drop keeps the source's title,
    as plain text too."""
    message = ArticleMessage(
        id="a1", origin="feed", source="wire", origin_ref="1", content_type=content_type,
        encoding="utf-8", content=content, title="Lavrov&#8217;s <i>aide</i>  meets Shoukry",
    )  # fmt: skip
    assert extract_article(message).title == "Lavrov’s aide meets Shoukry"


@pytest.mark.parametrize(
    ("document", "value", "declared"),
    [
        (rss("Lavrov&amp;#8217;s &lt;i&gt;aide&lt;/i&gt;"), "Lavrov&#8217;s <i>aide</i>",
         "text/html"),
        (rss("<![CDATA[A &amp; <b>B</b>]]>"), "A &amp; <b>B</b>", "text/html"),
        (atom('<title type="html">A &amp;amp; &lt;b&gt;B&lt;/b&gt;</title>'), "A &amp; <b>B</b>",
         "text/html"),
        (atom('<title type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">A &amp; <b>B</b>'
              "</div></title>"), "A &amp; <b>B</b>", "application/xhtml+xml"),
        (atom("<title>A &amp;amp; &lt;b&gt;</title>"), "A &amp; <b>", "text/plain"),
    ],
)  # fmt: skip
def test_what_feedparser_gives_for_titles(document: bytes, value: str, declared: str) -> None:
    """What entry_to_article relies on (fails if a feedparser upgrade changes it): titles of
    HTML types come with one level of XML escaping undone, text titles as the literal text."""
    (entry,) = parse_feed(document, {}, FEED.url)
    assert (entry["title"], entry["title_detail"]["type"]) == (value, declared)
