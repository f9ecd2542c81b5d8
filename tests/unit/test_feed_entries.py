"""Feed documents become entries, and entries become article messages with stable ids."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import feedparser
import pytest

from services.core.errors import FetchRefused
from services.poller.feed_entries import (
    canonical_link,
    entry_identity,
    entry_to_article,
    parse_feed,
)
from services.poller.feeds_config import FeedConfig

RSS = b"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
  <channel>
    <title>World</title>
    <link>https://example.org/</link>
    <description>News</description>
    <item>
      <title>Lavrov speaks</title>
      <link>https://example.org/a?utm_source=rss</link>
      <guid isPermaLink="false">urn:example:1</guid>
      <description>Short summary.</description>
      <content:encoded><![CDATA[<p>Full <b>body</b> text.</p>]]></content:encoded>
      <pubDate>Wed, 01 May 2024 12:30:00 +0200</pubDate>
    </item>
    <item>
      <title>Second story</title>
      <link>https://example.org/b</link>
      <description>Only a summary.</description>
    </item>
  </channel>
</rss>
"""

ATOM = b"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>Atom feed</title>
  <id>urn:uuid:feed</id>
  <updated>2024-05-01T10:00:00Z</updated>
  <entry>
    <title>Atom entry</title>
    <id>urn:uuid:entry-1</id>
    <link href="https://example.org/atom/1"/>
    <updated>2024-05-01T10:00:00Z</updated>
    <summary>Atom summary.</summary>
  </entry>
</feed>
"""

RDF = b"""<?xml version="1.0" encoding="utf-8"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"
         xmlns="http://purl.org/rss/1.0/">
  <channel rdf:about="https://example.org/rdf">
    <title>RDF feed</title>
    <link>https://example.org/</link>
    <description>RSS 1.0</description>
  </channel>
  <item rdf:about="https://example.org/rdf/1">
    <title>RDF entry</title>
    <link>https://example.org/rdf/1</link>
    <description>RDF summary.</description>
  </item>
</rdf:RDF>
"""

FEED = FeedConfig(name="world", url="https://example.org/feed.xml", language="en")
OTHER_FEED = FeedConfig(name="mirror", url="https://mirror.example.net/feed.xml")


def entry(**fields: Any) -> feedparser.FeedParserDict:
    return feedparser.FeedParserDict(fields)


@pytest.mark.parametrize(
    ("body", "title"),
    [(RSS, "Lavrov speaks"), (ATOM, "Atom entry"), (RDF, "RDF entry")],
    ids=["rss2", "atom1", "rdf"],
)
def test_feed_formats_parse(body: bytes, title: str) -> None:
    entries = parse_feed(body, {"content-type": "application/xml"}, "https://x/feed")
    assert entries[0]["title"] == title


def test_all_entries_are_returned() -> None:
    assert len(parse_feed(RSS, {}, "https://x/feed")) == 2


@pytest.mark.parametrize(
    "doctype",
    [
        b'<!DOCTYPE rss [<!ENTITY a "aaaa">]>',
        b'<!DOCTYPE rss [<!entity a "aaaa">]>',
        b'<!DOCTYPE rss [<!ENTITY ext SYSTEM "file:///etc/passwd">]>',
    ],
)
def test_entity_declarations_are_refused(doctype: bytes) -> None:
    body = RSS.replace(b'<rss version="2.0"', doctype + b'\n<rss version="2.0"', 1)
    with pytest.raises(FetchRefused, match="declares XML entities"):
        parse_feed(body, {}, "https://x/feed")


def test_bozo_feed_with_entries_still_yields_them() -> None:
    broken = RSS.replace(b"</channel>\n</rss>", b"<unclosed></channel>")
    assert feedparser.parse(broken).bozo
    assert [e["title"] for e in parse_feed(broken, {}, "https://x/feed")][:1] == ["Lavrov speaks"]


HTML_PAGE = b"<html><head><title>Home</title></head><body><p>Hi</p></body></html>"


@pytest.mark.parametrize(
    ("body", "content_type"),
    [
        (b"<!doctype html>" + HTML_PAGE, "text/html"),
        (HTML_PAGE, "text/html; charset=utf-8"),
        (b"<!doctype html>" + HTML_PAGE, "application/xml"),
        (b"not xml at all {", "application/rss+xml"),
        pytest.param(HTML_PAGE, "application/xml", id="xml-typed-html"),
        pytest.param(b"", "application/rss+xml", id="empty-body"),
    ],
)
def test_non_feed_document_is_refused(body: bytes, content_type: str) -> None:
    with pytest.raises(FetchRefused, match=r"^https://x/page: not a readable feed"):
        parse_feed(body, {"content-type": content_type}, "https://x/page")


@pytest.mark.parametrize(
    ("link", "canonical"),
    [
        ("https://example.org/a?utm_source=rss&utm_medium=x", "https://example.org/a"),
        ("https://example.org/a?fbclid=abc", "https://example.org/a"),
        ("https://example.org/a?gclid=abc&id=7", "https://example.org/a?id=7"),
        ("https://example.org/a?UTM_Campaign=z&page=2", "https://example.org/a?page=2"),
        ("https://example.org/a#comments", "https://example.org/a"),
        ("https://example.org/a?id=7&utm_term=q#top", "https://example.org/a?id=7"),
        ("https://example.org/a?b=2&a=1", "https://example.org/a?b=2&a=1"),
        ("https://EXAMPLE.org/Path", "https://example.org/Path"),
        ("  https://example.org/a  ", "https://example.org/a"),
    ],
)
def test_canonical_link_drops_tracking_params_and_fragment(link: str, canonical: str) -> None:
    assert canonical_link(link) == canonical


@pytest.mark.parametrize(
    ("fields", "identity"),
    [
        ({"id": "urn:1", "link": "https://e/a", "title": "t"}, "guid:urn:1"),
        ({"guid": "g-2", "link": "https://e/a"}, "guid:g-2"),
        ({"link": "https://e/a?utm_source=x#f", "title": "t"}, "link:https://e/a"),
        ({"id": "", "link": "https://e/a"}, "link:https://e/a"),
    ],
)
def test_identity_prefers_guid_then_canonical_link(fields: dict[str, str], identity: str) -> None:
    assert entry_identity(entry(**fields)) == identity


def test_identity_falls_back_to_content_hash() -> None:
    identity = entry_identity(entry(title="T", summary="S"))
    assert identity.startswith("hash:")
    assert identity == entry_identity(entry(title="T", summary="S"))
    assert identity != entry_identity(entry(title="T", summary="S2"))


def test_identity_hash_separates_title_from_summary() -> None:
    assert entry_identity(entry(title="ab", summary="c")) != entry_identity(
        entry(title="a", summary="bc")
    )


def test_entry_becomes_an_article_message() -> None:
    first = parse_feed(RSS, {}, FEED.url)[0]
    message = entry_to_article(FEED, first)
    assert message is not None
    assert message.origin == "feed"
    assert message.source == "world"
    assert message.origin_ref == "guid:urn:example:1"
    assert message.title == "Lavrov speaks"
    assert message.url == "https://example.org/a?utm_source=rss"
    assert message.language == "en"
    assert (message.content_type, message.encoding) == ("fragment", "utf-8")


def test_content_encoded_wins_over_summary() -> None:
    message = entry_to_article(FEED, parse_feed(RSS, {}, FEED.url)[0])
    assert message is not None
    assert message.content == "<p>Full <b>body</b> text.</p>"


def test_summary_is_used_without_content() -> None:
    message = entry_to_article(FEED, parse_feed(RSS, {}, FEED.url)[1])
    assert message is not None
    assert message.content == "Only a summary."


def test_published_at_is_timezone_aware_utc() -> None:
    message = entry_to_article(FEED, parse_feed(RSS, {}, FEED.url)[0])
    assert message is not None
    assert message.published_at == datetime(2024, 5, 1, 10, 30, tzinfo=UTC)
    assert message.published_at.utcoffset() is not None


def test_updated_date_is_used_when_no_published_date() -> None:
    message = entry_to_article(FEED, parse_feed(ATOM, {}, FEED.url)[0])
    assert message is not None
    assert message.published_at == datetime(2024, 5, 1, 10, 0, tzinfo=UTC)


def test_entry_without_date_has_no_published_at() -> None:
    message = entry_to_article(FEED, parse_feed(RSS, {}, FEED.url)[1])
    assert message is not None
    assert message.published_at is None


@pytest.mark.parametrize(
    "fields",
    [
        {"link": "https://e/a"},
        {"title": "   ", "summary": "  \n "},
        {"title": "", "content": [{"value": ""}]},
    ],
)
def test_entry_without_title_or_content_is_skipped(fields: dict[str, Any]) -> None:
    assert entry_to_article(FEED, entry(**fields)) is None


def test_entry_with_only_a_title_is_kept() -> None:
    message = entry_to_article(FEED, entry(title=" Headline ", link="https://e/a"))
    assert message is not None
    assert (message.title, message.content) == ("Headline", "")


def test_same_entry_in_two_feeds_gets_different_ids() -> None:
    item = entry(id="urn:1", title="T", summary="S")
    first = entry_to_article(FEED, item)
    second = entry_to_article(OTHER_FEED, item)
    assert first is not None and second is not None
    assert first.id != second.id


def test_same_entry_in_the_same_feed_gets_the_same_id() -> None:
    first = entry_to_article(FEED, entry(id="urn:1", title="T"))
    second = entry_to_article(FEED, entry(id="urn:1", title="T (updated)"))
    assert first is not None and second is not None
    assert first.id == second.id


def test_reshared_link_with_tracking_params_keeps_its_id() -> None:
    plain = entry_to_article(FEED, entry(link="https://e/a", title="T"))
    tracked = entry_to_article(FEED, entry(link="https://e/a?utm_source=x#c", title="T"))
    assert plain is not None and tracked is not None
    assert plain.id == tracked.id
