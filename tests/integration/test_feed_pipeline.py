"""A feed entry served over HTTP travels the pipeline to a webhook, exactly once."""

from __future__ import annotations

import json
import threading

import pytest

from services.poller.service import Poller
from tests.support.http import local_server
from tests.support.pipeline import configure_feed, poll_and_deliver

RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Wire</title><link>http://example.org/</link>
<item>
  <title>Lavrov warns of terror threat</title>
  <link>http://example.org/a?utm_source=rss</link>
  <guid>wire-1</guid>
  <pubDate>Mon, 23 Oct 2017 10:00:00 GMT</pubDate>
  <description>&lt;p&gt;Sergey Lavrov said the terrorist threat remains.&lt;/p&gt;</description>
</item>
<item>
  <title>Cup final ends in draw</title>
  <link>http://example.org/b</link>
  <guid>wire-2</guid>
  <description>Nobody scored.</description>
</item>
</channel></rss>"""


@pytest.fixture
def servers():
    with local_server() as feed, local_server() as hook:
        feed.routes["/feed.xml"] = lambda r: (
            200,
            {"Content-Type": "application/rss+xml"},
            RSS.encode(),
        )
        hook.routes["/hook"] = lambda r: (200, {}, b"ok")
        yield feed, hook


def test_feed_entry_reaches_the_webhook(redis, settings, servers):
    feed, hook = servers
    settings = configure_feed(settings, feed.url("/feed.xml"), hook.url("/hook"))
    poll_and_deliver(redis, settings)
    posts = [r for r in hook.requests if r.method == "POST"]
    assert len(posts) == 1
    payload = json.loads(posts[0].body)
    assert "Lavrov warns of terror threat" in payload["title"]
    assert "terrorist" in payload["message"]


def test_polling_the_same_feed_again_sends_nothing_new(redis, settings, servers):
    feed, hook = servers
    settings = configure_feed(settings, feed.url("/feed.xml"), hook.url("/hook"))
    poll_and_deliver(redis, settings)
    poll_and_deliver(redis, settings)
    assert len([r for r in hook.requests if r.method == "POST"]) == 1


def test_loopback_feed_is_refused_without_the_allowance(redis, settings, servers):
    feed, hook = servers
    settings = configure_feed(settings, feed.url("/feed.xml"), hook.url("/hook"))
    settings = settings.model_copy(update={"fetch_allowed_networks": []})
    Poller(settings, redis).run_once(threading.Event())
    assert feed.requests == []
    state = redis.hgetall("nw:feed:wire")
    assert b"loopback" in state[b"last_error"] or b"private" in state[b"last_error"]


PAGE = """<html><head><title>Lavrov warns of terror threat</title></head><body>
<nav><a href="/">Home</a> <a href="/sport">Sport</a></nav>
<article><h1>Lavrov warns of terror threat</h1>
<p>Russian Foreign Minister Sergey Lavrov said on Monday that the threat from terrorist
groups in the region remains high despite recent military successes.</p>
<p>Speaking after talks with his counterpart, Lavrov said the full text of the agreement
would be published by both ministries later this week.</p>
<p>He added that cooperation between the security services would be stepped up.</p>
</article><footer>Copyright Example Wire</footer></body></html>"""


def test_full_text_feed_matches_the_linked_page(redis, settings, servers):
    feed, hook = servers
    feed.routes["/a"] = lambda r: (200, {"Content-Type": "text/html"}, PAGE.encode())
    rss = RSS.replace("http://example.org/a?utm_source=rss", feed.url("/a")).replace(
        "Sergey Lavrov said the terrorist threat remains.", "Short teaser."
    )
    feed.routes["/feed.xml"] = lambda r: (
        200,
        {"Content-Type": "application/rss+xml"},
        rss.encode(),
    )
    settings = configure_feed(settings, feed.url("/feed.xml"), hook.url("/hook"))
    feeds = settings.config_dir / "feeds.yaml"
    feeds.write_text(feeds.read_text(encoding="utf-8") + "    full_text: true\n", encoding="utf-8")
    poll_and_deliver(redis, settings)
    (post,) = [r for r in hook.requests if r.method == "POST"]
    assert "the threat from «terrorist» groups" in json.loads(post.body)["message"]
    assert [r.path for r in feed.requests].count("/a") == 1
