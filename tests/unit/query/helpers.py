"""Shared helpers: match one query against one document through the real rule index."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from workers.query import Document, RuleIndex, RuleMatch, RuleSpec, analyze, parse_query

NO_ALIASES: Mapping[str, Sequence[str]] = {}


def match(
    query: str,
    title: str = "",
    body: str = "",
    *,
    stemming: bool = False,
    aliases: Mapping[str, Sequence[str]] = NO_ALIASES,
    source: str = "",
    language: str | None = None,
    url: str = "",
) -> RuleMatch | None:
    """The match of ``query`` on the document, checking index and naive evaluation agree."""
    spec = RuleSpec("rule", parse_query(query, aliases=aliases), stemming=stemming)
    index = RuleIndex.build([spec])
    doc = analyze(Document(title, body, source=source, language=language, url=url))
    found = index.match(doc)
    assert found == index.match_naive(doc)
    return found[0] if found else None


def matches(query: str, title: str = "", body: str = "", **kwargs: Any) -> bool:
    """Whether ``query`` matches the document (see :func:`match`)."""
    return match(query, title, body, **kwargs) is not None
