"""Compiled query nodes: each evaluates itself against an analysed document.

``hits`` returns the occurrences that make the node true (possibly empty, e.g. for NOT), or
``None`` when the node is false. ``spans`` returns contiguous occurrences for NEAR operands.
``collect`` is ``hits`` without building one list: it gathers the hit lists of the true
leaves (each held once per article, see SharedTerm), which is what a rule's explanation
is made of (see rules.explain_parts).
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections import Counter
from collections.abc import Callable, Sequence
from typing import cast, final

from .analysis import AnalyzedDocument, FieldText, Positions
from .glob import Glob
from .proximity import FieldIndex, Occ, exact_phrase, index_by_field, near_hits, near_spans, windows
from .stemming import stemmer

Hits = list[Occ]
PLAIN, STEM, CASE = "plain", "stem", "case"


class Matcher(ABC):
    """A compiled query node."""

    __slots__ = ()

    @abstractmethod
    def hits(self, doc: AnalyzedDocument) -> Hits | None:
        """Occurrences that make this node true, or None if it is false for ``doc``."""

    def spans(self, doc: AnalyzedDocument) -> Hits | None:
        """Contiguous occurrences (what NEAR measures distances between)."""
        return self.hits(doc)

    def collect(self, doc: AnalyzedDocument, parts: list[Hits]) -> bool:
        """Whether this node is true; if so, its hits are appended to ``parts`` as one or
        more lists (their union is ``hits``; never changed by callers). When false,
        ``parts`` may have been appended to: the caller drops what it added."""
        found = self.hits(doc)
        if found is None:
            return False
        if found:
            parts.append(found)
        return True


_UNKNOWN: Hits = [("", -1, -1)]  # not a hit list any matcher returns


class SharedTerm(Matcher):
    """A term matcher shared by every rule holding the term (see compiler): its hits are
    found once per article and remembered there (``doc.memo``; callers never change them).
    A subclass says how in ``_find`` only: AndMatcher.collect reads the memo inline."""

    __slots__ = ()

    @final
    def hits(self, doc: AnalyzedDocument) -> Hits | None:
        memo = doc.memo
        found = memo.get(self, _UNKNOWN)
        if found is _UNKNOWN:
            found = memo[self] = self._find(doc)
        return found

    @final
    def collect(self, doc: AnalyzedDocument, parts: list[Hits]) -> bool:
        found = doc.memo.get(self, _UNKNOWN)
        if found is _UNKNOWN:
            found = doc.memo[self] = self._find(doc)
        if found is None:
            return False
        parts.append(found)  # never empty: a term without hits is false
        return True

    @abstractmethod
    def _find(self, doc: AnalyzedDocument) -> Hits | None:
        """The hits, worked out."""


class Never(Matcher):
    """A term with no words in it (``"!!!"``) or an empty alias: never true."""

    __slots__ = ()

    def hits(self, doc: AnalyzedDocument) -> Hits | None:
        return None


class Words(SharedTerm):
    """A word, or a phrase (exact, or any order within ``slop`` extra words), in ``fields``.

    ``words`` are folded (or, with mode CASE, as written); with mode STEM they are stemmed in
    the article's language when evaluated. ``proper`` marks words written capitalised in the
    query (names: a hint of rarity for the index).
    """

    __slots__ = ("fields", "groups", "mode", "proper", "slop", "words")

    def __init__(
        self,
        words: tuple[str, ...],
        fields: tuple[str, ...],
        mode: str,
        slop: int | None = None,
        proper: tuple[bool, ...] = (),
    ) -> None:
        self.words = words
        self.proper = proper or (False,) * len(words)
        self.fields = fields
        self.mode = mode
        self.slop = slop
        self.groups = tuple(Counter(words).items())

    def _find(self, doc: AnalyzedDocument) -> Hits | None:
        found: Hits = []
        query = self._query_words(doc)
        for name in self.fields:
            found.extend(self._field_hits(name, doc.fields[name], query, doc.language))
        return found or None

    def _query_words(self, doc: AnalyzedDocument) -> tuple[str, ...]:
        if self.mode != STEM:
            return self.words
        stem = stemmer(doc.language)
        return tuple(stem(w) for w in self.words)

    def _field_hits(
        self, name: str, text: FieldText, query: tuple[str, ...], lang: str | None
    ) -> Hits:
        if len(query) == 1:
            return [(name, p, p + 1) for p in self._positions(text, query[0], lang)]
        if self.slop is None:
            lists = [self._positions(text, w, lang) for w in query]
            return [(name, p, p + len(query)) for p in exact_phrase(lists)]
        stemmed = dict(zip(self.words, query, strict=True))
        groups = [(self._positions(text, stemmed[w], lang), n) for w, n in self.groups]
        return [(name, s, e) for s, e in windows(groups, len(query) + self.slop)]

    def _positions(self, text: FieldText, word: str, lang: str | None) -> Positions:
        if self.mode == CASE:
            return text.surface_positions(word)
        if self.mode == STEM:
            return text.stem_positions(lang, word)
        return text.positions(word)


class Wildcard(SharedTerm):
    """Words starting with ``prefix`` and, if given, fully matching ``pattern``."""

    __slots__ = ("fields", "pattern", "prefix")

    def __init__(self, prefix: str, pattern: Glob | None, fields: tuple[str, ...]) -> None:
        self.prefix = prefix
        self.pattern = pattern
        self.fields = fields

    def _find(self, doc: AnalyzedDocument) -> Hits | None:
        found: Hits = []
        for name in self.fields:
            positions = doc.fields[name].wildcard_positions(self.prefix, self.pattern)
            found.extend((name, p, p + 1) for p in positions)
        return found or None


class AndMatcher(Matcher):
    __slots__ = ("items", "terms")

    def __init__(self, items: tuple[Matcher, ...]) -> None:
        self.items = items
        # Each item if it is a shared term, whose remembered hits ``collect`` reads inline
        # (most items are: a call each, per candidate rule, was a good part of evaluating
        # a large rule set), else None; ``items`` itself when all are (no memory).
        terms = tuple(i if isinstance(i, SharedTerm) else None for i in items)
        self.terms: tuple[SharedTerm | None, ...] = (
            cast("tuple[SharedTerm, ...]", items) if None not in terms else terms
        )

    def hits(self, doc: AnalyzedDocument) -> Hits | None:
        found: Hits = []
        for item in self.items:
            doc.deadline.check()
            hits = item.hits(doc)
            if hits is None:
                return None
            found.extend(hits)
        return found

    def collect(self, doc: AnalyzedDocument, parts: list[Hits]) -> bool:
        check, memo = doc.deadline.check, doc.memo
        for item, term in zip(self.items, self.terms, strict=True):
            if term is None:
                check()
                if not item.collect(doc, parts):
                    return False
                continue
            found = memo.get(term, _UNKNOWN)  # SharedTerm.collect, inline
            if found is _UNKNOWN:
                check()
                found = memo[term] = term._find(doc)
            if found is None:
                return False
            parts.append(found)
        return True


class OrMatcher(Matcher):
    """True when any item is; collects the hits of every true item (for explanations)."""

    __slots__ = ("items",)

    def __init__(self, items: tuple[Matcher, ...]) -> None:
        self.items = items

    def hits(self, doc: AnalyzedDocument) -> Hits | None:
        return self._collect(doc, spans=False)

    def spans(self, doc: AnalyzedDocument) -> Hits | None:
        return self._collect(doc, spans=True)

    def _collect(self, doc: AnalyzedDocument, spans: bool) -> Hits | None:
        found: Hits | None = None
        for item in self.items:
            doc.deadline.check()
            hits = item.spans(doc) if spans else item.hits(doc)
            if hits is not None:
                found = hits if found is None else found + hits
        return found

    def collect(self, doc: AnalyzedDocument, parts: list[Hits]) -> bool:
        check, true = doc.deadline.check, False
        for item in self.items:
            check()
            mark = len(parts)
            if item.collect(doc, parts):
                true = True
            else:
                del parts[mark:]
        return true


class NotMatcher(Matcher):
    __slots__ = ("item",)

    def __init__(self, item: Matcher) -> None:
        self.item = item

    def hits(self, doc: AnalyzedDocument) -> Hits | None:
        return [] if self.item.hits(doc) is None else None

    def collect(self, doc: AnalyzedDocument, parts: list[Hits]) -> bool:
        return self.item.hits(doc) is None


class NearMatcher(Matcher):
    """``left NEAR/n right``: hits are the occurrences of either side in a close pair; spans
    cover close pairs (see proximity.near_spans). Memory grows with occurrences, not pairs.
    Shared by rules holding the same NEAR of the same terms (see compiler), so both are
    remembered per article."""

    __slots__ = ("distance", "left", "ordered", "right")

    def __init__(self, left: Matcher, right: Matcher, distance: int, ordered: bool) -> None:
        self.left = left
        self.right = right
        self.distance = distance
        self.ordered = ordered

    def _sides(self, doc: AnalyzedDocument) -> tuple[Hits, Hits] | None:
        doc.deadline.check()
        left = self.left.spans(doc)
        if left is None:
            return None
        right = self.right.spans(doc)
        if right is None:
            return None
        return left, right

    def hits(self, doc: AnalyzedDocument) -> Hits | None:
        memo = doc.memo
        found = memo.get(self, _UNKNOWN)
        if found is _UNKNOWN:
            found = memo[self] = self._hits(doc)
        return found

    def spans(self, doc: AnalyzedDocument) -> Hits | None:
        memo, key = doc.memo, (self, "spans")
        found = memo.get(key, _UNKNOWN)
        if found is _UNKNOWN:
            found = memo[key] = self._spans(doc)
        return found

    def _hits(self, doc: AnalyzedDocument) -> Hits | None:
        sides = self._sides(doc)
        if sides is None:
            return None
        check, indexer = doc.deadline.check, _indexer(doc)
        return near_hits(*sides, self.distance, self.ordered, check, indexer) or None

    def _spans(self, doc: AnalyzedDocument) -> Hits | None:
        sides = self._sides(doc)
        if sides is None:
            return None
        check, indexer = doc.deadline.check, _indexer(doc)
        return near_spans(*sides, self.distance, self.ordered, check, indexer) or None


def _indexer(doc: AnalyzedDocument) -> Callable[[Sequence[Occ]], dict[str, FieldIndex]]:
    """Index a NEAR side by field once per article: a shared term's hits are one list
    (see Matcher memo), and many NEAR rules hold the same term."""
    indexes = doc.near_indexes

    def indexed(occs: Sequence[Occ]) -> dict[str, FieldIndex]:
        found = indexes.get(id(occs))
        if found is None or found[0] is not occs:  # the list is held: its id is not reused
            found = indexes[id(occs)] = (occs, index_by_field(occs))
        index: dict[str, FieldIndex] = found[1]
        return index

    return indexed
