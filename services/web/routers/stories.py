"""`/stories` and `/api/stories`: recent stories, where they ran and the rules that alerted."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse

from services.web.deps import RedisDep, render
from services.web.models import Stories
from workers.stories import recent_stories

router = APIRouter()

HOURS_DEFAULT = 24
HOURS_MAX = 24 * 31
LIMIT_DEFAULT = 200
LIMIT_MAX = 1000

Hours = Annotated[float, Query(gt=0, le=HOURS_MAX, description="first seen within (hours)")]
Limit = Annotated[int, Query(ge=1, le=LIMIT_MAX)]


def read_stories(redis: Any, hours: float, limit: int) -> Stories:
    return Stories(stories=recent_stories(redis, hours * 3600, limit=limit))


@router.get("/stories", response_class=HTMLResponse, include_in_schema=False)
def stories_page(
    request: Request, redis: RedisDep, hours: Hours = HOURS_DEFAULT, limit: Limit = LIMIT_DEFAULT
) -> HTMLResponse:
    return render(request, "stories.html", found=read_stories(redis, hours, limit), hours=hours)


@router.get("/api/stories", response_model=Stories, tags=["stories"])
def api_stories(
    redis: RedisDep, hours: Hours = HOURS_DEFAULT, limit: Limit = LIMIT_DEFAULT
) -> Stories:
    """Stories first seen in the last `hours`, newest first: the first source and title,
    every source that ran it, its updates, and the rules that alerted for it."""
    return read_stories(redis, hours, limit)
