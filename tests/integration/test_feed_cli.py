"""`newswatch feeds` shows each feed's health; `newswatch feeds import` adds OPML feeds."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from services.cli import main
from services.core.settings import Settings
from services.poller.service import Poller
from tests.support.http import local_server

RSS = (
    b"<?xml version='1.0'?><rss version='2.0'><channel><title>t</title>"
    b"<item><guid>1</guid><title>One</title></item>"
    b"<item><guid>2</guid><title>Two</title></item></channel></rss>"
)
FEEDS = """version: 1
feeds:
  - name: up
    url: {up}
  - name: down
    url: {down}
  - name: later
    url: {up}?later
    enabled: false
"""


@pytest.fixture
def polled(redis, settings: Settings, monkeypatch: pytest.MonkeyPatch) -> Iterator[Settings]:
    """Two feeds polled once (one up, one answering 500) and a disabled one; env set for main."""
    with local_server() as server:
        server.routes["/up"] = lambda r: (200, {"Content-Type": "application/rss+xml"}, RSS)
        server.routes["/down"] = lambda r: (500, {}, b"broken\nbadly")
        (settings.config_dir / "feeds.yaml").write_text(
            FEEDS.format(up=server.url("/up"), down=server.url("/down")), encoding="utf-8"
        )
        settings = settings.model_copy(update={"fetch_allowed_networks": ["127.0.0.0/8"]})
        poller = Poller(settings, redis)
        poller.feed_poller.poll_due(poller.feeds.current())
    monkeypatch.setenv("NEWSWATCH_REDIS_URL", settings.redis_url_value() or "")
    monkeypatch.setenv("NEWSWATCH_CONFIG_DIR", str(settings.config_dir))
    yield settings


def test_json_lists_every_configured_feed_with_its_health(polled, capsys) -> None:
    assert main(["feeds", "--json"]) == 0
    rows = {row["name"]: row for row in json.loads(capsys.readouterr().out)}
    assert list(rows) == ["up", "down", "later"]
    assert (rows["up"]["status"], rows["up"]["items_seen"], rows["up"]["failures"]) == (
        "ok",
        2,
        0,
    )
    assert rows["up"]["last_success"] and rows["up"]["next_poll"]
    assert rows["down"]["status"] == "failing"
    assert rows["down"]["last_error"].endswith("unavailable: HTTP 500 Internal Server Error")
    assert (rows["down"]["failures"], rows["down"]["last_success"]) == (1, None)
    assert (rows["later"]["status"], rows["later"]["next_poll"]) == ("disabled", None)


def test_table_has_one_line_per_feed(polled, capsys) -> None:
    assert main(["feeds"]) == 0
    header, *lines = capsys.readouterr().out.splitlines()
    assert header.split() == [
        "FEED",
        "STATUS",
        "LAST",
        "SUCCESS",
        "FAILURES",
        "ITEMS",
        "NEXT",
        "POLL",
        "LAST",
        "ERROR",
    ]
    assert [line.split()[0] for line in lines] == ["up", "down", "later"]
    assert "HTTP 500" in lines[1] and "failing" in lines[1]
    assert lines[0].split()[1] == "ok"


def test_feeds_without_redis_is_a_clear_error(settings, monkeypatch, capsys) -> None:
    monkeypatch.delenv("NEWSWATCH_REDIS_URL", raising=False)
    monkeypatch.delenv("REDIS_URL", raising=False)
    monkeypatch.setenv("NEWSWATCH_CONFIG_DIR", str(settings.config_dir))
    assert main(["feeds"]) == 2
    assert "no Redis URL" in capsys.readouterr().err


OPML = """<?xml version="1.0"?>
<opml version="1.0"><body>
  <outline text="Up again" xmlUrl="{up}"/>
  <outline text="News" title="News"><outline text="Wire" xmlUrl="https://wire.example/rss"/></outline>
</body></opml>"""


def test_import_adds_new_feeds_and_skips_known_urls(polled, tmp_path: Path, capsys) -> None:
    feeds_file = polled.config_dir / "feeds.yaml"
    up = feeds_file.read_text(encoding="utf-8").split("url: ")[1].split("\n")[0]
    opml = tmp_path / "subs.opml"
    opml.write_text(OPML.format(up=up), encoding="utf-8")
    assert main(["feeds", "import", str(opml)]) == 0
    out = capsys.readouterr().out
    assert "added wire: https://wire.example/rss" in out
    assert f"skipped {up}: already in feeds.yaml" in out
    assert "- name: wire\n    url: https://wire.example/rss\n    tags:\n    - news\n" in (
        feeds_file.read_text(encoding="utf-8")
    )


def test_import_refuses_an_opml_with_entities(polled, tmp_path: Path, capsys) -> None:
    opml = tmp_path / "bomb.opml"
    opml.write_text('<!DOCTYPE o [<!ENTITY a "a">]><opml/>', encoding="utf-8")
    before = (polled.config_dir / "feeds.yaml").read_text(encoding="utf-8")
    assert main(["feeds", "import", str(opml)]) == 2
    assert "declares XML entities" in capsys.readouterr().err
    assert (polled.config_dir / "feeds.yaml").read_text(encoding="utf-8") == before
