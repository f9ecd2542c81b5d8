"""JSON Feed 1 and 1.1 documents give the same entries, identities and articles as XML feeds."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Any

import pytest

from services.core.errors import FetchRefused
from services.poller.feed_entries import entry_identity, entry_to_article, parse_feed
from services.poller.feeds_config import FeedConfig
from services.poller.json_feed import looks_like_json_feed

FEED = FeedConfig(name="json", url="https://example.org/feed.json", language="en")


def document(version: str = "https://jsonfeed.org/version/1.1", **item: Any) -> bytes:
    items = [item] if item else []
    return json.dumps({"version": version, "title": "J", "items": items}).encode()


V1 = json.dumps(
    {
        "version": "https://jsonfeed.org/version/1",
        "title": "Wire",
        "home_page_url": "https://example.org/",
        "items": [
            {
                "id": "2347259",
                "url": "https://example.org/2347259?utm_source=feed",
                "title": "Lavrov speaks",
                "content_html": "<p>Full <b>body</b>.</p>",
                "summary": "Short.",
                "date_published": "2024-05-01T12:30:00+02:00",
            },
            {"id": 17, "content_text": "Numbered id.", "date_modified": "2024-05-02T08:00:00Z"},
        ],
    }
).encode()


def parse(body: bytes, content_type: str = "application/feed+json") -> list[Any]:
    return parse_feed(body, {"content-type": content_type}, FEED.url)


def test_version_1_items_become_entries() -> None:
    first, second = parse(V1)
    assert (first["id"], first["title"], first["summary"]) == ("2347259", "Lavrov speaks", "Short.")
    assert first["link"] == "https://example.org/2347259?utm_source=feed"
    assert first["content"][0]["value"] == "<p>Full <b>body</b>.</p>"
    assert second["id"] == "17"


def test_entry_becomes_the_same_article_message_as_an_xml_entry() -> None:
    message = entry_to_article(FEED, parse(V1)[0])
    assert message is not None
    assert (message.origin_ref, message.title, message.language) == (
        "guid:2347259",
        "Lavrov speaks",
        "en",
    )
    assert (message.content_type, message.content) == ("fragment", "<p>Full <b>body</b>.</p>")
    assert message.published_at == datetime(2024, 5, 1, 10, 30, tzinfo=UTC)


@pytest.mark.parametrize(
    ("item", "identity"),
    [
        ({"id": "urn:x", "url": "https://e/a", "content_text": "t"}, "guid:urn:x"),
        ({"url": "https://e/a?utm_medium=x", "content_text": "t"}, "link:https://e/a"),
        ({"external_url": "https://e/b", "content_text": "t"}, "link:https://e/b"),
        ({"id": "", "url": "https://e/a", "content_text": "t"}, "link:https://e/a"),
    ],
)
def test_identity_follows_the_same_rules(item: dict[str, str], identity: str) -> None:
    (entry,) = parse(document(**item))
    assert entry_identity(entry) == identity


def test_identity_without_id_or_url_is_a_content_hash() -> None:
    (entry,) = parse(document(title="T", summary="S"))
    assert entry_identity(entry).startswith("hash:")


def test_content_text_is_escaped_into_paragraphs() -> None:
    (entry,) = parse(document(id="1", content_text="a < b & c\n\nSecond <script>"))
    assert entry["content"][0]["value"] == ("<p>a &lt; b &amp; c</p>\n<p>Second &lt;script&gt;</p>")


def test_content_html_wins_over_content_text() -> None:
    (entry,) = parse(document(id="1", content_html="<p>h</p>", content_text="t"))
    assert entry["content"][0]["value"] == "<p>h</p>"


@pytest.mark.parametrize(
    ("stamp", "expected"),
    [
        ("2024-05-01T12:30:00Z", datetime(2024, 5, 1, 12, 30, tzinfo=UTC)),
        ("2024-05-01T12:30:00-05:00", datetime(2024, 5, 1, 17, 30, tzinfo=UTC)),
        ("2024-05-01T12:30:00", datetime(2024, 5, 1, 12, 30, tzinfo=UTC)),
    ],
)
def test_dates_are_read_as_utc(stamp: str, expected: datetime) -> None:
    (entry,) = parse(document(id="1", content_text="t", date_published=stamp))
    message = entry_to_article(FEED, entry)
    assert message is not None and message.published_at == expected


def test_items_that_are_not_objects_are_skipped_and_the_rest_kept() -> None:
    body = json.dumps(
        {
            "version": "https://jsonfeed.org/version/1.1",
            "items": [
                "not an object",
                {"id": "bad-date", "content_text": "x", "date_published": "yesterday"},
                {"id": "ok", "content_text": "fine"},
            ],
        }
    ).encode()
    assert [e["id"] for e in parse(body)] == ["bad-date", "ok"]


@pytest.mark.parametrize(
    ("body", "reason"),
    [
        (b'{"version": "https://jsonfeed.org/version/1", "items": [', "invalid JSON"),
        (b'{"title": "no version", "items": []}', "not a JSON Feed"),
        (b'{"version": "https://example.org/v9", "items": []}', "not a JSON Feed"),
        (b'{"version": "https://jsonfeed.org/version/1", "items": {}}', "not a JSON Feed"),
        (b"[" * 100000 + b"]" * 100000, "invalid JSON"),
        (b"\xff\xfe{\x00}\x00", "invalid JSON"),
        (b"", "invalid JSON"),
    ],
    ids=["truncated", "no-version", "other-version", "items-not-list", "deep", "utf16", "empty"],
)
def test_documents_that_are_not_json_feeds_are_refused(body: bytes, reason: str) -> None:
    with pytest.raises(FetchRefused, match=f"not a readable feed: {reason}"):
        parse(body, "application/json")


@pytest.mark.parametrize(
    ("body", "content_type", "is_json"),
    [
        (b'  \n{"version": 1}', "text/plain", True),
        (b'\xef\xbb\xbf{"version": 1}', "", True),
        (b"[]", "application/feed+json", True),
        (b"[]", "application/json; charset=utf-8", True),
        (b"<?xml version='1.0'?><rss/>", "application/json", False),
        (b"<rss/>", "application/rss+xml", False),
        (b"", "text/html", False),
    ],
)
def test_json_is_recognised_by_content_type_or_leading_brace(
    body: bytes, content_type: str, is_json: bool
) -> None:
    assert looks_like_json_feed(body, {"content-type": content_type}) is is_json


def test_an_empty_json_feed_is_a_feed_with_no_entries() -> None:
    assert parse(document()) == []
