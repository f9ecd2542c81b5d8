"""The active rule set: every enabled rule compiled into one rule index, matched per article.

The query language itself lives in :mod:`workers.query`; this module adds what an alert
needs on top of its matches: the rule's channel tags, the fields and terms that matched, and
a snippet of the sentence that made the rule fire, hits marked «like this».
"""

from __future__ import annotations

from array import array
from collections.abc import Sequence
from dataclasses import InitVar, dataclass, field
from typing import TYPE_CHECKING

from services.core.models import DeliveryPolicy
from workers.query import CompiledRule, Deadline, Document, RuleIndex, analyze
from workers.query import RuleMatch as QueryMatch
from workers.query.index import plan_of
from workers.query.rules import Span
from workers.rules.checks import Rule
from workers.rules.diagnostics import Diagnostic

if TYPE_CHECKING:
    from workers.rules.folder import FileRules
from workers.snippet import marked_snippet


@dataclass(frozen=True)
class RuleMatch:
    """A rule that matched: what to alert, where it matched and the words that did it.

    ``terms`` are the distinct matched texts, lower-cased, in order of appearance
    (``anti-terrorism`` for a phrase or hyphenated hit); ``fields`` the fields they are in.
    """

    rule: str
    notify: tuple[str, ...]
    terms: tuple[str, ...]
    fields: tuple[str, ...]
    snippet: str
    delivery: DeliveryPolicy = field(default_factory=DeliveryPolicy)
    realert_on_update: bool = False


# An update leaves replaced rules in the index as dead ids; past this share, rebuild.
MAX_DEAD_SHARE = 0.25


@dataclass(frozen=True)
class RuleSet:
    """All enabled rules of one version of the rules files, indexed once.

    ``files``: the checked files it was assembled from (their plans are reused, so only an
    edited file is compiled again); ``carry``: matchers already compiled, by rule id;
    ``prebuilt``: an index already updated for ``files`` (see :meth:`from_files`) and the
    rule ids of each file in it.
    """

    version: str
    rules: tuple[Rule, ...]
    warnings: tuple[Diagnostic, ...] = ()
    files: tuple[FileRules, ...] = field(default=(), repr=False, compare=False)
    carry: InitVar[Sequence[CompiledRule | None] | None] = None
    prebuilt: InitVar[tuple[RuleIndex, tuple[range, ...]] | None] = None
    ranges: tuple[range, ...] = field(init=False, repr=False, compare=False)
    by_name: dict[str, Rule] = field(init=False, repr=False, compare=False)
    _index: RuleIndex | None = field(init=False, repr=False, compare=False, default=None)
    _carry: Sequence[CompiledRule | None] | None = field(
        init=False, repr=False, compare=False, default=None
    )

    def __post_init__(
        self,
        carry: Sequence[CompiledRule | None] | None,
        prebuilt: tuple[RuleIndex, tuple[range, ...]] | None,
    ) -> None:
        # Frozen for sharing between jobs; the derived lookups are set once, here.
        if prebuilt is not None:
            object.__setattr__(self, "_index", prebuilt[0])
            ranges = prebuilt[1]
        else:
            object.__setattr__(self, "_carry", carry)
            ranges = _contiguous(self.files)
        object.__setattr__(self, "ranges", ranges)
        object.__setattr__(self, "by_name", {r.name: r for r in self.rules})

    @property
    def index(self) -> RuleIndex:
        """The rule index, built on first use: ``rules check`` never needs it, and a worker
        builds it before it swaps the set in (see RulesHolder), so no job waits for it."""
        index = self._index
        if index is None:
            specs = [r.spec for r in self.rules]
            if self.files:
                plans = [p for f in self.files for p in f.index_plans()]
            else:
                plans = [plan_of(spec) for spec in specs]
            index = RuleIndex(specs, plans, self._carry)
            object.__setattr__(self, "_index", index)
            object.__setattr__(self, "_carry", None)
            for file in self.files:
                file.drop_plans()
        return index

    @classmethod
    def from_files(
        cls, version: str, files: Sequence[FileRules], previous: RuleSet | None = None
    ) -> RuleSet:
        """The rule set of ``files``. With ``previous`` (a set of some of the same checked
        file objects), only the files it lacks are indexed: the index is updated, not
        rebuilt, and the matchers it compiled are kept."""
        rules = tuple(r for f in files for r in f.rules)
        warnings = tuple(w for f in files for w in f.warnings)
        if previous is None or not previous.files:
            return cls(version, rules, warnings, tuple(files))
        updated = _update(files, previous)
        if updated is not None:
            return cls(version, rules, warnings, tuple(files), prebuilt=updated)
        return cls(version, rules, warnings, tuple(files), _carried(files, previous))

    def match(self, doc: Document, budget_seconds: float | None = None) -> list[RuleMatch]:
        """Every rule matching ``doc``, in file order, explained; BudgetExceeded when
        matching takes longer than ``budget_seconds``."""
        analyzed = analyze(doc, Deadline(budget_seconds))
        shown: dict[tuple[Span, ...], _Shown] = {}
        return [self._explain(doc, m, shown) for m in self.index.match(analyzed)]

    def _explain(
        self, doc: Document, match: QueryMatch, shown: dict[tuple[Span, ...], _Shown]
    ) -> RuleMatch:
        """The alert's view of ``match``. Its terms, fields and snippet depend only on the
        spans, and the rules matching one article mostly share them (at 225,000 rules,
        about 84 matches an article have about 15 distinct span sets): each is worked out
        once per article, in ``shown``."""
        spans = match.spans  # a tuple: hashable as it is
        found = shown.get(spans)
        if found is None:
            terms = dict.fromkeys(t.casefold() for t in match.terms)
            fields = dict.fromkeys(f for f, _, _ in spans)
            snippet = marked_snippet(doc.title, doc.body, spans)
            found = shown[spans] = (tuple(terms), tuple(fields), snippet)
        rule = self.by_name[match.rule]
        return RuleMatch(match.rule, rule.notify, *found, rule.delivery, rule.realert_on_update)


_Shown = tuple[tuple[str, ...], tuple[str, ...], str]  # terms, fields, snippet


def _contiguous(files: Sequence[FileRules]) -> tuple[range, ...]:
    ranges, at = [], 0
    for file in files:
        ranges.append(range(at, at + len(file.rules)))
        at += len(file.rules)
    return tuple(ranges)


def _update(
    files: Sequence[FileRules], previous: RuleSet
) -> tuple[RuleIndex, tuple[range, ...]] | None:
    """``previous``'s index updated to ``files`` (None: rebuilding is the better deal)."""
    held = {id(f): r for f, r in zip(previous.files, previous.ranges, strict=True)}
    wanted = {id(f) for f in files}
    dead = [i for f, r in zip(previous.files, previous.ranges, strict=True)
            if id(f) not in wanted for i in r]  # fmt: skip
    new = [f for f in files if id(f) not in held]
    index = previous.index
    total = len(index) + sum(len(f.rules) for f in new)
    if (index.n_dead + len(dead)) > MAX_DEAD_SHARE * total:
        return None
    ranges, at = [], len(index)
    for file in files:
        found = held.get(id(file))
        if found is None:
            found, at = range(at, at + len(file.rules)), at + len(file.rules)
        ranges.append(found)
    rank = array("i", bytes(4 * total))
    position = 0
    for ids in ranges:
        rank[ids.start : ids.stop] = array("i", range(position, position + len(ids)))
        position += len(ids)
    specs = [r.spec for f in new for r in f.rules]
    plans = [p for f in new for p in f.index_plans()]
    updated = index.updated(dead, specs, plans, rank)
    for file in new:
        file.drop_plans()
    return updated, tuple(ranges)


def _carried(files: Sequence[FileRules], previous: RuleSet) -> list[CompiledRule | None]:
    """The matchers ``previous`` compiled for the files it shares with ``files``."""
    held = {id(f): r for f, r in zip(previous.files, previous.ranges, strict=True)}
    carried: list[CompiledRule | None] = []
    for file in files:
        ids = held.get(id(file))  # ids are unique: ``previous`` still holds its files
        if ids is None:
            carried.extend([None] * len(file.rules))
        else:
            carried.extend(previous.index.compiled_slice(ids.start, ids.stop))
    return carried
