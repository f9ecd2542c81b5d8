"""Bounds applied before cleaning, so no page can keep a worker busy for minutes.

The cleaners (trafilatura/lxml, the text-drop line model) cost time and memory that grow with
counts the byte cap does not bound well: libxml2 checks an element's attributes against each
other (quadratic: one element with 500,000 attributes parsed for minutes), every element and
every line costs a Python object or several. Each pass here is one linear scan. Over a limit,
the input is cut where the limit is reached (the article usually comes first) and the cut is
reported, so the article is cleaned from what remains, never for minutes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from services.core.settings import Settings

# A tag's name, then its attribute text up to the '>' that ends it ('>' inside a quoted value
# does not). Matched at one position at a time, possessively: one linear pass over the page.
# As in a browser's tokenizer, a quote opens a value only right after '=': a stray quote
# (``style="a;""``, ``href=”x"``) is part of a name or an unquoted value, and does not run
# the tag on to the next quote of the page (which would take the article into the tag).
_TAG_NAME = re.compile(r"/?+[A-Za-z][^\s/<>]*+")
_TAG_REST = re.compile(r"""(?:[^>=]++|=\s*+(?:"[^"]*+"|'[^']*+'|[^\s>]*+))*+>""")
# One attribute in a start tag's text: a name, optionally = a quoted or bare value.
_ATTRIBUTE = re.compile(r"""[^\s"'=/>]++(?:\s*+=\s*+(?:"[^"]*+"|'[^']*+'|[^\s"'>]*+))?+""")
# Elements that never have content, or whose end tag is usually left out: they do not nest.
_NO_NESTING = frozenset(
    ("area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param",
     "source", "track", "wbr", "p", "li", "dt", "dd", "tr", "td", "th", "option", "optgroup",
     "thead", "tbody", "tfoot", "colgroup", "rb", "rt", "rp", "caption")
)  # fmt: skip


# Elements whose content is raw text up to their end tag (what a browser's parser does).
_RAW_TEXT = {tag: re.compile(rf"</{tag}(?=[\s/>])", re.IGNORECASE) for tag in ("script", "style")}


@dataclass(frozen=True)
class CleaningLimits:
    """The most of each thing one article may bring to the cleaners (see README, Cleaning)."""

    max_chars: int = 5_000_000
    max_elements: int = 50_000
    max_attributes: int = 64
    max_total_attributes: int = 100_000
    max_depth: int = 200
    max_lines: int = 100_000
    max_title_chars: int = 1_000
    max_body_chars: int = 1_000_000

    @classmethod
    def from_settings(cls, settings: Settings) -> CleaningLimits:
        return cls(
            max_chars=settings.clean_max_chars,
            max_elements=settings.clean_max_elements,
            max_attributes=settings.clean_max_attributes,
            max_total_attributes=settings.clean_max_total_attributes,
            max_depth=settings.clean_max_depth,
            max_lines=settings.clean_max_lines,
            max_title_chars=settings.clean_max_title_chars,
            max_body_chars=settings.clean_max_body_chars,
        )


@dataclass(frozen=True)
class Bounded:
    """Input cut to the limits, and why it was cut (empty when it was within them)."""

    text: str
    cuts: tuple[str, ...] = ()


def bound_chars(text: str, limits: CleaningLimits) -> Bounded:
    """At most ``max_chars`` characters."""
    if len(text) <= limits.max_chars:
        return Bounded(text)
    return Bounded(text[: limits.max_chars], (f"cut at {limits.max_chars} characters",))


def bound_lines(text: str, limits: CleaningLimits) -> Bounded:
    """At most ``max_chars`` characters and ``max_lines`` lines (for plain-text drops)."""
    bounded = bound_chars(text, limits)
    text, cuts = bounded.text, list(bounded.cuts)
    if text.count("\n") >= limits.max_lines:
        end = -1
        for _ in range(limits.max_lines):
            end = text.index("\n", end + 1)
        text = text[:end]
        cuts.append(f"cut at {limits.max_lines} lines")
    return Bounded(text, tuple(cuts))


def bound_html(html: str, limits: CleaningLimits) -> Bounded:
    """At most ``max_chars`` characters, ``max_elements`` elements and ``max_depth`` levels
    of nesting (cut at the first tag past the limit); an element with more than
    ``max_attributes`` attributes loses its attributes (the text inside it stays)."""
    bounded = bound_chars(html, limits)
    scan = _TagScan(bounded.text, limits, list(bounded.cuts))
    return scan.run()


class _TagScan:
    """One pass over the tags of a page, counting elements and depth, rewriting attribute
    bombs; stops at the first tag past a limit."""

    def __init__(self, html: str, limits: CleaningLimits, cuts: list[str]) -> None:
        self.html = html
        self.limits = limits
        self.cuts = cuts
        self.pieces: list[str] = []
        self.copied = 0  # html[:copied] is already in pieces
        self.stripped = 0

    def run(self) -> Bounded:
        html, limits = self.html, self.limits
        elements = depth = tags = attributes_seen = 0
        pos = html.find("<")
        while pos != -1:
            name = _TAG_NAME.match(html, pos + 1)
            if name is None:
                pos = html.find("<", pos + 1)
                continue
            rest = _TAG_REST.match(html, name.end())
            end = rest.end() if rest else len(html)
            tags += 1
            tag = name.group().lower()
            if tag.startswith("/"):
                if tag[1:] not in _NO_NESTING:
                    depth = max(0, depth - 1)
            else:
                elements += 1
                attributes = html[name.end() : end - 1] if rest else html[name.end() :]
                if not (tag in _NO_NESTING or attributes.rstrip().endswith("/")):
                    depth += 1
                if elements > limits.max_elements or tags > 2 * limits.max_elements:
                    return self.finish(pos, f"cut at {limits.max_elements} elements")
                if depth > limits.max_depth:
                    return self.finish(pos, f"cut at nesting depth {limits.max_depth}")
                count = _count_attributes(attributes, limits.max_attributes + 1)
                attributes_seen += min(count, limits.max_attributes)
                if attributes_seen > limits.max_total_attributes:
                    return self.finish(pos, f"cut at {limits.max_total_attributes} attributes")
                if count > limits.max_attributes:
                    self.pieces.append(html[self.copied : pos])
                    self.pieces.append(f"<{name.group()}>")
                    self.copied = end
                    self.stripped += 1
                if tag in _RAW_TEXT:
                    # Script and style text is not markup: a "<" in it starts no tag.
                    close = _RAW_TEXT[tag].search(html, end)
                    end = close.start() if close else len(html)
            pos = html.find("<", end)
        return self.finish(len(html), "")

    def finish(self, end: int, cut: str) -> Bounded:
        """The page up to ``end`` with the rewritten tags, and every cut made."""
        if cut:
            self.cuts.append(cut)
        if self.stripped:
            self.cuts.append(
                f"attributes dropped from {self.stripped} element(s) with more than "
                f"{self.limits.max_attributes}"
            )
        if not self.pieces and end == len(self.html):
            return Bounded(self.html, tuple(self.cuts))
        self.pieces.append(self.html[self.copied : end])
        return Bounded("".join(self.pieces), tuple(self.cuts))


def _count_attributes(text: str, stop: int) -> int:
    """How many attributes a start tag's text holds, counting no further than ``stop``."""
    count = 0
    if text.strip():
        for count, _ in enumerate(_ATTRIBUTE.finditer(text), 1):
            if count >= stop:
                break
    return count


def bound_title(title: str, limits: CleaningLimits) -> str:
    """A title of at most ``max_title_chars`` characters."""
    return title[: limits.max_title_chars]
