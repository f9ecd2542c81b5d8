"""RQ job entry point for the `alerts` queue: deliver one alert to each of its targets once."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from rq import get_current_job

from services.core import keys, stats
from services.core.errors import DeliveryUnavailable
from services.core.models import AlertMessage
from services.notifier import context
from services.notifier.alert_log import LOG_TARGET_ID, append_alert, print_alert
from services.notifier.channels import Target, select
from services.notifier.render import alert_body, alert_title

log = logging.getLogger(__name__)


def deliver_alert(payload: dict[str, Any]) -> dict[str, int]:
    """Send to every selected target not yet reached; a failure raises for RQ to retry."""
    ctx = context.current()
    alert = AlertMessage.model_validate(payload)
    targets = ctx.channels.current()
    if not targets:
        return _deliver_to_log(ctx.redis, ctx.alert_log, alert)
    selected = select(targets, alert.notify)
    if not selected:
        message = f"alert {alert.rule!r}: no channel has tag(s) {', '.join(alert.notify)}"
        stats.record_error(ctx.redis, "notifier", message)
        log.error("%s", message)
        return {"sent": 0, "failed": 0}
    failed = [t for t in selected if not _send_once(ctx.redis, alert, t)]
    if failed:
        _fail(ctx.redis, alert, failed, len(selected))
    stats.bump(ctx.redis, alerts_sent=1)
    log.info("alert %r delivered to %d target(s)", alert.rule, len(selected))
    return {"sent": len(selected), "failed": 0}


def _deliver_to_log(redis: Any, path: Path, alert: AlertMessage) -> dict[str, int]:
    key = keys.delivered(alert.alert_id, LOG_TARGET_ID)
    if redis.exists(key):
        return {"sent": 0, "failed": 0}
    print_alert(alert)
    append_alert(path, alert)
    pipe = redis.pipeline(transaction=False)
    pipe.set(key, 1, ex=keys.DELIVERED_TTL_SECONDS)
    stats.bump(pipe, alerts_sent=1)
    pipe.execute()
    return {"sent": 1, "failed": 0}


def _send_once(redis: Any, alert: AlertMessage, target: Target) -> bool:
    """True when the target has the alert (now or from an earlier attempt)."""
    key = keys.delivered(alert.alert_id, target.id)
    if redis.exists(key):
        return True
    if not target.send(alert_title(alert), alert_body(alert)):
        return False
    redis.set(key, 1, ex=keys.DELIVERED_TTL_SECONDS)
    return True


def _fail(redis: Any, alert: AlertMessage, failed: list[Target], total: int) -> None:
    labels = ", ".join(t.label for t in failed)
    message = f"alert {alert.rule!r}: {len(failed)} of {total} target(s) failed: {labels}"
    job = get_current_job()
    if job is None or not job.retries_left:
        stats.bump(redis, alerts_failed=1)
        message += " (no retries left: parked in the failed registry)"
    stats.record_error(redis, "notifier", message)
    raise DeliveryUnavailable(message)
