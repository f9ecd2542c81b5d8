"""`/alerts` (searchable history), `/alerts/{id}` (the article with its hits marked, the
story's other sources, the outcome per target) and the reader's mark; `/api/alerts` the same.

Marking is an action: the API needs the bearer token, the form a signed-in browser and its
CSRF token. What a mark does is in services.web.alert_view.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Annotated, Any
from urllib.parse import urlencode

from fastapi import APIRouter, Depends, HTTPException, Path, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse

from services.core.models import ID_PATTERN
from services.history.alert_query import list_alerts
from services.web.alert_view import alert_detail, mark_alert
from services.web.deps import ActionForm, RedisDep, console, render, require_bearer
from services.web.hits import LiveRules
from services.web.models import AlertDetail, AlertList, MarkRequest, MarkResult

router = APIRouter()

PAGE_SIZE = 50
API_LIMIT_MAX = 200
FILTER_MAX_CHARS = 200

AlertId = Annotated[str, Path(pattern=ID_PATTERN)]
Filter = Annotated[str | None, Query(max_length=FILTER_MAX_CHARS)]
Offset = Annotated[int, Query(ge=0, le=1_000_000)]


def live_rules(request: Request) -> LiveRules:
    """The app's view of the live rules file (made on first use)."""
    state = request.app.state
    if getattr(state, "alert_rules", None) is None:
        state.alert_rules = LiveRules(console(request).settings.config_dir)
    rules: LiveRules = state.alert_rules
    return rules


def search(
    redis: Any,
    *,
    rule: str | None,
    source: str | None,
    text: str | None,
    since: datetime | None,
    until: datetime | None,
    offset: int,
    limit: int,
) -> AlertList:
    page = list_alerts(
        redis,
        since=_epoch(since),
        until=_epoch(until),
        rule=rule or None,
        source=source or None,
        text=text or None,
        offset=offset,
        limit=limit,
    )
    return AlertList(alerts=page.alerts, next_offset=page.next_offset, complete=page.complete)


def _epoch(moment: datetime | None) -> float | None:
    if moment is None:
        return None
    return (moment if moment.tzinfo else moment.replace(tzinfo=UTC)).timestamp()


def _moment(text: str | None, name: str) -> datetime | None:
    """A form's date-time field (`2026-12-02T08:30`, UTC unless it says otherwise)."""
    if not text:
        return None
    try:
        return datetime.fromisoformat(text)
    except ValueError:
        raise HTTPException(400, f"{name}: not a date and time (YYYY-MM-DDTHH:MM)") from None


@router.get("/alerts", response_class=HTMLResponse, include_in_schema=False)
def alerts_page(
    request: Request,
    redis: RedisDep,
    rule: Filter = None,
    source: Filter = None,
    text: Filter = None,
    since: Filter = None,
    until: Filter = None,
    offset: Offset = 0,
) -> HTMLResponse:
    filters = {"rule": rule, "source": source, "text": text, "since": since, "until": until}
    found = search(
        redis,
        rule=rule,
        source=source,
        text=text,
        since=_moment(since, "since"),
        until=_moment(until, "until"),
        offset=offset,
        limit=PAGE_SIZE,
    )
    kept = {k: v for k, v in filters.items() if v}
    next_url = (
        None
        if found.next_offset is None
        else "/alerts?" + urlencode({**kept, "offset": found.next_offset})
    )
    prev_url = (
        None
        if offset == 0
        else "/alerts?" + urlencode({**kept, "offset": max(0, offset - PAGE_SIZE)})
    )
    return render(
        request,
        "alerts.html",
        found=found,
        filters={k: v or "" for k, v in filters.items()},
        next_url=next_url,
        prev_url=prev_url,
    )


@router.get("/api/alerts", response_model=AlertList, tags=["alerts"])
def api_alerts(
    redis: RedisDep,
    rule: Filter = None,
    source: Filter = None,
    text: Filter = None,
    since: datetime | None = None,
    until: datetime | None = None,
    offset: Offset = 0,
    limit: Annotated[int, Query(ge=1, le=API_LIMIT_MAX)] = PAGE_SIZE,
) -> AlertList:
    """Alerts newest first, filtered by rule (exact), source (exact, any case), text (in the
    title, URL, source or rule) and time range (of the alert's latest record); page with
    `offset` = the previous page's `next_offset`."""
    return search(
        redis,
        rule=rule,
        source=source,
        text=text,
        since=since,
        until=until,
        offset=offset,
        limit=limit,
    )


def _detail(request: Request, redis: Any, alert_id: str) -> AlertDetail:
    found = alert_detail(redis, console(request).settings, live_rules(request), alert_id)
    if found is None:
        raise HTTPException(404, "no such alert in the history (unknown, or older than it)")
    return found


@router.get("/alerts/{alert_id}", response_class=HTMLResponse, include_in_schema=False)
def alert_page(
    request: Request, redis: RedisDep, alert_id: AlertId, marked: str = ""
) -> HTMLResponse:
    return render(request, "alert.html", detail=_detail(request, redis, alert_id), marked=marked)


@router.get("/api/alerts/{alert_id}", response_model=AlertDetail, tags=["alerts"])
def api_alert(request: Request, redis: RedisDep, alert_id: AlertId) -> AlertDetail:
    """One alert: its history and outcome per target, the article with the rule's hits
    marked (as text segments), the story's other sources, its mute and mark."""
    return _detail(request, redis, alert_id)


def _mark(request: Request, redis: Any, alert_id: str, relevant: bool) -> MarkResult:
    detail = _detail(request, redis, alert_id)
    return mark_alert(redis, console(request).settings, detail.alert, relevant)


@router.post("/alerts/{alert_id}/mark", include_in_schema=False)
def alert_mark_form(
    request: Request, form: ActionForm, redis: RedisDep, alert_id: AlertId
) -> RedirectResponse:
    verdict = form.get("relevant")
    if verdict not in ("yes", "no"):
        raise HTTPException(400, "relevant must be yes or no")
    _mark(request, redis, alert_id, verdict == "yes")
    return RedirectResponse(f"/alerts/{alert_id}?marked={verdict}", status_code=303)


@router.post(
    "/api/alerts/{alert_id}/mark",
    response_model=MarkResult,
    tags=["alerts"],
    dependencies=[Depends(require_bearer)],
)
def api_alert_mark(
    request: Request, body: MarkRequest, redis: RedisDep, alert_id: AlertId
) -> MarkResult:
    """Mark the alert relevant or not (needs `Authorization: Bearer <NEWSWATCH_WEB_TOKEN>`).
    Not relevant: the story is muted for the rule (its copies and updates are recorded
    `muted`, not sent). Relevant: recorded, and such a mute is lifted."""
    return _mark(request, redis, alert_id, body.relevant)
