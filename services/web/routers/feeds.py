"""`/feeds`: each feed's health (last poll, success, errors, backoff, entries); `/api/feeds`."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse

from services.status import collect_status
from services.web.data import feeds_health
from services.web.deps import RedisDep, render
from services.web.models import Feeds

router = APIRouter()


def read_feeds(redis: Any) -> Feeds:
    return Feeds(feeds=feeds_health(collect_status(redis).feeds))


@router.get("/feeds", response_class=HTMLResponse, include_in_schema=False)
def feeds_page(request: Request, redis: RedisDep) -> HTMLResponse:
    return render(request, "feeds.html", feeds=read_feeds(redis).feeds)


@router.get("/api/feeds", response_model=Feeds, tags=["feeds"])
def api_feeds(redis: RedisDep) -> Feeds:
    """Every feed the poller has state for, failing ones first."""
    return read_feeds(redis)
