"""Rules: a named query with its options, compiled once, and the match it reports."""

from __future__ import annotations

import heapq
import operator
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from .analysis import AnalyzedDocument
from .compiler import compile_node
from .matchers import Hits, Matcher
from .nodes import FIELDS, Query
from .parser import parse_query
from .proximity import Occ

Span = tuple[str, int, int]  # field, start character, end character (exclusive)


@dataclass(frozen=True)
class RuleSpec:
    """A watch rule as the rules file defines it.

    ``sources`` and ``languages`` restrict the rule to articles from those sources (compared
    case-insensitively) or in those languages (``en`` also accepts ``en-GB``); empty = any.
    ``names`` is how capitalised words match (see :mod:`workers.query.names`): ``exact``
    (as written, the default here), ``scripts`` or ``variants``.
    """

    name: str
    query: Query
    stemming: bool = False
    sources: tuple[str, ...] = ()
    languages: tuple[str, ...] = ()
    names: str = "exact"


@dataclass(frozen=True, slots=True)
class RuleSource:
    """A rule kept as its query text until first needed, then parsed with its file's
    ``aliases`` (a large rule set holds text, not syntax trees, for rules never evaluated)."""

    name: str
    text: str
    aliases: Mapping[str, Sequence[str]]
    stemming: bool = False
    sources: tuple[str, ...] = ()
    languages: tuple[str, ...] = ()
    names: str = "exact"

    def spec(self) -> RuleSpec:
        """The parsed rule (the text was checked when loaded, so it parses)."""
        return RuleSpec(
            self.name,
            parse_query(self.text, aliases=self.aliases),
            self.stemming,
            self.sources,
            self.languages,
            self.names,
        )


def as_spec(rule: RuleSpec | RuleSource) -> RuleSpec:
    """The parsed spec of either form."""
    return rule if isinstance(rule, RuleSpec) else rule.spec()


@dataclass(frozen=True)
class RuleMatch:
    """Why a rule matched: the matched text as written, and where (for highlighting)."""

    rule: str
    terms: list[str]
    spans: list[Span]


_ANY: frozenset[str] = frozenset()


class CompiledRule:
    """A rule ready to evaluate: its name, matcher and source/language filters.

    Compact (a worker may hold one per rule of a large set): the syntax tree is not kept,
    and term matchers are shared between rules (see compiler).
    """

    __slots__ = ("languages", "matcher", "name", "sources")

    def __init__(self, spec: RuleSpec) -> None:
        self.name = spec.name
        self.matcher: Matcher = compile_node(
            spec.query.root, stemming=spec.stemming, names=spec.names
        )
        self.sources = frozenset(s.casefold() for s in spec.sources) if spec.sources else _ANY
        self.languages = (
            frozenset(_primary(lang) for lang in spec.languages) if spec.languages else _ANY
        )

    def accepts(self, doc: AnalyzedDocument) -> bool:
        """Whether the rule's source and language scopes admit ``doc``."""
        if self.sources and doc.document.source.casefold() not in self.sources:
            return False
        return not self.languages or _primary(doc.language or "") in self.languages

    def match(self, doc: AnalyzedDocument) -> RuleMatch | None:
        """The explained match of this rule on ``doc``, or None."""
        if not self.accepts(doc):
            return None
        hits = self.matcher.hits(doc)
        return None if hits is None else explain(self.name, doc, hits)


def _primary(language: str) -> str:
    return language.casefold().replace("_", "-").split("-")[0]


_FIELD_ORDER = {name: i for i, name in enumerate(FIELDS)}


# A hit this many words wide or wider (the span of a NEAR inside a NEAR) is not a "term".
MAX_TERM_WORDS = 16
# Hits explained per match (the first ones, in field and text order): a huge article can hold
# hundreds of thousands, and the alert shows one snippet.
MAX_EXPLAINED_HITS = 10_000


def explain(rule: str, doc: AnalyzedDocument, hits: Hits) -> RuleMatch:
    """Turn token-position hits into distinct matched texts and character spans, in order.

    A hit's span and text are worked out once per article (``doc.explained``): the rules
    matching one article mostly share their terms' hits."""
    distinct = set(hits)
    if len(distinct) > MAX_EXPLAINED_HITS:
        order = _FIELD_ORDER
        first = heapq.nsmallest(MAX_EXPLAINED_HITS, ((order[n], s, e, n) for n, s, e in distinct))
        distinct = {(n, s, e) for _, s, e, n in first}
    known = doc.explained
    try:
        rows = list(map(known.__getitem__, distinct))  # after the first rules: all known
    except KeyError:
        for hit in distinct:
            if hit not in known:
                known[hit] = _row(doc, hit)
        rows = list(map(known.__getitem__, distinct))
    rows.sort()
    terms = dict.fromkeys(map(_TERM, rows))
    terms.pop(None, None)
    return RuleMatch(rule, list(terms), list(map(_SPAN, rows)))


_SPAN, _TERM = operator.itemgetter(1), operator.itemgetter(2)


# (field order, start, end) as one int to sort by, the character span, the matched text
# (None: too wide)
_Row = tuple[int, Span, str | None]


def _row(doc: AnalyzedDocument, hit: Occ) -> _Row:
    name, start, end = hit
    text = doc.fields[name]
    first, last = text.starts[start], text.ends[end - 1]
    term = text.text[first:last] if end - start < MAX_TERM_WORDS else None
    return (_FIELD_ORDER[name] << 64) | (start << 32) | end, (name, first, last), term
