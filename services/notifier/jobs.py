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
from typing import Any

from services.core import keys, stats
from services.core.models import AlertMessage
from services.history import mutes
from services.notifier import context, digests, holding, outbox
from services.notifier.alert_log import LOG_TARGET_ID
from services.notifier.channels import select
from services.notifier.delivery import deliver_all
from services.notifier.recording import decided, to_alert_log

log = logging.getLogger(__name__)


def deliver_alert(payload: dict[str, Any]) -> dict[str, int]:
    """Send an alert to every selected target not yet reached, or hold it for a digest; a
    muted (rule, story) is not sent. Each decision is recorded in the alert history, and
    every alert sent now is also written to the alert log."""
    ctx = context.current()
    alert = AlertMessage.model_validate(payload)
    if mutes.is_muted(ctx.redis, alert.rule, alert.story_id):
        decided(ctx, [alert], "muted", "the rule's alerts for this story are muted")
        return {"muted": 1}
    targets = ctx.channels.current()
    if not targets:
        return _log_only(ctx, alert)
    selected = select(targets, alert.notify)
    if not selected:
        message = f"alert {alert.rule!r}: no channel has tag(s) {', '.join(alert.notify)}"
        stats.record_error(ctx.redis, "notifier", message)
        log.error("%s", message)
        decided(ctx, [alert], "no-channel", f"no channel has tag(s) {', '.join(alert.notify)}")
        return {}
    admission = holding.admit(ctx.redis, alert, ctx.clock())
    if admission.hold is not None:
        decided(ctx, [alert], admission.hold.event, admission.hold.reason)
    if admission.decision != "now":
        return {admission.decision: 1}
    result = deliver_all(ctx, outbox.Outgoing.single(alert), selected)
    if not ctx.redis.exists(keys.delivered(alert.alert_id, LOG_TARGET_ID)):  # not a re-run
        decided(ctx, [alert], "queued", f"to {len(selected)} target(s) and the alert log")
        to_alert_log(ctx, [alert], only_channel=False)
    return result


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


def _log_only(ctx: context.NotifierContext, alert: AlertMessage) -> dict[str, int]:
    """No channel configured: the alert log is the channel (printed and written)."""
    if ctx.redis.exists(keys.delivered(alert.alert_id, LOG_TARGET_ID)):
        return {"already": 1}
    decided(ctx, [alert], "queued", "to the alert log (no channel configured)")
    to_alert_log(ctx, [alert], only_channel=True)
    return {"sent": 1}
