"""Turn an article message into title + body text (the cleaning issue deepens this stage)."""

from __future__ import annotations

import base64
import binascii
import html
import re
from dataclasses import dataclass
from html.parser import HTMLParser

from services.core.errors import InputRejected
from services.core.models import ArticleMessage

# Elements whose text is never article text.
SKIPPED_TAGS = frozenset({"script", "style", "noscript", "template", "svg", "head"})
BLOCK_TAGS = frozenset(
    {"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "article", "section"}
)
SPACES = re.compile(r"[ \t\r\f\v\u00a0]+")


@dataclass(frozen=True)
class ArticleText:
    title: str
    body: str


class _TextExtractor(HTMLParser):
    """Collects visible text with line breaks at block elements, and the <title>."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.title_parts: list[str] = []
        self._skip_depth = 0
        self._in_title = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "title":
            self._in_title = True
        elif tag in SKIPPED_TAGS:
            self._skip_depth += 1
        elif tag in BLOCK_TAGS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self._in_title = False
        elif tag in SKIPPED_TAGS and self._skip_depth:
            self._skip_depth -= 1
        elif tag in BLOCK_TAGS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self.title_parts.append(data)
        elif not self._skip_depth:
            self.parts.append(data)


def decode_content(message: ArticleMessage) -> str:
    """The message's text; base64 content is raw bytes in a legacy charset."""
    if message.encoding == "utf-8":
        return message.content
    try:
        data = base64.b64decode(message.content, validate=True)
    except binascii.Error:
        raise InputRejected(f"{message.origin_ref}: corrupt base64 content") from None
    for bom, codec in ((b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16")):
        if data.startswith(bom):
            return data.decode(codec, errors="replace")
    return data.decode("cp1252", errors="replace")


def html_to_text(markup: str) -> ArticleText:
    """Visible text of an HTML page, one block per line."""
    parser = _TextExtractor()
    parser.feed(markup)
    parser.close()
    lines = [SPACES.sub(" ", line).strip() for line in "".join(parser.parts).splitlines()]
    title = SPACES.sub(" ", html.unescape("".join(parser.title_parts))).strip()
    return ArticleText(title, "\n".join(line for line in lines if line))


def plain_text(text: str) -> ArticleText:
    """A text drop: the first non-empty line is the headline for now."""
    lines = [line.strip() for line in SPACES.sub(" ", text).splitlines()]
    lines = [line for line in lines if line]
    if not lines:
        return ArticleText("", "")
    return ArticleText(lines[0], "\n".join(lines[1:]))


def article_text(message: ArticleMessage) -> ArticleText:
    """Title and body of an article; InputRejected when nothing is left to match."""
    raw = decode_content(message)
    text = html_to_text(raw) if message.content_type == "html" else plain_text(raw)
    title = message.title or text.title
    if not (title.strip() or text.body.strip()):
        raise InputRejected(f"{message.origin_ref}: no text left after decoding")
    return ArticleText(title, text.body)
