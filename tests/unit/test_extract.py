"""From messages and files to the clean article rules match (issue 4 acceptance cases)."""

from __future__ import annotations

import base64
import json
from pathlib import Path
from typing import Any

import pytest

from services.core.errors import InputRejected
from services.core.models import ArticleMessage
from services.offline import document_from_file
from tests.conftest import SEEDS
from workers.extract import extract_article, message_text
from workers.query import Document
from workers.rules.loader import parse_rules

TASS = SEEDS / "tass-lavrov-terrorists-migration.txt"
SANA = SEEDS / "sana-lavrov-cairo.txt"
LAVROV_RULES = b"version: 1\nrules:\n  - name: lavrov\n    query: Lavrov AND terror*\n"

FOOTBALL = """Home | Sport | Football | Politics
City beat United in the derby
Manchester, 12 March. City won the derby 3-1 on Sunday after two late goals.
The home side dominated possession and created most of the chances in the first half.
United equalised before the break, but City's substitutes changed the game late on.
The manager praised the crowd and said the title race was far from over.
Latest news
Lavrov: terrorism threat in Syria remains high...
Lavrov discusses anti-terror coalition with Iraqi counterpart...
Share
© 2024 Sports Daily. All rights reserved.
"""


def message(content: str | bytes, content_type: str = "text", **fields: Any) -> ArticleMessage:
    if isinstance(content, bytes):
        encoding, text = ArticleMessage.carry_bytes(content)
    else:
        encoding, text = "utf-8", content
    return ArticleMessage(
        id="d1",
        origin="drop",
        source="drop",
        origin_ref="x.txt",
        content_type=content_type,  # type: ignore[arg-type]
        encoding=encoding,
        content=text,
        **fields,
    )


def matches(doc: Document) -> list[str]:
    return [m.rule for m in parse_rules(LAVROV_RULES, "rules.yaml").match(doc)]


def test_tass_headline_is_the_line_after_the_menus():
    doc = document_from_file(TASS)
    assert (
        doc.title
        == "Lavrov calls for stopping terrorists’ migration elsewhere after defeat in Syria, Iraq"
    )


@pytest.mark.parametrize(
    "clutter",
    [
        "You might also like",
        "Most read",
        "Реклама",
        "{{item.group_date}}",
        "Read also",
        "Operation in Syria nearing completion — Russian defense minister",
    ],
)
def test_tass_body_has_no_page_clutter(clutter):
    assert clutter not in document_from_file(TASS).body


@pytest.mark.parametrize(
    "sentence",
    [
        "The international community should prevent terrorists from moving to other countries",
        "We support the efforts of the Iraqi government not only against terrorism",
    ],
)
def test_tass_body_keeps_the_article(sentence):
    assert sentence in document_from_file(TASS).body


def test_sana_headline_and_teasers():
    doc = document_from_file(SANA)
    assert (
        doc.title
        == "Attempts to Isolate Anyone Inadmissible during Anti-Terrorism Struggle: Lavrov"
    )
    assert "Latest news" not in doc.body
    assert "Reports about United Nations evacuating" not in doc.body


@pytest.mark.parametrize("seed", [TASS, SANA], ids=lambda p: p.stem)
def test_seed_matches_the_lavrov_rule(seed):
    assert matches(document_from_file(seed)) == ["lavrov"]


def test_football_report_with_lavrov_sidebar_matches_no_lavrov_rule(tmp_path):
    path = tmp_path / "football.txt"
    path.write_text(FOOTBALL, encoding="utf-8")
    doc = document_from_file(path)
    assert "derby" in doc.body
    assert matches(doc) == []


def test_cp1251_russian_drop_matches_a_cyrillic_rule():
    text = (
        "Лавров о терроризме\n\nСергей Лавров заявил, что борьба с терроризмом продолжается. " * 3
    )
    msg = message(text.encode("cp1251"))
    assert msg.encoding == "base64"
    doc = extract_article(msg).document("drop")
    rules = parse_rules(
        "version: 1\nrules:\n  - name: ru\n    query: Лавров AND терроризм*\n".encode(), "r.yaml"
    )
    assert [m.rule for m in rules.match(doc)] == ["ru"]


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("Hello world".encode("utf-16"), "Hello world"),
        ("Привет, мир. Это текст.".encode("cp1251"), "Привет, мир. Это текст."),
        ("\ufeffheadline".encode(), "headline"),
    ],
    ids=["utf16-bom", "cp1251", "utf8-bom"],
)
def test_message_text_decodes_bytes(raw, expected):
    assert message_text(message(raw)) == expected


def test_corrupt_base64_is_rejected():
    msg = message("x").model_copy(update={"encoding": "base64", "content": "%%%"})
    with pytest.raises(InputRejected):
        message_text(msg)


def test_message_title_and_metadata_win_over_the_cleaner():
    msg = message(
        "<p>Body text about the talks in Cairo.</p>",
        "fragment",
        title="Feed title",
        language="de",
        url="https://example.org/a",
    )
    article = extract_article(msg)
    assert (article.title, article.language, article.url) == (
        "Feed title",
        "de",
        "https://example.org/a",
    )
    assert article.body == "Body text about the talks in Cairo."


def test_json_drop_text_is_kept_as_written(tmp_path):
    path = tmp_path / "a.json"
    path.write_text(
        json.dumps({"title": "T", "text": "First para.\n\nSecond para.", "language": "en"}),
        encoding="utf-8",
    )
    doc = document_from_file(path)
    assert (doc.title, doc.body, doc.language) == ("T", "First para.\n\nSecond para.", "en")


def test_html_page_is_cleaned(tmp_path):
    path = tmp_path / "page.html"
    paragraphs = "".join(
        f"<p>Paragraph {i}: the minister said cooperation against terrorism will continue.</p>"
        for i in range(6)
    )
    path.write_text(
        f"<html><head><title>Talks in Cairo</title></head><body><nav><a href='/'>Home</a>"
        f"<a href='/sport'>Sport</a></nav><article><h1>Talks in Cairo</h1>{paragraphs}</article>"
        f"<footer>© Example News</footer></body></html>",
        encoding="utf-8",
    )
    doc = document_from_file(path)
    assert doc.title == "Talks in Cairo"
    assert "Paragraph 5" in doc.body and "Example News" not in doc.body


def test_article_with_no_text_is_rejected():
    with pytest.raises(InputRejected):
        extract_article(message("<p> </p>", "fragment"))


def test_binary_base64_content_is_rejected():
    with pytest.raises(InputRejected):
        extract_article(message(base64.b64decode(base64.b64encode(b"%PDF-1.4\x00\x01\x02"))))


def test_article_from_path_reads_paths(tmp_path):
    assert isinstance(document_from_file(Path(TASS)), Document)
