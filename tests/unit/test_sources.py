"""Where a drop is from: the source detection table, hostile values included."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from services.core.sources import MAX_SOURCE_CHARS, host_source, site_source
from services.offline import FileReading, article_from_file
from services.poller.drop_files import folder_source

BODY = "<p>" + "Lavrov spoke about terrorism in Cairo on Monday with his counterpart. " * 6 + "</p>"


def page(head: str) -> str:
    return (
        f"<html><head><title>Lavrov in Cairo</title>{head}</head>"
        f"<body><article>{BODY}</article></body></html>"
    )


def ld(data: object) -> str:
    return f'<script type="application/ld+json">{json.dumps(data)}</script>'


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://tass.com/politics/1", "tass.com"),
        ("https://www.Reuters.COM/world/x", "reuters.com"),
        ("http://news.example.org:8080/a", "news.example.org"),
        ("https://пример.рф/статья", "xn--e1afmkfd.xn--p1ai"),
        ("ftp://tass.com/x", None),
        ("javascript:alert(1)", None),
        ("https://localhost/a", None),
        ("https://bad_host.com/a", None),
        ("https://[::1/a", None),
        ("https://" + "a" * 300 + ".com/", None),
        ("not a url", None),
        (None, None),
    ],
)
def test_host_source(url, expected):
    assert host_source(url) == expected


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("TASS", "TASS"),
        ("  Le\u00a0Monde \n diplomatique ", "Le Monde diplomatique"),
        ("Ｒｅｕｔｅｒｓ", "Reuters"),
        ("BBC\u202e\u200bNews\x1b[2J", "BBC News [2J"),
        ("https://www.facebook.com/tass", None),
        ("www.example.com", None),
        ("   ", None),
        ("—·—", None),
        ("x" * 1000, "x" * MAX_SOURCE_CHARS),
        (42, None),
    ],
)
def test_site_source(name, expected):
    assert site_source(name) == expected


@pytest.mark.parametrize(
    ("relative", "expected"),
    [
        ("note.html", None),
        ("reuters/note.html", "reuters"),
        ("Le Monde/note.html", "Le Monde"),
        ("bad\x1bname/note.html", "bad\\x1bname"),
        ("a/b/note.html", None),
    ],
)
def test_folder_source(tmp_path, relative, expected):
    inbox = tmp_path / "inbox"
    assert folder_source(inbox / relative, inbox) == expected


@pytest.mark.parametrize(
    ("name", "content", "expected"),
    [
        (
            "canonical.html",
            page('<link rel="canonical" href="https://www.tass.com/a/1">'),
            "tass.com",
        ),
        ("og.html", page('<meta property="og:site_name" content="Reuters">'), "Reuters"),
        (
            "both.html",
            page(
                '<meta property="og:site_name" content="TASS">'
                '<link rel="canonical" href="https://tass.com/a">'
            ),
            "tass.com",
        ),
        (
            "jsonld.html",
            page(
                ld(
                    {
                        "@context": "https://schema.org",
                        "@type": "NewsArticle",
                        "publisher": {"@type": "Organization", "name": "SANA"},
                    }
                )
            ),
            "SANA",
        ),
        ("meta.html", page('<meta name="publisher" content="Al-Ahram">'), "Al-Ahram"),
        (
            "facebook.html",
            page('<meta property="article:publisher" content="https://facebook.com/tass">'),
            "drop",
        ),
        (
            "hostile.html",
            page('<meta property="og:site_name" content="\u202eEvil\x07 ' + "S" * 500 + '">'),
            "Evil S" + "s" * (MAX_SOURCE_CHARS - 6),  # title-cased by trafilatura
        ),
        ("plain.html", page(""), "drop"),
        ("note.txt", "Lavrov in Cairo - Some Site\n\n" + BODY[3:-4], "drop"),
        ("given.json", json.dumps({"text": BODY, "source": " wire\nservice "}), "wire service"),
        ("url.json", json.dumps({"text": BODY, "url": "https://www.sana.sy/en/?p=1"}), "sana.sy"),
        ("nothing.json", json.dumps({"text": BODY}), "drop"),
    ],
)
def test_a_drop_gets_the_source_its_page_names(tmp_path, name, content, expected):
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    assert article_from_file(path).source == expected


@pytest.mark.parametrize(
    ("name", "content", "expected"),
    [
        ("a.txt", "Lavrov in Cairo\n\n" + BODY[3:-4], "wires"),
        ("b.html", page('<link rel="canonical" href="https://tass.com/a">'), "wires"),
        ("c.json", json.dumps({"text": BODY, "source": "own"}), "own"),
    ],
)
def test_the_inbox_subfolder_names_the_source_unless_a_json_drop_does(
    tmp_path: Path, name: str, content: str, expected: str
):
    inbox = tmp_path / "inbox"
    (inbox / "wires").mkdir(parents=True)
    path = inbox / "wires" / name
    path.write_text(content, encoding="utf-8")
    assert article_from_file(path, FileReading(inbox=inbox)).source == expected
