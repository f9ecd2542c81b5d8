"""The rule tester: a query (new, or an edit of a live rule) run over the archive, and why
a query does not match one archived article.

Read-only, and bounded: the query's length (the request model), the time window (at most
the archive's days), the run's time (TESTER_BUDGET_SECONDS, then the newest articles'
result is returned marked incomplete), the articles listed (SHOWN_MAX per list) and how
many runs at once (TESTER_CONCURRENCY; more are refused with 429).
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from typing import Any

from fastapi import HTTPException

from services.core.durations import parse_duration
from services.core.settings import Settings
from services.history.archive import get_entry
from services.web.live_rules import LiveRules
from services.web.models import BacktestArticle, BacktestRequest, BacktestResult, WhyNot
from workers.history.backtest import BacktestMatch, document, run_backtest
from workers.query import QuerySyntaxError, RuleSpec, check_query, parse_query
from workers.query.rules import as_spec
from workers.rules.checks import Rule
from workers.rules.matcher import RuleSet
from workers.rules.report import explain_test, query_error

TESTER_BUDGET_SECONDS = 2.0
# As the user types: a short run over the newest articles (marked incomplete when cut);
# the Test button and the API take the full budget.
TYPING_BUDGET_SECONDS = 0.2
TESTER_CONCURRENCY = 2
SHOWN_MAX = 100
NEW_RULE = "query"

_slots = threading.BoundedSemaphore(TESTER_CONCURRENCY)


@contextmanager
def tester_slot() -> Iterator[None]:
    """One of the few concurrent runs, or 429 when all are taken."""
    if not _slots.acquire(blocking=False):
        raise HTTPException(429, "the tester is busy: try again in a moment")
    try:
        yield
    finally:
        _slots.release()


def window_seconds(since: str, settings: Settings) -> float:
    """`since` in seconds, at most the archive's days (422 when it is not a duration)."""
    try:
        seconds = parse_duration(since)
    except ValueError as exc:
        raise HTTPException(422, f"since: {exc}") from None
    return max(60.0, min(seconds, max(1, settings.archive_days) * 86400.0))


def tested_rule(
    request: BacktestRequest, live: LiveRules
) -> tuple[Rule | None, Rule | None, list[str]]:
    """(the rule to run, the live rule it edits, errors): the query parsed with the aliases
    of the edited rule's file (rules.yaml's for a new rule), keeping the edited rule's
    options (sources, languages, stemming)."""
    base = live.rules.by_name.get(request.rule) if live.rules and request.rule else None
    try:
        query = parse_query(request.query, aliases=live.aliases_for(request.rule))
    except QuerySyntaxError as exc:
        return None, base, query_error("query", request.query, exc)
    name = base.name if base else NEW_RULE
    if base is not None:
        old = base.spec
        spec = RuleSpec(name, query, old.stemming, old.sources, old.languages, old.names)
    else:
        spec = RuleSpec(name, query, names="variants")  # as a rule of rules.yaml
    return Rule(name, (), "", request.query, spec), base, []


def run_tester(
    redis: Any,
    settings: Settings,
    live: LiveRules,
    request: BacktestRequest,
    budget_seconds: float | None = None,
) -> BacktestResult:
    """The archive's matches of the request's query (and the difference from the rule it
    edits), within the tester's bounds (`budget_seconds`: TESTER_BUDGET_SECONDS)."""
    seconds = window_seconds(request.since, settings)
    rule, base, errors = tested_rule(request, live)
    result = BacktestResult(
        query=request.query,
        rule=base.name if base else None,
        since_seconds=seconds,
        errors=errors,
        shown_max=SHOWN_MAX,
    )
    if rule is None:
        return result
    result.warnings = [p.message for p in check_query(as_spec(rule.spec).query)]
    seconds_allowed = TESTER_BUDGET_SECONDS if budget_seconds is None else budget_seconds
    with tester_slot():
        report = run_backtest(
            redis,
            RuleSet("tester", (rule,)),
            since=datetime.now(UTC) - timedelta(seconds=seconds),
            baseline=RuleSet("live", (base,)) if base else None,
            budget_seconds=settings.match_budget_seconds,
            deadline=time.monotonic() + seconds_allowed,
        )
    (outcome,) = report.outcomes
    result.matches = [article(m) for m in outcome.matches[:SHOWN_MAX]]
    result.total, result.stories = len(outcome.matches), len(outcome.stories)
    if outcome.added is not None and outcome.removed is not None:
        result.added = [article(m) for m in outcome.added[:SHOWN_MAX]]
        result.removed = [article(m) for m in outcome.removed[:SHOWN_MAX]]
        result.added_total, result.removed_total = len(outcome.added), len(outcome.removed)
    result.scanned, result.decoded = report.scanned, report.decoded
    result.over_budget, result.complete = report.over_budget, report.complete
    return result


def article(match: BacktestMatch) -> BacktestArticle:
    return BacktestArticle(
        article_id=match.article_id,
        title=match.title,
        source=match.source,
        url=match.url,
        snippet=match.snippet,
        terms=list(match.terms),
        story_id=match.story_id,
        received_at=match.received_at,
    )


def why_not(redis: Any, live: LiveRules, request: BacktestRequest, article_id: str) -> WhyNot:
    """Whether the query matches the archived article, and which clauses kept it from it."""
    entry = get_entry(redis, article_id)
    if entry is None:
        return WhyNot(article_id=article_id, found=False, lines=["not in the archive"])
    if entry.status != "processed":
        reason = f"rejected, never matched: {entry.reason or ''}"
        return WhyNot(article_id=article_id, found=True, title=entry.title, lines=[reason])
    rule, _, errors = tested_rule(request, live)
    if rule is None:
        return WhyNot(article_id=article_id, found=True, title=entry.title, lines=errors)
    spec = as_spec(rule.spec)
    lines = explain_test(
        rule.name, spec.query, document(entry), stemming=spec.stemming, names=spec.names
    )
    return WhyNot(
        article_id=article_id,
        found=True,
        matched=lines[0].endswith(": match"),
        title=entry.title,
        lines=lines,
    )
