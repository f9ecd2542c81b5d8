"""`/healthz` (the process answers), `/readyz` (Redis and rules), `/metrics` (Prometheus)."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse, Response
from prometheus_client import CONTENT_TYPE_LATEST, generate_latest

from services.core import keys
from services.core.failures import STORE_ERRORS
from services.web.deps import RedisDep
from services.web.models import Health, Readiness

router = APIRouter(tags=["health"])


@router.get("/healthz", response_model=Health)
def healthz() -> Health:
    """The console process answers."""
    return Health()


@router.get("/readyz", response_model=Readiness, responses={503: {"model": Readiness}})
def readyz(redis: RedisDep) -> Response:
    """Ready when Redis answers and the workers have loaded rules (503 otherwise)."""
    try:
        redis.ping()
        rules = {k.decode(): v.decode() for k, v in redis.hgetall(keys.rules_state()).items()}
    except STORE_ERRORS:
        state = Readiness(ready=False, redis=False, rules_loaded=False)
    else:
        loaded = bool(rules.get("version"))
        stale = rules.get("stale") == "1"
        state = Readiness(ready=loaded, redis=True, rules_loaded=loaded, rules_stale=stale)
    return JSONResponse(state.model_dump(), status_code=200 if state.ready else 503)


@router.get("/metrics", response_class=Response)
def metrics(request: Request) -> Response:
    """Prometheus text format: every counter of `newswatch status --json`, read at scrape."""
    body = generate_latest(request.app.state.metrics_registry)
    return Response(body, media_type=CONTENT_TYPE_LATEST)
