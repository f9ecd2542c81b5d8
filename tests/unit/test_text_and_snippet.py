"""Article messages become title + body text, and alerts quote the sentence that matched."""

from __future__ import annotations

import base64
from typing import Any

import pytest

from services.core.errors import InputRejected
from services.core.models import ArticleMessage
from workers.snippet import MAX_SNIPPET_CHARS, hit_sentence
from workers.text import ArticleText, article_text, decode_content, html_to_text, plain_text


def message(content: str, **overrides: Any) -> ArticleMessage:
    fields: dict[str, Any] = {
        "id": "a1",
        "origin": "drop",
        "source": "drop",
        "origin_ref": "note.txt",
        "content_type": "text",
        "encoding": "utf-8",
        "content": content,
        **overrides,
    }
    return ArticleMessage(**fields)


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


# html_to_text


@pytest.mark.parametrize(
    "markup",
    [
        "<p>Visible</p><script>var hidden = 1;</script>",
        "<p>Visible</p><style>p { color: red }</style>",
        "<p>Visible</p><noscript>hidden</noscript>",
        "<p>Visible</p><template><p>hidden</p></template>",
        "<p>Visible</p><svg><text>hidden</text></svg>",
        "<p>Visible</p><script><script>hidden</script>",
    ],
)
def test_html_drops_non_visible_elements(markup: str) -> None:
    assert html_to_text(markup).body == "Visible"


def test_html_block_elements_become_lines() -> None:
    markup = "<h1>Head</h1><p>One <b>bold</b> line</p><div>Two</div><ul><li>Three</li></ul>"
    assert html_to_text(markup).body == "Head\nOne bold line\nTwo\nThree"


def test_html_br_breaks_a_line() -> None:
    assert html_to_text("<p>first<br>second<br/>third</p>").body == "first\nsecond\nthird"


def test_html_inline_elements_do_not_break_lines() -> None:
    assert html_to_text("<p>a <span>b</span> <a href='#'>c</a></p>").body == "a b c"


def test_html_whitespace_is_collapsed_and_blank_lines_dropped() -> None:
    markup = "<p>  many \t  spaces&nbsp;here </p>\n\n<p></p>\n<p>next</p>"
    assert html_to_text(markup).body == "many spaces here\nnext"


def test_html_title_is_taken_from_title_element() -> None:
    markup = "<html><head><title> Tom &amp; Jerry </title></head><body><p>Body</p></body></html>"
    assert html_to_text(markup) == ArticleText("Tom & Jerry", "Body")


def test_html_head_content_is_not_body_text() -> None:
    markup = "<head><meta charset=utf-8><title>T</title>stray</head><p>Body</p>"
    assert html_to_text(markup).body == "Body"


def test_html_entities_are_decoded() -> None:
    assert html_to_text("<p>caf&eacute; &lt;b&gt; &#8364;5</p>").body == "café <b> €5"


# plain_text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Headline\nBody one\nBody two", ArticleText("Headline", "Body one\nBody two")),
        ("\n\n  Headline  \n\nBody", ArticleText("Headline", "Body")),
        ("Only a line", ArticleText("Only a line", "")),
        ("  \n\t\n", ArticleText("", "")),
        ("Head\r\nBody   with\t spaces", ArticleText("Head", "Body with spaces")),
    ],
)
def test_plain_text_first_non_empty_line_is_title(text: str, expected: ArticleText) -> None:
    assert plain_text(text) == expected


# decode_content / article_text


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_base64_utf16_with_bom_decodes(codec: str) -> None:
    bom = b"\xff\xfe" if codec == "utf-16-le" else b"\xfe\xff"
    raw = bom + "Заголовок\nТекст".encode(codec)
    assert decode_content(message(b64(raw), encoding="base64")) == "Заголовок\nТекст"


def test_base64_without_bom_decodes_as_cp1252() -> None:
    raw = "café – “quoted”".encode("cp1252")
    assert decode_content(message(b64(raw), encoding="base64")) == "café – “quoted”"


def test_corrupt_base64_is_rejected() -> None:
    with pytest.raises(InputRejected, match=r"note\.txt: corrupt base64"):
        decode_content(message("not base64!!", encoding="base64"))


def test_text_article_uses_first_line_as_title() -> None:
    assert article_text(message("Headline\nBody")) == ArticleText("Headline", "Body")


def test_html_article_uses_title_element() -> None:
    markup = "<title>Page</title><p>Body</p>"
    assert article_text(message(markup, content_type="html")) == ArticleText("Page", "Body")


def test_message_title_wins_over_extracted_title() -> None:
    text = article_text(message("<title>Page</title><p>Body</p>", content_type="html", title="T"))
    assert text == ArticleText("T", "Body")


@pytest.mark.parametrize(
    ("content", "overrides"),
    [
        ("   \n\n", {}),
        ("<script>x()</script><style>p{}</style>", {"content_type": "html"}),
        ("<p> </p>", {"content_type": "html", "title": "  "}),
        (b64(b"  \r\n "), {"encoding": "base64"}),
    ],
)
def test_article_without_text_is_rejected(content: str, overrides: dict[str, Any]) -> None:
    with pytest.raises(InputRejected, match="no text left"):
        article_text(message(content, **overrides))


def test_article_with_only_a_message_title_is_kept() -> None:
    text = article_text(message("<p></p>", content_type="html", title="Headline"))
    assert text == ArticleText("Headline", "")


# hit_sentence


def test_snippet_is_the_sentence_with_the_most_matched_words() -> None:
    body = "Lavrov arrived. Lavrov spoke on terrorism today! Weather was fine."
    assert hit_sentence(["lavrov", "terrorism"], "T", body) == "Lavrov spoke on terrorism today!"


def test_snippet_prefers_the_first_of_equally_good_sentences() -> None:
    body = "Lavrov arrived. Later Lavrov left."
    assert hit_sentence(["lavrov"], "T", body) == "Lavrov arrived."


def test_snippet_matches_whole_words_case_insensitively() -> None:
    body = "Lavrova spoke. The LAVROV visit ended."
    assert hit_sentence(["lavrov"], "T", body) == "The LAVROV visit ended."


def test_snippet_splits_on_line_breaks() -> None:
    body = "Headline line\nLavrov said something without a full stop\nOther"
    assert hit_sentence(["lavrov"], "T", body) == "Lavrov said something without a full stop"


@pytest.mark.parametrize(
    ("terms", "body"),
    [(["lavrov"], "Nothing relevant here. Or here."), (["lavrov"], ""), ([], "Lavrov here.")],
)
def test_snippet_falls_back_to_the_title(terms: list[str], body: str) -> None:
    assert hit_sentence(terms, "Title line", body) == "Title line"


def test_long_sentence_is_cut_at_a_word_with_ellipsis() -> None:
    sentence = "Lavrov " + " ".join(f"word{i}" for i in range(100)) + "."
    snippet = hit_sentence(["lavrov"], "T", sentence)
    assert len(snippet) <= MAX_SNIPPET_CHARS
    assert snippet.endswith("…")
    assert sentence.startswith(snippet[:-1])
    assert snippet[:-1].split(" ")[-1] in sentence.split(" ")


def test_sentence_at_the_limit_is_not_cut() -> None:
    sentence = "Lavrov " + "x" * (MAX_SNIPPET_CHARS - len("Lavrov "))
    assert hit_sentence(["lavrov"], "T", sentence) == sentence


def test_long_title_fallback_is_cut_too() -> None:
    title = " ".join(["headline"] * 60)
    snippet = hit_sentence(["absent"], title, "no match")
    assert len(snippet) <= MAX_SNIPPET_CHARS
    assert snippet.endswith("…")
