"""JSON Feed items are read field by field: a bad field is left out with a note, the item kept;
relative links are resolved against the feed's own addresses."""

from __future__ import annotations

import json
from typing import Any

import pytest

from services.poller.feed_entries import dropped_fields, entry_to_article, read_feed
from services.poller.feeds_config import FeedConfig
from services.poller.json_feed import MAX_AUTHOR_NAME_CHARS, MAX_TITLE_CHARS

FETCHED = "https://cdn.example.net/feeds/wire.json"
FEED = FeedConfig(name="json", url=FETCHED)
GOOD = {"id": "1", "title": "Lavrov speaks", "content_text": "Body."}


def entries(items: list[Any], **document: Any) -> list[Any]:
    body = json.dumps(
        {"version": "https://jsonfeed.org/version/1.1", **document, "items": items}
    ).encode()
    parsed = read_feed(body, {"content-type": "application/feed+json"}, FETCHED)
    return [parsed.to_entry(raw) for raw in parsed.entries]


def one(**fields: Any) -> Any:
    (entry,) = entries([{**GOOD, **fields}])
    return entry


@pytest.mark.parametrize(
    ("fields", "gone", "note"),
    [
        ({"date_published": "Mon, 23 Oct 2017 10:00:00 GMT"}, "published_parsed",
         "date_published: not an RFC 3339 date"),
        ({"date_modified": 1508752800}, "updated_parsed", "date_modified: a number, not text"),
        ({"date_published": "9999-12-31T23:00:00-05:00"}, "published_parsed",
         "date_published: a date out of range"),
        ({"title": 42, "content_text": "Kept."}, "title", "title: a number, not text"),
        ({"summary": ["a", "b"]}, "summary", "summary: a list, not text"),
        ({"url": {"href": "https://x.org"}}, "link", "url: an object, not text"),
        ({"content_html": True, "content_text": None}, "content",
         "content_html: true/false, not text"),
        ({"title": "x" * (MAX_TITLE_CHARS + 1), "content_text": "Kept."}, "title",
         f"title: {MAX_TITLE_CHARS + 1:,} characters, more than {MAX_TITLE_CHARS:,}"),
        ({"url": "javascript:alert(1)"}, "link", "url: not an http(s) address"),
        ({"image": "data:image/png;base64,AAAA"}, "image", "image: not an http(s) address"),
        ({"authors": "Jane"}, "authors", "authors: a string, not a list"),
        ({"authors": [{"name": "n" * (MAX_AUTHOR_NAME_CHARS + 1)}]}, "authors",
         f"author name: {MAX_AUTHOR_NAME_CHARS + 1:,} characters, more than "
         f"{MAX_AUTHOR_NAME_CHARS:,}"),
        ({"authors": ["Jane"]}, "authors", "author: a string, not an object"),
    ],
)  # fmt: skip
def test_a_bad_field_is_left_out_with_a_note_and_the_item_kept(
    fields: dict[str, Any], gone: str, note: str
) -> None:
    entry = one(**fields)
    assert gone not in entry
    assert dropped_fields(entry) == [note]
    assert entry_to_article(FEED, entry) is not None


def test_a_huge_number_id_is_left_out_and_identity_falls_back_to_the_link() -> None:
    body = (
        b'{"version": "https://jsonfeed.org/version/1", "items": [{"id": '
        + b"9" * 5000
        + b', "url": "https://example.org/a", "title": "t"}]}'
    )
    parsed = read_feed(body, {}, FETCHED)
    (entry,) = [parsed.to_entry(raw) for raw in parsed.entries]
    assert "id" not in entry
    assert dropped_fields(entry) == ["id: a 5000-digit number, not text"]
    message = entry_to_article(FEED, entry)
    assert message is not None and message.origin_ref == "link:https://example.org/a"


def test_good_fields_carry_no_notes() -> None:
    entry = one(date_published="2024-05-01T12:30:00Z", url="https://example.org/a")
    assert dropped_fields(entry) == []


def test_each_bad_field_of_one_item_has_its_own_note() -> None:
    entry = one(title=1, summary=[], date_published="yesterday")
    assert len(dropped_fields(entry)) == 3
    assert entry["content"]


@pytest.mark.parametrize(
    ("document", "url", "link"),
    [
        ({"home_page_url": "https://example.org/news/"}, "story/1",
         "https://example.org/news/story/1"),
        ({"home_page_url": "https://example.org/news/"}, "/story/1", "https://example.org/story/1"),
        ({"feed_url": "https://feeds.example.org/f.json"}, "/s/2", "https://feeds.example.org/s/2"),
        ({}, "/s/3", "https://cdn.example.net/s/3"),  # the address it was fetched from
        ({"home_page_url": "/news/"}, "a", "https://cdn.example.net/news/a"),
        ({"home_page_url": "ftp://example.org/"}, "/a", "https://cdn.example.net/a"),
        ({"home_page_url": 7}, "/a", "https://cdn.example.net/a"),
        ({"home_page_url": "https://example.org/"}, "https://other.org/x", "https://other.org/x"),
        ({"home_page_url": "https://example.org/"}, "//cdn.org/x", "https://cdn.org/x"),
    ],
)  # fmt: skip
def test_relative_links_resolve_against_the_feeds_addresses(
    document: dict[str, Any], url: str, link: str
) -> None:
    (entry,) = entries([{**GOOD, "url": url}], **document)
    assert entry["link"] == link


@pytest.mark.parametrize("field", ["external_url", "image"])
def test_external_url_and_image_resolve_too(field: str) -> None:
    (entry,) = entries([{**GOOD, field: "/x"}], home_page_url="https://example.org/")
    assert entry["link" if field == "external_url" else field] == "https://example.org/x"


@pytest.mark.parametrize("url", ["mailto:a@example.org", "javascript:void(0)", "file:///etc/x"])
def test_a_link_that_is_not_http_is_left_out(url: str) -> None:
    entry = one(url=url)
    message = entry_to_article(FEED, entry)
    assert message is not None and message.url is None
