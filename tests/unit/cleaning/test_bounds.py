"""Bounds before cleaning: each family of oversized input is cut where its limit is reached,
in one linear pass, with the reason; input within the limits passes unchanged."""

from __future__ import annotations

import pytest

from services.core.errors import InputRejected
from workers.cleaning.bounds import (
    CleaningLimits,
    bound_chars,
    bound_html,
    bound_lines,
    bound_title,
)
from workers.extract import clean

LIMITS = CleaningLimits(
    max_chars=10_000,
    max_elements=50,
    max_attributes=5,
    max_total_attributes=40,
    max_depth=10,
    max_lines=20,
    max_title_chars=30,
)
NORMAL_PAGE = (
    '<html><head><title>T</title><meta charset="utf-8"></head><body>'
    '<div class="a" id="b"><p>One<br>two</p><ul><li>x<li>y</ul><img src="i.png"/></div>'
    "</body></html>"
)


@pytest.mark.parametrize(
    "page",
    [
        NORMAL_PAGE,
        "no tags at all",
        "<p>a < b and c > d</p>",
        "<div title=\"a>b\" data-x='<'>text</div>",
        "<!-- <div> --><p>comment</p>",
        "",
    ],
)
def test_a_page_within_the_limits_is_unchanged(page: str) -> None:
    assert bound_html(page, LIMITS).text == page
    assert bound_html(page, LIMITS).cuts == ()


def attributes(n: int) -> str:
    return " ".join(f"a{i}=x" for i in range(n))


@pytest.mark.parametrize(
    ("page", "kept", "gone", "reason"),
    [
        pytest.param(
            f"<p>before</p><div {attributes(1000)}>inside</div>",
            "<div>inside</div>",
            "a999",
            "attributes dropped from 1 element(s) with more than 5",
            id="attribute-bomb",
        ),
        pytest.param(
            f'<p>before</p><div x="<" {attributes(1000)}>inside</div>',
            "<div>inside</div>",
            "a999",
            "attributes dropped",
            id="attribute-bomb-behind-a-quoted-lt",
        ),
        pytest.param(
            "<p>before</p>" + "<div>" * 100 + "deep" + "</div>" * 100,
            "<p>before</p>" + "<div>" * 10,
            "deep",
            "cut at nesting depth 10",
            id="deep-nesting",
        ),
        pytest.param(
            "<p>before</p>" + "<b>x</b>" * 1000,
            "<p>before</p>",
            "<b>x</b>" * 50,
            "cut at 50 elements",
            id="many-tiny-elements",
        ),
        pytest.param(
            "<p>before</p>" + f"<i {attributes(5)}>x</i>" * 20,
            "<p>before</p>",
            f"<i {attributes(5)}>x</i>" * 9,
            "cut at 40 attributes",
            id="many-attributes-in-total",
        ),
        pytest.param(
            "<p>before</p>" + "x" * 20_000,
            "<p>before</p>",
            "x" * 10_000,
            "cut at 10000 characters",
            id="too-many-characters",
        ),
    ],
)
def test_an_oversized_page_is_cut_with_its_reason(
    page: str, kept: str, gone: str, reason: str
) -> None:
    bounded = bound_html(page, LIMITS)
    assert kept in bounded.text
    assert gone not in bounded.text
    assert any(reason in cut for cut in bounded.cuts)


# The article after a tag with a stray quote, in markup that holds more than five attributes
# and, further on, another quote (where a scanner that opens a value at any quote would end
# the stray quote's "tag", and take the article into it).
ARTICLE = (
    '<div class="post" id="p1"><h1 class="title">Council closes library</h1>'
    '<p class="lead" lang="en">The council voted to close the old library.</p>'
    '<a href="/more" title="More" rel="next">More</a></div>'
)


@pytest.mark.parametrize(
    "stray",
    [
        '<p style="color: red;"">',  # a doubled closing quote
        '<link rel="icon" href=”http://example.org/favicon.ico" />',  # a curly opening quote
        "<a title='it's'>",  # an apostrophe in a single-quoted value
        '<p class=note"x">',  # a quote inside an unquoted value
    ],
    ids=["doubled-quote", "curly-quote", "apostrophe", "quote-in-unquoted-value"],
)
def test_a_stray_quote_in_a_tag_does_not_take_the_article_into_the_tag(stray: str) -> None:
    page = f"<html><body>{stray}menu{ARTICLE}</body></html>"
    bounded = bound_html(page, LIMITS)
    assert "The council voted to close the old library." in bounded.text
    assert bounded.cuts == ()


@pytest.mark.parametrize(
    "page",
    [
        "<a" * 5000,
        '<a "' + "<a x" * 5000,
        "<" * 10_000,
        "<div '" + "x" * 9000,
        "</" * 5000,
    ],
    ids=["unclosed-tags", "unclosed-quote", "bare-lt", "open-quote", "end-tags"],
)
def test_broken_markup_is_scanned_without_error(page: str) -> None:
    assert len(bound_html(page, LIMITS).text) <= len(page)


@pytest.mark.parametrize(
    ("text", "expected", "reason"),
    [
        ("line\n" * 100, "line\n" * 19 + "line", "cut at 20 lines"),
        ("w" * 20_000, "w" * 10_000, "cut at 10000 characters"),
        ("short\ntext", "short\ntext", None),
    ],
    ids=["many-lines", "giant-line", "within"],
)
def test_text_drops_are_cut_at_lines_and_characters(
    text: str, expected: str, reason: str | None
) -> None:
    bounded = bound_lines(text, LIMITS)
    assert bounded.text == expected
    assert bounded.cuts == ((reason,) if reason else ())


def test_plain_text_is_cut_at_characters() -> None:
    assert bound_chars("x" * 10_001, LIMITS).text == "x" * 10_000


def test_a_giant_title_is_cut() -> None:
    assert bound_title("word " * 10_000, LIMITS) == ("word " * 6)[:30]


def test_a_page_whose_text_was_all_cut_away_is_refused_with_the_cut_as_reason() -> None:
    page = "<html><body>" + "<div>" * 100 + "the only text" + "</div>" * 100 + "</body></html>"
    with pytest.raises(InputRejected, match=r"no article text found .*cut at nesting depth 10"):
        clean("html", page, None, None, LIMITS, "deep.html")


def test_a_cut_is_logged_once_with_the_escaped_name(caplog: pytest.LogCaptureFixture) -> None:
    clean("text", "Lavrov said.\n" * 100, None, None, LIMITS, "evil\nname.txt")
    [line] = [r.getMessage() for r in caplog.records if "cut at" in r.getMessage()]
    assert "evil\\x0aname.txt" in line and "\n" not in line


@pytest.mark.parametrize(
    "script",
    [
        "<script>for (i=0; i<t.length; i++) { a(" + ", ".join(f"x{i}" for i in range(70)) + ") }"
        "</script>",
        "<script>var s='<div " + " ".join(f"a{i}=1" for i in range(100)) + ">';</script>",
        "<style>a<b " + " ".join(f"x{i}" for i in range(70)) + " { color: red }</style>",
        "<SCRIPT type='text/javascript'>if (a<b " + " && ".join("c" * 70) + ") {}</SCRIPT >",
    ],
    ids=["less-than-in-loop", "markup-in-a-string", "style", "upper-case"],
)
def test_script_and_style_text_is_left_alone(script: str) -> None:
    page = f"<html><body><p>Story.</p>{script}<p>More.</p></body></html>"
    bounded = bound_html(page, CleaningLimits())
    assert bounded.text == page
    assert bounded.cuts == ()


def test_elements_inside_script_text_are_not_counted() -> None:
    page = "<body><script>" + "<b>" * 100 + "</script><p>Story.</p></body>"
    assert bound_html(page, LIMITS).text == page
