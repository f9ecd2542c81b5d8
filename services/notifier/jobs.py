"""RQ job entry points on the `alerts` queue (enqueued by dotted path, JSON arguments only).

- `deliver_alert(alert)`: a worker's alert: held for a digest, or queued for each target;
- `retry_delivery(message_id, target_id, attempt)`: queue one target's delivery again (an
  operator's `alerts retry`; also what older notifiers scheduled);
- `send_digest(rule_key, due)`: a rule's held alerts as one message.

These jobs never send: they put the message on each target's lane in Redis (notifier.lanes)
and end; the per-target senders deliver it. RQ's own Retry only guards against a notifier
dying mid-job, and a re-run adds nothing already queued.
"""

from __future__ import annotations

import logging
import time
from pathlib import Path
from typing import Any

from services.core import counters, keys, stats
from services.core.models import AlertMessage
from services.notifier import context, digests, holding, outbox
from services.notifier.alert_log import LOG_TARGET_ID, append_alert, print_alert
from services.notifier.channels import select
from services.notifier.delivery import deliver_all

log = logging.getLogger(__name__)


def deliver_alert(payload: dict[str, Any]) -> dict[str, int]:
    """Send an alert to every selected target not yet reached, or hold it for a digest."""
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
        return {}
    decision = holding.admit(ctx.redis, alert, ctx.clock())
    if decision != "now":
        return {decision: 1}
    return deliver_all(ctx, outbox.Outgoing.single(alert), selected)


def retry_delivery(message_id: str, target_id: str, attempt: int) -> str:
    """Queue one (message, target) again, its attempts counted from 1 when `attempt` is 1."""
    ctx = context.current()
    message = outbox.load(ctx.redis, message_id)
    target = next((t for t in ctx.channels.current() if t.id == target_id), None)
    if message is None or target is None:
        what = "message expired" if message is None else "target no longer configured"
        text = f"retry of {message_id} for {target_id} dropped: {what}"
        log.error("%s", text)
        stats.record_error(ctx.redis, "notifier", text)
        return "dropped"
    deliver_all(ctx, message, [target], restart=attempt <= 1)
    return "queued"


def send_digest(rule_key: str, due: int) -> dict[str, int]:
    return digests.send_digest(context.current(), rule_key, due)


def _deliver_to_log(redis: Any, path: Path, alert: AlertMessage) -> dict[str, int]:
    key = keys.delivered(alert.alert_id, LOG_TARGET_ID)
    if redis.exists(key):
        return {"already": 1}
    print_alert(alert)
    append_alert(path, alert)
    pipe = redis.pipeline(transaction=False)
    pipe.set(key, 1, ex=keys.DELIVERED_TTL_SECONDS)
    stats.bump(pipe, alerts_sent=1)
    counters.bump_labelled(pipe, "alerts_sent_by_channel", "log")
    counters.observe(pipe, "delivery", time.time() - alert.matched_at.timestamp())
    pipe.execute()
    return {"sent": 1}
