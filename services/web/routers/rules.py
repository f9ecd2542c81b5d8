"""`/rules`: each live rule with its hits; `/rules/{name}`: its alerts, the tester, "why not"
and suggested NOT terms; `/tester` for a new query; `/api/rules`, `/api/backtest`,
`/api/why-not`.

The tester's fragments (`/tester/results`, `/tester/why-not`) are rendered here (escaped by
the templates) and fetched as the user types by static/rule-tester.js; without script the
tester's form submits to its page, which renders the same fragments.
"""

from __future__ import annotations

import time
from typing import Annotated, Any

from fastapi import APIRouter, HTTPException, Query, Request
from fastapi.responses import HTMLResponse

from services.core import keys
from services.history.alert_query import list_alerts
from services.history.records import rule_key
from services.history.rule_hits import read_hits
from services.web import tester
from services.web.deps import RedisDep, console, render
from services.web.live_rules import LiveRules, live_rules
from services.web.models import (
    ARTICLE_ID_MAX_CHARS,
    QUERY_MAX_CHARS,
    RULE_NAME_MAX_CHARS,
    BacktestRequest,
    BacktestResult,
    NotSuggestion,
    RuleRow,
    Rules,
    WhyNot,
)
from services.web.not_terms import suggest_for_rule
from services.web.tester import run_tester, why_not

router = APIRouter()

RECENT_ALERTS = 20
DAY, WEEK = 86400.0, 7 * 86400.0

QueryText = Annotated[str, Query(max_length=QUERY_MAX_CHARS)]
RuleName = Annotated[str, Query(max_length=RULE_NAME_MAX_CHARS)]
Since = Annotated[str, Query(max_length=16)]
ArticleId = Annotated[str, Query(min_length=1, max_length=ARTICLE_ID_MAX_CHARS)]


def current_rules(request: Request) -> LiveRules:
    return live_rules(console(request).settings.config_dir)


def read_rules(redis: Any, live: LiveRules, now: float | None = None) -> Rules:
    """Every live rule with its hits (hourly counters) and alerts (the per-rule alert index)."""
    if live.rules is None:
        return Rules(error=live.error, rules=[])
    now = time.time() if now is None else now
    names = [r.name for r in live.rules.rules]
    hits = read_hits(redis, names, now)
    pipe = redis.pipeline(transaction=False)
    for name in names:
        index = keys.alert_history_rule(rule_key(name))
        pipe.zcount(index, now - DAY, "+inf")
        pipe.zcount(index, now - WEEK, "+inf")
        pipe.zrevrange(index, 0, 0, withscores=True)
    replies = pipe.execute()
    rows = []
    for i, rule in enumerate(live.rules.rules):
        day, week, last = replies[3 * i : 3 * i + 3]
        counted = hits[rule.name]
        rows.append(
            RuleRow(
                name=rule.name,
                description=rule.description,
                query=rule.query,
                hits_24h=counted.last_24h,
                hits_7d=counted.last_7d,
                last_hit=counted.last_hit,
                alerts_24h=int(day),
                alerts_7d=int(week),
                last_alert=float(last[0][1]) if last else None,
            )
        )
    return Rules(version=live.rules.version, rules=rows)


@router.get("/rules", response_class=HTMLResponse, include_in_schema=False)
def rules_page(request: Request, redis: RedisDep) -> HTMLResponse:
    return render(request, "rules.html", listing=read_rules(redis, current_rules(request)))


@router.get("/api/rules", response_model=Rules, tags=["rules"])
def api_rules(request: Request, redis: RedisDep) -> Rules:
    """The live rules with their matched articles (24 h, 7 days, last) and alerts."""
    return read_rules(redis, current_rules(request))


def _tested(
    request: Request, redis: Any, query: str, rule: str | None, since: str, typing: bool = False
) -> BacktestResult | None:
    if not query.strip():
        return None
    wanted = BacktestRequest(query=query, rule=rule or None, since=since or "7d")
    budget = tester.TYPING_BUDGET_SECONDS if typing else None
    return run_tester(redis, console(request).settings, current_rules(request), wanted, budget)


@router.get("/tester", response_class=HTMLResponse, include_in_schema=False)
def tester_page(
    request: Request, redis: RedisDep, query: QueryText = "", since: Since = "7d"
) -> HTMLResponse:
    return render(
        request,
        "rule.html",
        rule=None,
        row=None,
        alerts=[],
        query=query,
        since=since,
        result=_tested(request, redis, query, None, since),
    )


@router.get("/tester/results", response_class=HTMLResponse, include_in_schema=False)
def tester_results(
    request: Request,
    redis: RedisDep,
    query: QueryText = "",
    rule: RuleName = "",
    since: Since = "7d",
    typing: bool = False,
) -> HTMLResponse:
    """The results fragment; `typing`: the short budget of a run while the user types."""
    result = _tested(request, redis, query, rule, since, typing)
    return render(request, "_tester_results.html", result=result, typing=typing)


@router.get("/tester/why-not", response_class=HTMLResponse, include_in_schema=False)
def tester_why_not(
    request: Request,
    redis: RedisDep,
    article_id: ArticleId,
    query: QueryText = "",
    rule: RuleName = "",
) -> HTMLResponse:
    explained = _why(request, redis, article_id, query, rule)
    return render(request, "_why_not.html", why=explained)


def _why(request: Request, redis: Any, article_id: str, query: str, rule: str) -> WhyNot:
    live = current_rules(request)
    if not query.strip() and live.rules and rule in live.rules.by_name:
        query = live.rules.by_name[rule].query  # the saved rule's own query
    if not query.strip():
        raise HTTPException(422, "give a query (or a rule) to explain")
    wanted = BacktestRequest(query=query, rule=rule or None)
    return why_not(redis, live, wanted, article_id.strip())


def _suggestions(request: Request, redis: Any, rule: str) -> list[NotSuggestion]:
    live = current_rules(request)
    found = live.rules.by_name.get(rule) if live.rules else None
    if found is None:
        raise HTTPException(404, "no live rule of that name")
    return suggest_for_rule(redis, console(request).settings, live, found)


@router.get("/tester/suggestions", response_class=HTMLResponse, include_in_schema=False)
def tester_suggestions(request: Request, redis: RedisDep, rule: RuleName) -> HTMLResponse:
    return render(request, "_suggestions.html", suggestions=_suggestions(request, redis, rule))


@router.get("/api/not-terms", response_model=list[NotSuggestion], tags=["rules"])
def api_not_terms(request: Request, redis: RedisDep, rule: RuleName) -> list[NotSuggestion]:
    """Suggested `NOT` terms for a live rule, from its alerts marked not relevant, each with
    how many past matches it would remove (never applied)."""
    return _suggestions(request, redis, rule)


@router.get("/rules/{name:path}", response_class=HTMLResponse, include_in_schema=False)
def rule_page(
    request: Request,
    redis: RedisDep,
    name: str,
    query: QueryText = "",
    since: Since = "7d",
) -> HTMLResponse:
    live = current_rules(request)
    rule = live.rules.by_name.get(name) if live.rules else None
    if rule is None:
        raise HTTPException(404, "no live rule of that name")
    row = next(r for r in read_rules(redis, live).rules if r.name == name)
    alerts = list_alerts(redis, rule=name, limit=RECENT_ALERTS).alerts
    return render(
        request,
        "rule.html",
        rule=rule,
        row=row,
        alerts=alerts,
        query=query or rule.query,
        since=since,
        result=_tested(request, redis, query, name, since) if query else None,
    )


@router.post("/api/backtest", response_model=BacktestResult, tags=["rules"])
def api_backtest(request: Request, redis: RedisDep, body: BacktestRequest) -> BacktestResult:
    """Run a query over the archive (read-only; bounded in length, window, time and
    results). With `rule`, the query is an edit of that live rule: `added` and `removed`
    list what it matches that the live rule does not, and the reverse."""
    return run_tester(redis, console(request).settings, current_rules(request), body)


@router.get("/api/backtest", response_model=BacktestResult, tags=["rules"])
def api_backtest_get(
    request: Request,
    redis: RedisDep,
    query: Annotated[str, Query(min_length=1, max_length=QUERY_MAX_CHARS)],
    rule: RuleName = "",
    since: Since = "7d",
) -> BacktestResult:
    """The same as POST /api/backtest, with the request in the query string."""
    body = BacktestRequest(query=query, rule=rule or None, since=since)
    return run_tester(redis, console(request).settings, current_rules(request), body)


@router.get("/api/why-not", response_model=WhyNot, tags=["rules"])
def api_why_not(
    request: Request,
    redis: RedisDep,
    article_id: ArticleId,
    query: QueryText = "",
    rule: RuleName = "",
) -> WhyNot:
    """Whether a query (or the live rule `rule`) matches one archived article, and the
    clauses that kept it from matching."""
    return _why(request, redis, article_id, query, rule)
