"""The active rule set: every enabled rule compiled into one rule index, matched per article.

The query language itself lives in :mod:`workers.query`; this module adds what an alert
needs on top of its matches: the rule's channel tags, the fields and terms that matched, and
a snippet of the sentence that made the rule fire, hits marked «like this».
"""

from __future__ import annotations

from dataclasses import dataclass, field

from services.core.models import DeliveryPolicy
from workers.query import Deadline, Document, RuleIndex, analyze
from workers.query import RuleMatch as QueryMatch
from workers.rules.checks import Rule
from workers.rules.diagnostics import Diagnostic
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
    """All enabled rules of one version of the rules file, compiled and indexed once."""

    version: str
    rules: tuple[Rule, ...]
    warnings: tuple[Diagnostic, ...] = ()
    index: RuleIndex = field(init=False, repr=False, compare=False)
    by_name: dict[str, Rule] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        # Frozen for sharing between jobs; the derived lookups are set once, here.
        object.__setattr__(self, "index", RuleIndex.build([r.spec for r in self.rules]))
        object.__setattr__(self, "by_name", {r.name: r for r in self.rules})

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
