"""OPML subscriptions are read safely and merged into feeds.yaml without losing anything."""

from __future__ import annotations

from pathlib import Path

import pytest

from services.core.errors import InputRejected
from services.core.yaml_files import load_model
from services.poller.feeds_config import FeedsFile
from services.poller.feeds_import import import_feeds
from services.poller.opml import OpmlFeed, feed_name, parse_opml, slug, url_key

OPML = b"""<?xml version="1.0" encoding="UTF-8"?>
<opml version="2.0">
  <head><title>My subscriptions</title></head>
  <body>
    <outline text="World News" title="World News">
      <outline type="rss" text="BBC World" xmlUrl="https://feeds.bbci.co.uk/news/world/rss.xml"/>
      <outline type="rss" text="Le Monde \xe2\x80\x94 International"
               xmlUrl="https://www.lemonde.fr/international/rss_full.xml"/>
    </outline>
    <outline type="rss" text="Tech" xmlurl="https://tech.example.org/atom.xml"/>
  </body>
</opml>
"""


def test_every_outline_with_a_feed_url_is_read_in_order() -> None:
    assert parse_opml(OPML) == [
        OpmlFeed("BBC World", "https://feeds.bbci.co.uk/news/world/rss.xml", "World News"),
        OpmlFeed(
            "Le Monde \u2014 International",
            "https://www.lemonde.fr/international/rss_full.xml",
            "World News",
        ),
        OpmlFeed("Tech", "https://tech.example.org/atom.xml", None),
    ]


BILLION_LAUGHS = b"""<?xml version="1.0"?>
<!DOCTYPE opml [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>
<opml version="2.0"><body><outline text="&b;" xmlUrl="https://x/feed"/></body></opml>"""


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (BILLION_LAUGHS, "declares XML entities"),
        (BILLION_LAUGHS.decode().encode("utf-16"), "declares XML entities"),
        (b'<!DOCTYPE o [<!ENTITY x SYSTEM "file:///etc/passwd">]><opml/>', "declares XML"),
        (b"<opml><body><outline text='x'", "not valid XML"),
        (b"<rss version='2.0'><channel/></rss>", "not an OPML document"),
        (b"", "not valid XML"),
        (b" " * (10 * 1024 * 1024 + 1), "larger than"),
    ],
    ids=["entities", "entities-utf16", "external-entity", "broken", "rss", "empty", "huge"],
)
def test_unsafe_or_unusable_opml_is_refused(data: bytes, reason: str) -> None:
    with pytest.raises(InputRejected, match=reason):
        parse_opml(data, "subs.opml")


@pytest.mark.parametrize(
    ("title", "name"),
    [
        ("BBC World", "bbc-world"),
        ("Le Monde \u2014 International", "le-monde-international"),
        ("  Süddeutsche Zeitung: Politik!  ", "suddeutsche-zeitung-politik"),
        ("../../etc/passwd", "etc-passwd"),
        ("Новости", ""),
        ("x" * 200, "x" * 60),
    ],
)
def test_slug_is_a_safe_feed_name(title: str, name: str) -> None:
    assert slug(title) == name


@pytest.mark.parametrize(
    ("feed", "taken", "name"),
    [
        (OpmlFeed("BBC World", "https://b/x"), set(), "bbc-world"),
        (OpmlFeed("BBC World", "https://b/x"), {"bbc-world"}, "bbc-world-2"),
        (OpmlFeed("BBC", "https://b/x"), {"bbc", "bbc-2"}, "bbc-3"),
        (OpmlFeed("Новости", "https://news.example.ru/rss"), set(), "news-example-ru"),
        (OpmlFeed("", "https:///feed"), set(), "feed"),
        (OpmlFeed("", "https://[::1]/feed"), set(), "1"),
    ],
)
def test_generated_names_are_unique(feed: OpmlFeed, taken: set[str], name: str) -> None:
    assert feed_name(feed, taken) == name


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("https://Example.ORG/feed", "https://example.org/feed", True),
        (" https://example.org/feed ", "https://example.org/feed", True),
        ("HTTPS://example.org", "https://example.org/", True),
        ("https://example.org/Feed", "https://example.org/feed", False),
        ("https://example.org/feed?a=1", "https://example.org/feed?a=2", False),
        ("http://example.org/feed", "https://example.org/feed", False),
    ],
)
def test_duplicate_urls_are_recognised(a: str, b: str, same: bool) -> None:
    assert (url_key(a) == url_key(b)) is same


EXISTING = """# Our feeds. Keep this comment.
version: 1
feeds:
  # the wire
  - name: bbc-world
    url: https://feeds.bbci.co.uk/news/world/rss.xml
    interval: 15m   # a trailing comment
    language: en
"""


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "feeds.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def test_import_appends_new_feeds_and_keeps_the_file_as_it_was(tmp_path: Path) -> None:
    path = write(tmp_path, EXISTING)
    report = import_feeds(path, parse_opml(OPML))
    text = path.read_text(encoding="utf-8")
    assert text.startswith(EXISTING)
    assert [f.name for f in report.added] == ["le-monde-international", "tech"]
    assert report.skipped == [
        ("https://feeds.bbci.co.uk/news/world/rss.xml", "already in feeds.yaml")
    ]
    feeds = load_model(path, FeedsFile).feeds
    assert [f.name for f in feeds] == ["bbc-world", "le-monde-international", "tech"]
    assert feeds[0].interval == 900 and feeds[0].language == "en"
    assert feeds[1].tags == ["world-news"] and feeds[2].tags == []


def test_importing_the_same_file_again_adds_nothing(tmp_path: Path) -> None:
    path = write(tmp_path, EXISTING)
    import_feeds(path, parse_opml(OPML))
    before = path.read_text(encoding="utf-8")
    report = import_feeds(path, parse_opml(OPML))
    assert (report.added, len(report.skipped)) == ([], 3)
    assert path.read_text(encoding="utf-8") == before


@pytest.mark.parametrize(
    "text",
    [
        "# header\nversion: 1\nfeeds: []\n",
        "version: 1\nfeeds:\n  - {name: a, url: 'https://a.example/f'}\n",
        "feeds:\n- name: a\n  url: https://a.example/f\nversion: 1\n",
    ],
    ids=["empty-flow-list", "flow-items", "list-not-last"],
)
def test_import_into_other_layouts_still_gives_old_plus_new(tmp_path: Path, text: str) -> None:
    path = write(tmp_path, text)
    old = [f.name for f in load_model(path, FeedsFile).feeds]
    import_feeds(path, parse_opml(OPML))
    assert [f.name for f in load_model(path, FeedsFile).feeds] == [
        *old,
        "bbc-world",
        "le-monde-international",
        "tech",
    ]
    assert path.read_text(encoding="utf-8").startswith("#") == text.startswith("#")


def test_import_creates_a_missing_feeds_file(tmp_path: Path) -> None:
    path = tmp_path / "config" / "feeds.yaml"
    import_feeds(path, parse_opml(OPML))
    assert len(load_model(path, FeedsFile).feeds) == 3


def test_duplicate_urls_inside_the_opml_are_imported_once(tmp_path: Path) -> None:
    path = write(tmp_path, "version: 1\nfeeds: []\n")
    twice = [OpmlFeed("A", "https://a.example/f"), OpmlFeed("A again", "https://A.example/f")]
    report = import_feeds(path, twice)
    assert [f.name for f in report.added] == ["a"]
    assert report.skipped == [("https://A.example/f", "already in feeds.yaml")]


def test_unusable_urls_are_skipped_with_a_reason(tmp_path: Path) -> None:
    path = write(tmp_path, "version: 1\nfeeds: []\n")
    report = import_feeds(path, [OpmlFeed("f", "ftp://a/f"), OpmlFeed("j", "javascript:x")])
    assert report.added == []
    assert [why for _, why in report.skipped] == ["not an http(s) feed URL"] * 2
    assert path.read_text(encoding="utf-8") == "version: 1\nfeeds: []\n"


def test_dry_run_changes_nothing(tmp_path: Path) -> None:
    path = write(tmp_path, EXISTING)
    report = import_feeds(path, parse_opml(OPML), dry_run=True)
    assert len(report.added) == 2
    assert path.read_text(encoding="utf-8") == EXISTING


def test_leaves_no_temporary_files(tmp_path: Path) -> None:
    path = write(tmp_path, EXISTING)
    import_feeds(path, parse_opml(OPML))
    assert sorted(p.name for p in tmp_path.iterdir()) == ["feeds.yaml"]
