"""Feed titles reach the rules and the alert as plain text, through the real pipeline.

A real HTTP server on loopback serves the feed, a real Valkey carries the queues, the real
poller, workers and notifier run, and a webhook receives the alert.
"""

from __future__ import annotations

import json

import pytest

from services.core import keys
from services.core.settings import Settings
from services.poller.feed_health import format_table, read_health
from services.poller.feeds_config import FeedConfig
from tests.support.http import local_server
from tests.support.pipeline import configure_feed, poll_and_deliver

RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>Wire</title>
<link>http://example.org/</link>
<item>
  <title>Lavrov&amp;#8217;s aide meets Shoukry</title>
  <link>http://example.org/a</link>
  <guid>wire-1</guid>
  <dc:creator>Jane Doe</dc:creator>
  <description>&lt;p&gt;The talks in Cairo
were about the &lt;i&gt;Gaza&lt;/i&gt; truce &amp;amp; aid.&lt;/p&gt;</description>
</item>
</channel></rss>"""

JSON_FEED = {
    "version": "https://jsonfeed.org/version/1.1",
    "title": "Wire",
    "home_page_url": "http://example.org/",
    "items": [
        {
            "id": "j-1",
            "url": "/story/1",
            "title": "Lavrov\u2019s aide meets Shoukry",
            "content_text": "Talks in Cairo.",
            "date_published": "Mon, 23 Oct 2017 10:00:00 GMT",
            "authors": [{"name": "Ann Author"}],
        }
    ],
}

RULES = """version: 1
rules:
  - name: lavrov-shoukry
    query: Lavrov NEAR/2 Shoukry
"""


@pytest.fixture
def servers():
    with local_server() as feed, local_server() as hook:
        feed.routes["/feed.xml"] = lambda r: (
            200,
            {"Content-Type": "application/rss+xml"},
            RSS.encode(),
        )
        feed.routes["/feed.json"] = lambda r: (
            200,
            {"Content-Type": "application/feed+json"},
            json.dumps(JSON_FEED).encode(),
        )
        hook.routes["/hook"] = lambda r: (200, {}, b"ok")
        yield feed, hook


def configure(settings: Settings, feed_url: str, hook_url: str) -> Settings:
    (settings.config_dir / "rules.yaml").write_text(RULES, encoding="utf-8")
    return configure_feed(settings, feed_url, hook_url)


def test_an_escaped_feed_title_matches_and_the_alert_shows_it_as_plain_text(
    redis, settings, servers
):
    feed, hook = servers
    settings = configure(settings, feed.url("/feed.xml"), hook.url("/hook"))
    poll_and_deliver(redis, settings)
    (post,) = [r for r in hook.requests if r.method == "POST"]
    payload = json.loads(post.body)
    assert "Lavrov’s aide meets Shoukry" in payload["title"]
    text = payload["title"] + payload["message"]
    for residue in ("&#8217;", "&amp;", "&#", "<i>", "<p>"):
        assert residue not in text
    assert "Lavrov’s aide meets Shoukry" in payload["message"]
    assert "By: Jane Doe" in payload["message"]


def test_a_json_feed_item_with_a_bad_date_is_kept_and_the_field_counted(redis, settings, servers):
    feed, hook = servers
    settings = configure(settings, feed.url("/feed.json"), hook.url("/hook"))
    poll_and_deliver(redis, settings)
    (post,) = [r for r in hook.requests if r.method == "POST"]
    message = json.loads(post.body)["message"]
    assert "Link: http://example.org/story/1" in message
    assert "By: Ann Author" in message
    (health,) = read_health(redis, [FeedConfig(name="wire", url=feed.url("/feed.json"))])
    assert health.dropped_fields == 1
    assert "1 field(s) left out of entries" in format_table([health])
    assert int(redis.hget(keys.STATS, "feed_fields_dropped")) == 1
