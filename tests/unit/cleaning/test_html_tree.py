"""The plain-tree helpers do what ``lxml.html``'s parser and element methods do."""

from __future__ import annotations

import lxml.html
import pytest
from lxml import etree

from workers.cleaning.html_tree import drop_tree, elements, parse_tree, strings, text_content

PAGES = {
    "document": "<!doctype html><html><head><title>T</title></head><body><p>a <b>b</b> c</p>"
    "<!-- note --><div>d<script>x()</script>tail</div></body></html>",
    "fragment": "<p>one</p><p>two <i>three</i></p>",
    "broken markup": "<div><p>open <span>never closed<table><td>cell</div>",
    "control characters": "<p>bell\x07 and\x00 null</p>",
}


@pytest.mark.parametrize("html", PAGES.values(), ids=PAGES.keys())
def test_parses_the_tree_lxml_html_parses(html: str) -> None:
    root = parse_tree(html)
    assert root is not None
    expected = lxml.html.document_fromstring(html.replace("\x07", "").replace("\x00", ""))
    assert etree.tostring(root) == etree.tostring(expected)


@pytest.mark.parametrize("html", PAGES.values(), ids=PAGES.keys())
def test_text_content_is_lxml_htmls(html: str) -> None:
    root = parse_tree(html)
    assert root is not None
    expected = lxml.html.document_fromstring(html.replace("\x07", "").replace("\x00", ""))
    assert text_content(root) == expected.text_content()


@pytest.mark.parametrize("tag", ["script", "b", "i", "span", "p"])
@pytest.mark.parametrize("html", PAGES.values(), ids=PAGES.keys())
def test_drop_tree_is_lxml_htmls(html: str, tag: str) -> None:
    root = parse_tree(html)
    assert root is not None
    expected = lxml.html.document_fromstring(html.replace("\x07", "").replace("\x00", ""))
    for ours, theirs in zip(list(root.iter(tag)), list(expected.iter(tag)), strict=True):
        drop_tree(ours)
        theirs.drop_tree()
    assert etree.tostring(root) == etree.tostring(expected)


def test_unreadable_page_is_none() -> None:
    assert parse_tree("") is None


def test_xpath_results_are_typed() -> None:
    root = parse_tree("<html><head><meta name='a' content='x'></head><body><p>y</p></body></html>")
    assert root is not None
    assert strings(root, "//meta/@content") == ["x"]
    assert [e.tag for e in elements(root, "//p")] == ["p"]
    assert strings(root, "count(//p)") == []
