"""The XML feed adapter: entity declarations are refused in whatever encoding feedparser
would decode the document with, and big feeds are cut to their newest entries before parsing.
The adapter tests at the end fail if a feedparser upgrade moves what the adapter relies on."""

from __future__ import annotations

import codecs
import inspect

import feedparser
import pytest
from feedparser.datetimes import _parse_date
from feedparser.encodings import convert_to_utf8

from services.core.errors import FetchRefused
from services.poller.feed_document import keep_newest, prepare
from services.poller.feed_entries import FeedLimits, read_feed

URL = "https://x/feed"
BOMB = '<!DOCTYPE rss [<!ENTITY a "{x}">]>'
ITEM = "<item><guid>g1</guid><title>t</title><description>&a;&a;&a;</description></item>"


def document(encoding: str, declaration: str = BOMB, before: str = "") -> str:
    head = f'<?xml version="1.0" encoding="{encoding}"?>' if encoding else ""
    return (
        f"{head}{before}{declaration.format(x='A' * 1000)}<rss version='2.0'><channel>"
        f"<title>t</title>{ITEM}</channel></rss>"
    )


@pytest.mark.parametrize(
    ("declared", "codec", "headers"),
    [
        ("cp037", "cp037", {}),
        ("cp500", "cp500", {}),
        ("utf-7", "utf-7", {}),
        ("", "cp037", {"content-type": "application/rss+xml; charset=cp037"}),
        ("", "utf-7", {"content-type": "text/xml; charset=utf-7"}),
        ("utf-16", "utf-16", {}),  # with BOM
        ("utf-16", "utf-16-le", {}),
        ("utf-16", "utf-16-be", {}),
        ("utf-32", "utf-32", {}),
        ("utf-32", "utf-32-le", {}),
        ("utf-32", "utf-32-be", {}),
        ("utf-8", "utf-8-sig", {}),
        ("iso-8859-1", "latin-1", {}),
    ],
)
def test_entity_declarations_are_refused_in_every_encoding(
    declared: str, codec: str, headers: dict[str, str]
) -> None:
    body = document(declared).encode(codec)
    with pytest.raises(FetchRefused, match="declares XML entities"):
        read_feed(body, headers, URL)


@pytest.mark.parametrize(
    ("declaration", "before"),
    [
        ('<!DOCTYPE rss [<!entity a "{x}">]>', ""),
        ('<!DOCTYPE rss [<!ENTITY % p "{x}"> %p;]>', ""),
        ('<!doctype rss [<!ENTITY\n\ta "{x}">]>', ""),
        (BOMB, "<!--" + " padding " * 20_000 + "-->"),
        ("<!DOCTYPE rss [ ]>", ""),  # an internal subset, even an empty one
    ],
    ids=["lowercase", "parameter-entity", "whitespace", "after-long-comment", "empty-subset"],
)
def test_declarations_are_refused_however_written(declaration: str, before: str) -> None:
    for codec in ("utf-8", "cp037"):
        name = "utf-8" if codec == "utf-8" else codec
        with pytest.raises(FetchRefused, match="declares XML entities"):
            read_feed(document(name, declaration, before).encode(codec), {}, URL)


def test_an_ebcdic_feed_without_entities_is_read() -> None:
    body = document("cp037", declaration="").replace("&a;&a;&a;", "plain").encode("cp037")
    (entry,) = read_feed(body, {}, URL).entries
    assert entry["summary"] == "plain"


def rss(items: list[tuple[str, str]]) -> bytes:
    body = "".join(
        f"<item><guid>{guid}</guid><title>{guid}</title><pubDate>{date}</pubDate></item>"
        for guid, date in items
    )
    return (
        f"<?xml version='1.0'?><rss version='2.0'><channel><title>t</title>{body}"
        "<link>https://example.org/after-the-items</link></channel></rss>"
    ).encode()


def days(count: int, newest_first: bool) -> list[tuple[str, str]]:
    items = [(f"day{d:02d}", f"{d:02d} Jan 2024 12:00:00 GMT") for d in range(1, count + 1)]
    return items[::-1] if newest_first else items


@pytest.mark.parametrize("newest_first", [True, False], ids=["newest-first", "oldest-first"])
def test_a_long_feed_is_cut_to_its_newest_entries(newest_first: bool) -> None:
    parsed = read_feed(rss(days(20, newest_first)), {}, URL, FeedLimits(max_entries=5))
    assert sorted(e["id"] for e in parsed.entries) == ["day16", "day17", "day18", "day19", "day20"]
    assert parsed.left_out == 15


def test_cutting_keeps_what_follows_the_items() -> None:
    cut, left_out = keep_newest(rss(days(10, True)), 3)
    assert left_out == 7 and cut.endswith(b"after-the-items</link></channel></rss>")
    assert feedparser.parse(cut).feed["link"] == "https://example.org/after-the-items"


def test_atom_entries_are_cut_too() -> None:
    entries = "".join(f"<entry><id>e{i}</id><title>e{i}</title></entry>" for i in range(50))
    body = f"<feed xmlns='http://www.w3.org/2005/Atom'><title>t</title>{entries}</feed>"
    parsed = read_feed(body.encode(), {}, URL, FeedLimits(max_entries=10))
    assert [e["id"] for e in parsed.entries] == [f"e{i}" for i in range(10)]


def test_a_feed_within_the_bound_is_untouched() -> None:
    body = rss(days(5, True))
    assert keep_newest(body, 5) == (body, 0)


def test_the_charset_given_to_feedparser_is_the_decoded_one() -> None:
    result = prepare(document("cp037", declaration="").encode("cp037"), {}, URL)
    assert result.headers["content-type"] == "application/xml; charset=utf-8"
    assert result.body.decode("utf-8").startswith("<?xml version='1.0' encoding='utf-8'?>")


# --- adapter: what the module relies on in feedparser ---


def test_feedparser_convert_to_utf8_still_decodes_and_reports_the_encoding() -> None:
    assert list(inspect.signature(convert_to_utf8).parameters) == ["http_headers", "data", "result"]
    result: dict[str, object] = {}
    data = convert_to_utf8(
        {}, '<?xml version="1.0" encoding="cp037"?><a>é</a>'.encode("cp037"), result
    )
    assert result["encoding"] == "cp037"
    assert data.decode("utf-8").endswith("<a>é</a>")


def test_feedparser_still_parses_dates_to_struct_time() -> None:
    parsed = _parse_date("Wed, 01 May 2024 12:30:00 +0200")
    assert parsed is not None and parsed.tm_hour == 10
    assert codecs.lookup("cp037")  # the EBCDIC codec the tests use exists


HEAD = "<?xml version='1.0'?><rss version='2.0'><channel><title>t</title>"


@pytest.mark.parametrize(
    ("body", "reason"),
    [
        (
            HEAD + "<item><title>x</title>" + "<category>c</category>" * 200_001 + "</item>",
            "more than 200,000 elements and attributes",
        ),
        (HEAD + "<foo>c</foo>" * 200_001 + "<item><title>x</title></item>", "more than 200,000"),
        (
            HEAD
            + "<item><title>x</title><description"
            + "".join(f" a{i}='1'" for i in range(65))
            + ">x</description></item>",
            "an element with more than 64 attributes",
        ),
    ],
    ids=["categories", "channel-elements", "attributes"],
)
def test_markup_that_would_take_minutes_to_parse_is_refused(body: str, reason: str) -> None:
    with pytest.raises(FetchRefused, match=reason):
        read_feed((body + "</channel></rss>").encode(), {}, URL)


def test_html_in_cdata_and_entries_past_the_cut_do_not_count_as_markup() -> None:
    html = "<![CDATA[" + "<p><a href='x'>link</a></p>" * 400 + "]]>"
    item = f"<item><guid>g{{}}</guid><description>{html}</description></item>"
    body = HEAD + "".join(item.format(i) for i in range(2000)) + "</channel></rss>"
    parsed = read_feed(body.encode(), {}, URL, FeedLimits(max_entries=500))
    assert (len(parsed.entries), parsed.left_out) == (500, 1500)
