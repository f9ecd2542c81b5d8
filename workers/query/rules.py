"""Rules: a named query with its options, compiled once, and the match it reports."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import cast

from .analysis import AnalyzedDocument
from .compiler import compile_node
from .matchers import Hits, Matcher
from .nodes import FIELDS, Query
from .parser import parse_query
from .text import APOSTROPHES

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


@dataclass(slots=True)
class RuleMatch:
    """Why a rule matched: the matched text as written, and where (for highlighting).

    Not frozen, for speed (a frozen dataclass sets each field through
    ``object.__setattr__``, and an article at 225,000 rules makes about a hundred matches),
    but never changed once made: rules matching alike share its tuples."""

    rule: str
    terms: tuple[str, ...]
    spans: tuple[Span, ...]


_ANY: frozenset[str] = frozenset()
UNSEEN = RuleMatch("", (), ())  # not yet evaluated (None: no match)


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

    def match(self, doc: AnalyzedDocument, shared: Explanations | None = None) -> RuleMatch | None:
        """The explained match of this rule on ``doc``, or None. ``shared``: what the rules
        evaluated on ``doc`` so far worked out (read and added to)."""
        if (self.sources or self.languages) and not self.accepts(doc):
            return None
        if shared is None:
            return self.evaluate(doc, None)
        found = shared.by_matcher.get(self.matcher, UNSEEN)
        if found is UNSEEN:
            found = shared.by_matcher[self.matcher] = self.evaluate(doc, shared)
        elif found is not None:
            found = renamed(found, self.name)
        return found

    def evaluate(self, doc: AnalyzedDocument, shared: Explanations | None) -> RuleMatch | None:
        """The explained match of the matcher on ``doc`` (scopes not checked: see match),
        sharing explanations through ``shared`` if given."""
        parts: list[Hits] = []
        if not self.matcher.collect(doc, parts):
            return None
        if shared is None:
            return explain_parts(self.name, doc, parts)
        key = tuple(map(id, parts))  # the lists are held with their explanation: ids stay
        found = shared.by_parts.get(key)
        if found is None:
            result = explain_parts(self.name, doc, parts)
            shared.by_parts[key] = (parts, result)
            return result
        return renamed(found[1], self.name)


class Explanations:
    """What the rules evaluated on one article share: each matcher's explained match (rules
    written alike share their matcher, see compiler) and the explanation of each set of hit
    lists (rules matching through the same terms: ``Putin AND (oil OR gas)`` and ``Putin
    AND oil`` on an article without "gas"). Explaining is most of a match's cost."""

    __slots__ = ("by_matcher", "by_parts")

    def __init__(self) -> None:
        self.by_matcher: dict[Matcher, RuleMatch | None] = {}
        self.by_parts: dict[tuple[int, ...], tuple[list[Hits], RuleMatch]] = {}


def renamed(match: RuleMatch, rule: str) -> RuleMatch:
    """The same explanation under another rule's name (sharing its tuples)."""
    return RuleMatch(rule, match.terms, match.spans)


def _primary(language: str) -> str:
    return language.casefold().replace("_", "-").split("-")[0]


_FIELD_ORDER = {name: i for i, name in enumerate(FIELDS)}


# A hit this many words wide or wider (the span of a NEAR inside a NEAR) is not a "term".
MAX_TERM_WORDS = 16
# Hits explained per match (the first ones, in field and text order): a huge article can hold
# hundreds of thousands, and the alert shows one snippet.
MAX_EXPLAINED_HITS = 10_000


def explain(rule: str, doc: AnalyzedDocument, hits: Hits) -> RuleMatch:
    """Turn token-position hits into distinct matched texts and character spans, in order."""
    return explain_parts(rule, doc, [hits] if hits else [])


def explain_parts(rule: str, doc: AnalyzedDocument, parts: Sequence[Hits]) -> RuleMatch:
    """The explanation of the union of ``parts`` (hit lists, see Matcher.collect): distinct
    matched texts and character spans, in field and text order (the first
    MAX_EXPLAINED_HITS hits).

    Cheap per match: the rules matching one article share their leaves' hit lists, so each
    list is sorted once per article (``doc.explained_parts``) and each hit's span and text
    worked out once (``doc.explained``); a match only merges the sorted keys of its lists."""
    if len(parts) == 1:
        keys = _sorted_keys(doc, parts[0])
    elif parts:
        union: set[int] = set()
        for part in parts:
            union.update(_sorted_keys(doc, part))
        keys = sorted(union)
        if len(keys) > MAX_EXPLAINED_HITS:
            del keys[MAX_EXPLAINED_HITS:]
    else:
        return RuleMatch(rule, (), ())
    spans, texts = doc.explained
    terms: dict[str | None, None] = dict.fromkeys(map(texts.__getitem__, keys))
    terms.pop(None, None)
    return RuleMatch(
        rule, tuple(cast("dict[str, None]", terms)), tuple(map(spans.__getitem__, keys))
    )


def _sorted_keys(doc: AnalyzedDocument, hits: Hits) -> list[int]:
    """The distinct hits of ``hits`` as sort keys (field order, start, end in one int: see
    AnalyzedDocument.position_bits), sorted, at most MAX_EXPLAINED_HITS, their spans and
    texts known in ``doc.explained``. Remembered per list (held with it, so its id is not
    reused while remembered)."""
    held = doc.explained_parts.get(id(hits))
    if held is not None and held[0] is hits:
        found: list[int] = held[1]
        return found
    order, bits = _FIELD_ORDER, doc.position_bits
    wide = bits + bits
    keys = sorted({(order[n] << wide) | (s << bits) | e for n, s, e in hits})
    if len(keys) > MAX_EXPLAINED_HITS:
        del keys[MAX_EXPLAINED_HITS:]
    spans, texts = doc.explained
    new = [key for key in keys if key not in spans]
    if new:
        _rows(doc, new, spans, texts)
    doc.explained_parts[id(hits)] = (hits, keys)
    return keys


def _rows(
    doc: AnalyzedDocument, keys: list[int], spans: dict[int, Span], texts: dict[int, str | None]
) -> None:
    """The character span of each hit of ``keys`` (sorted) and its matched text (None: too
    wide), into ``spans`` and ``texts``: field by field, in one loop (the hot path)."""
    field = -1
    name, text, starts, ends = "", "", [0], [0]
    bits = doc.position_bits
    wide, mask = bits + bits, (1 << bits) - 1
    endings = _primary(doc.language or "") in _ENDINGS_AFTER_APOSTROPHE
    for key in keys:
        if key >> wide != field:
            field = key >> wide
            name = FIELDS[field]
            words = doc.fields[name]
            text, starts, ends = words.text, words.starts, words.ends
        start, end = (key >> bits) & mask, key & mask
        first, last = starts[start], ends[end - 1]
        if endings and end < len(starts):
            last = _with_ending(text, last, starts[end], ends[end])
        spans[key] = (name, first, last)
        texts[key] = text[first:last] if end - start < MAX_TERM_WORDS else None


# Languages that join a case ending to a name with an apostrophe (Turkish ``Kohli'nin``,
# ``Sarkozy'ye``; Polish ``Rice'a``, ``Kennedy'ego``): the tokenizer reads the ending as a
# word of its own, and the match shows the whole word, as the article writes it.
_ENDINGS_AFTER_APOSTROPHE = frozenset(("tr", "pl"))
_LONGEST_ENDING = 8  # letters (Turkish ``'dakiler``; a longer word is no ending)


def _with_ending(text: str, last: int, next_start: int, next_end: int) -> int:
    """``last`` (where a hit's last word ends), or the end of the next word if an apostrophe
    alone joins it there and it is a lower-case ending (``Kohli'nin``, ``Rice'a``)."""
    if next_start != last + 1 or text[last] not in APOSTROPHES:
        return last
    ending = text[next_start:next_end]
    return next_end if len(ending) <= _LONGEST_ENDING and ending.islower() else last
