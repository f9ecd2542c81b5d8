"""`/deliveries`: parked deliveries with a retry action; `/api/deliveries` and its retry.

A retry hands the parked (message, target) back to the notifier as its first attempt, the
same as `newswatch alerts retry`. It is an action: the API needs the bearer token, the form a
signed-in browser and its CSRF token.
"""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse

from services.core.deliveries import pending_deliveries
from services.notifier import parking
from services.web.deps import ActionForm, RedisDep, render, require_bearer
from services.web.models import RETRY_IDS_MAX, Deliveries, RetryRequest, RetryResult

router = APIRouter()


# Parked deliveries listed at once (the oldest); the rest are retried with "Retry all".
PARKED_SHOWN = 500


def read_deliveries(redis: Any, limit: int = PARKED_SHOWN) -> Deliveries:
    parked = parking.list_parked(redis)
    return Deliveries(parked=parked[:limit], total=len(parked), waiting=pending_deliveries(redis))


def retry(redis: Any, request: RetryRequest) -> RetryResult:
    queued, missing = parking.retry(redis, None if request.all else request.ids)
    return RetryResult(queued=queued, missing=missing)


@router.get("/deliveries", response_class=HTMLResponse, include_in_schema=False)
def deliveries_page(
    request: Request, redis: RedisDep, queued: int = -1, missing: int = 0
) -> HTMLResponse:
    return render(
        request,
        "deliveries.html",
        deliveries=read_deliveries(redis),
        queued=queued,
        missing=missing,
    )


@router.post("/deliveries/retry", include_in_schema=False)
def deliveries_retry_form(form: ActionForm, redis: RedisDep) -> RedirectResponse:
    ids = [i for i in form.getlist("id") if isinstance(i, str)][:RETRY_IDS_MAX]
    wanted = RetryRequest(all=True) if form.get("all") == "1" else RetryRequest(ids=ids)
    result = retry(redis, wanted)
    target = f"/deliveries?queued={len(result.queued)}&missing={len(result.missing)}"
    return RedirectResponse(target, status_code=303)


@router.get("/api/deliveries", response_model=Deliveries, tags=["deliveries"])
def api_deliveries(
    redis: RedisDep, limit: Annotated[int, Query(ge=1, le=PARKED_SHOWN)] = PARKED_SHOWN
) -> Deliveries:
    """Parked deliveries (what failed for good or ran out of retries), oldest first."""
    return read_deliveries(redis, limit)


@router.post(
    "/api/deliveries/retry",
    response_model=RetryResult,
    tags=["deliveries"],
    dependencies=[Depends(require_bearer)],
)
def api_deliveries_retry(body: RetryRequest, redis: RedisDep) -> RetryResult:
    """Send parked deliveries again (needs `Authorization: Bearer <NEWSWATCH_WEB_TOKEN>`)."""
    return retry(redis, body)
