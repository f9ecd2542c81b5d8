"""The active rule set: every enabled rule compiled into one rule index, matched per article.

The query language itself lives in :mod:`workers.query`; this module adds what an alert
needs on top of its matches: the rule's channel tags, the fields and terms that matched, and
a snippet of the sentence that made the rule fire, hits marked «like this».
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import InitVar, dataclass, field
from typing import TYPE_CHECKING

from services.core.models import DeliveryPolicy
from workers.query import CompiledRule, Deadline, Document, RuleIndex, analyze
from workers.query import RuleMatch as QueryMatch
from workers.query.index import plan_of
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


@dataclass(frozen=True)
class RuleSet:
    """All enabled rules of one version of the rules files, indexed once.

    ``files``: the checked files it was assembled from (their plans are reused, so only an
    edited file is compiled again); ``carry``: matchers already compiled, by rule id.
    """

    version: str
    rules: tuple[Rule, ...]
    warnings: tuple[Diagnostic, ...] = ()
    files: tuple[FileRules, ...] = field(default=(), repr=False, compare=False)
    carry: InitVar[Sequence[CompiledRule | None] | None] = None
    index: RuleIndex = field(init=False, repr=False, compare=False)
    by_name: dict[str, Rule] = field(init=False, repr=False, compare=False)

    def __post_init__(self, carry: Sequence[CompiledRule | None] | None) -> None:
        # Frozen for sharing between jobs; the derived lookups are set once, here.
        specs = [r.spec for r in self.rules]
        if self.files:
            plans = [p for f in self.files for p in f.plans]
        else:
            plans = [plan_of(spec) for spec in specs]
        object.__setattr__(self, "index", RuleIndex(specs, plans, carry))
        object.__setattr__(self, "by_name", {r.name: r for r in self.rules})

    @classmethod
    def from_files(
        cls, version: str, files: Sequence[FileRules], previous: RuleSet | None = None
    ) -> RuleSet:
        """The rule set of ``files``, keeping the compiled matchers of files ``previous``
        already held (the same checked file objects)."""
        rules = tuple(r for f in files for r in f.rules)
        warnings = tuple(w for f in files for w in f.warnings)
        return cls(version, rules, warnings, tuple(files), _carried(files, previous))

    def file_offsets(self) -> dict[int, int]:
        """id() of each file -> the rule id of its first rule."""
        offsets, at = {}, 0
        for file in self.files:
            offsets[id(file)] = at
            at += len(file.rules)
        return offsets

    def match(self, doc: Document, budget_seconds: float | None = None) -> list[RuleMatch]:
        """Every rule matching ``doc``, in file order, explained; BudgetExceeded when
        matching takes longer than ``budget_seconds``."""
        analyzed = analyze(doc, Deadline(budget_seconds))
        return [self._explain(doc, m) for m in self.index.match(analyzed)]

    def _explain(self, doc: Document, match: QueryMatch) -> RuleMatch:
        terms = dict.fromkeys(t.casefold() for t in match.terms)
        fields = dict.fromkeys(f for f, _, _ in match.spans)
        snippet = marked_snippet(doc.title, doc.body, match.spans)
        rule = self.by_name[match.rule]
        return RuleMatch(
            match.rule,
            rule.notify,
            tuple(terms),
            tuple(fields),
            snippet,
            rule.delivery,
            rule.realert_on_update,
        )


def _carried(
    files: Sequence[FileRules], previous: RuleSet | None
) -> list[CompiledRule | None] | None:
    if previous is None:
        return None
    offsets = previous.file_offsets()
    carried: list[CompiledRule | None] = []
    for file in files:
        start = offsets.get(id(file))
        n = len(file.rules)
        if start is None:  # ids are unique: ``previous`` still holds its files
            carried.extend([None] * n)
        else:
            carried.extend(previous.index.compiled_slice(start, start + n))
    return carried
