"""Backtest: rules (or one query) run over the article archive with the live matcher.

Each archived article is matched exactly as the worker matched it: its cleaned title and
body, its source, language and URL, through :meth:`RuleSet.match` (the same rule index,
snippets and time budget), and it keeps the story the pipeline gave it. The archive's
word filters (services.history.prefilter) let through only the articles that hold, for
some rule, one key of every part the rule requires (workers.history.filters): the rest
are never decompressed. ``prefilter=False`` is the naive way (every article decompressed,
analysed and matched); both give the same result.

For an edited rule (the same name, another query than the live rules' version), the
``baseline`` rule set holds the live version; the outcome lists the articles the edit adds
and removes.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from services.history.archive import ArchiveEntry, IterStats, iter_entries
from services.history.prefilter import FilterProbe
from workers.history.filters import RuleRequirements
from workers.limits import ArticleLimits
from workers.query import BudgetExceeded, CompiledRule, Document
from workers.rules.checks import Rule
from workers.rules.matcher import RuleMatch, RuleSet

DEFAULT_BUDGET_SECONDS = ArticleLimits().match_budget_seconds


@dataclass(frozen=True)
class BacktestMatch:
    """One archived article one rule matches, with the marked snippet."""

    rule: str
    article_id: str
    title: str
    source: str
    url: str | None
    snippet: str
    terms: tuple[str, ...]
    story_id: str | None
    story_version: int
    received_at: datetime
    published_at: datetime | None

    def record(self) -> dict[str, Any]:
        """The JSON form (``newswatch backtest --json``)."""
        return {
            "article_id": self.article_id,
            "title": self.title,
            "source": self.source,
            "url": self.url,
            "rule": self.rule,
            "snippet": self.snippet,
            "terms": list(self.terms),
            "story_id": self.story_id,
            "story_version": self.story_version,
            "received_at": self.received_at.isoformat(),
            "published_at": self.published_at.isoformat() if self.published_at else None,
        }


@dataclass
class RuleOutcome:
    """What one rule would have matched. ``added`` and ``removed`` are set for an edited
    rule: what the edit matches that the live version does not, and the reverse (those
    with the live version's snippet)."""

    rule: Rule
    matches: list[BacktestMatch] = field(default_factory=list)
    added: list[BacktestMatch] | None = None
    removed: list[BacktestMatch] | None = None

    @property
    def stories(self) -> list[str]:
        """Distinct stories matched (an article without a story is its own)."""
        return list(dict.fromkeys(m.story_id or m.article_id for m in self.matches))

    def alert_times(self) -> list[float]:
        """When the rule would have alerted: once per story (the story's first match), or
        once per story version with ``realert_on_update``."""
        first: dict[tuple[str, int], float] = {}
        for match in self.matches:
            version = match.story_version if self.rule.realert_on_update else 0
            key = (match.story_id or match.article_id, version)
            moment = match.received_at.timestamp()
            first[key] = min(first.get(key, moment), moment)
        return sorted(first.values())


@dataclass
class BacktestReport:
    """Per rule outcomes (in rules order) and what the run read."""

    outcomes: list[RuleOutcome]
    scanned: int = 0  # archived entries in the time range
    decoded: int = 0  # entries decompressed (the word filters let them through)
    over_budget: int = 0  # articles whose matching ran past the time budget
    complete: bool = True  # False: the run stopped at its deadline (newest articles were read)


def run_backtest(
    redis: Any,
    rules: RuleSet,
    *,
    since: datetime | None = None,
    until: datetime | None = None,
    baseline: RuleSet | None = None,
    prefilter: bool = True,
    budget_seconds: float | None = DEFAULT_BUDGET_SECONDS,
    deadline: float | None = None,
) -> BacktestReport:
    """Match ``rules`` (and ``baseline``, the live versions of edited rules) against every
    processed article archived in [since, until], newest first.

    ``deadline`` (a ``time.monotonic()`` value) bounds the whole run: past it, the run stops
    with what the newest articles gave and ``complete`` False (the console's tester)."""
    outcomes = {rule.name: RuleOutcome(rule) for rule in rules.rules}
    before: dict[str, list[BacktestMatch]] = (
        {r.name: [] for r in baseline.rules} if baseline else {}
    )
    compiled = _compiled(rules) + (_compiled(baseline) if baseline else [])
    probe = FilterProbe(RuleRequirements(compiled).for_tag) if prefilter else None
    stats = IterStats()
    report = BacktestReport(list(outcomes.values()))
    for entry in iter_entries(redis, since=since, until=until, probe=probe, stats=stats):
        if deadline is not None and time.monotonic() > deadline:
            report.complete = False
            break
        if entry.status != "processed":
            continue
        doc = document(entry)
        try:
            found = rules.match(doc, budget_seconds)
            earlier = baseline.match(doc, budget_seconds) if baseline else []
        except BudgetExceeded:
            report.over_budget += 1
            continue
        for match in found:
            outcomes[match.rule].matches.append(backtest_match(entry, match))
        for match in earlier:
            before[match.rule].append(backtest_match(entry, match))
    for name, live in before.items():
        outcome = outcomes.get(name)
        if outcome is not None:
            live_ids = {m.article_id for m in live}
            now_ids = {m.article_id for m in outcome.matches}
            outcome.added = [m for m in outcome.matches if m.article_id not in live_ids]
            outcome.removed = [m for m in live if m.article_id not in now_ids]
    report.scanned, report.decoded = stats.scanned, stats.decoded
    return report


def document(entry: ArchiveEntry) -> Document:
    """The article as the worker matched it."""
    return Document(entry.title, entry.body, entry.source, entry.language, entry.url or "")


def backtest_match(entry: ArchiveEntry, match: RuleMatch) -> BacktestMatch:
    return BacktestMatch(
        rule=match.rule,
        article_id=entry.article_id,
        title=entry.title,
        source=entry.source,
        url=entry.url,
        snippet=match.snippet,
        terms=match.terms,
        story_id=entry.story_id,
        story_version=entry.story_version,
        received_at=entry.received_at,
        published_at=entry.published_at,
    )


def _compiled(rules: RuleSet) -> list[CompiledRule]:
    """Every rule of the set compiled (the index compiles lazily; a backtest needs them all)."""
    index = rules.index
    return [index.rule(i) for i in range(len(index))]
