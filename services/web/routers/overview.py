"""`/`: the overview (refreshes itself), and `/api/status`, `/api/activity`."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse

from services.core.counters import read_hourly
from services.core.outages import outage_line
from services.notifier.parking import list_parked
from services.status import Status, collect_status
from services.web.chart import build_chart
from services.web.data import feeds_health, rules_state
from services.web.deps import RedisDep, render
from services.web.models import Activity

router = APIRouter()
SHOWN_ERRORS = 20
SHOWN_FAILED_ITEMS = 20
REFRESH_SECONDS = 10


def overview_context(redis: Any) -> dict[str, Any]:
    """Everything the overview shows, read in one pass."""
    status = collect_status(redis)
    hours = read_hourly(redis)
    return {
        "status": status,
        "chart": build_chart(hours),
        "rules": rules_state(status.rules),
        "outage": outage_line(redis),
        "failing_feeds": [f for f in feeds_health(status.feeds) if f.state != "ok"],
        "parked": list_parked(redis)[-SHOWN_ERRORS:][::-1],
        "recent_errors": status.recent_errors[:SHOWN_ERRORS],
        "failed_items": status.failed_items[:SHOWN_FAILED_ITEMS],
        "refresh_seconds": REFRESH_SECONDS,
    }


@router.get("/", response_class=HTMLResponse, summary="Overview page", include_in_schema=False)
def overview_page(request: Request, redis: RedisDep) -> HTMLResponse:
    return render(request, "overview.html", **overview_context(redis))


@router.get("/live/overview", response_class=HTMLResponse, include_in_schema=False)
def overview_live(request: Request, redis: RedisDep) -> HTMLResponse:
    """The overview's body alone: what its script swaps in every few seconds."""
    return render(request, "_overview_body.html", **overview_context(redis))


@router.get("/api/status", response_model=Status, tags=["status"])
def api_status(redis: RedisDep) -> Status:
    """Counters, queues, feeds, rules, heartbeats, failures: `newswatch status --json`."""
    return collect_status(redis)


@router.get("/api/activity", response_model=Activity, tags=["status"])
def api_activity(redis: RedisDep) -> Activity:
    """Articles in, processed, matched and alerts sent per hour over the last day."""
    return Activity(hours=read_hourly(redis))
