"""The notifier's side of the alert history (services.history): decisions and outcomes,
and the alert log channel (`var/alerts.jsonl`) every alert that goes out is written to.

Each function writes one pipelined batch of records; a failure to record is contained by
`record_safely` (a Redis outage passes through, as for the delivery's own writes).
"""

from __future__ import annotations

import time
from collections.abc import Sequence

from services.core import counters, keys, stats
from services.core.failures import describe, record_failure
from services.core.models import AlertMessage
from services.history import records
from services.history.alert_log import record_safely
from services.history.records import Decision, Outcome, TargetRef
from services.notifier.alert_log import LOG_TARGET_ID, append_alert, print_alert
from services.notifier.channels import Target
from services.notifier.context import NotifierContext
from services.notifier.outbox import Outgoing

LOG_TARGET = TargetRef(id=LOG_TARGET_ID, name=LOG_TARGET_ID)


def decided(
    ctx: NotifierContext, alerts: Sequence[AlertMessage], event: Decision, reason: str = ""
) -> None:
    """Record the same decision for each alert."""
    now = ctx.clock()
    record_safely(
        ctx.redis, lambda: [records.decision(a, event, reason, now) for a in alerts], ctx.history
    )


def delivered(
    ctx: NotifierContext,
    message: Outgoing,
    target: Target,
    event: Outcome,
    *,
    reason: str = "",
    attempt: int | None = None,
) -> None:
    """Record one target's outcome for each alert of the message (one or a digest's)."""
    now = ctx.clock()

    def build() -> list[records.AlertRecord]:
        ref = target.ref()
        return [
            records.outcome(
                a, ref, event, reason=reason, attempt=attempt, message_id=message.id, at=now
            )
            for a in message.alerts
        ]

    record_safely(ctx.redis, build, ctx.history)


def to_alert_log(
    ctx: NotifierContext, alerts: Sequence[AlertMessage], *, only_channel: bool
) -> int:
    """Write each alert not yet written to the alert log (printed too when it is the only
    channel) and record its outcome; how many were written."""
    redis = ctx.redis
    pipe = redis.pipeline(transaction=False)
    for alert in alerts:
        pipe.exists(keys.delivered(alert.alert_id, LOG_TARGET_ID))
    fresh = [a for a, done in zip(alerts, pipe.execute(), strict=True) if not done]
    if not fresh:
        return 0
    for alert in fresh:
        if only_channel:
            print_alert(alert)
        try:
            append_alert(ctx.alert_log, alert, ctx.alert_log_max_bytes)
        except OSError as exc:
            if only_channel:
                raise  # the only channel: the job fails and is retried, as any delivery
            # Beside other channels the log must not fail the alert their lanes now hold.
            record_failure(redis, "alert log", str(ctx.alert_log), describe(exc))
            return 0
    pipe = redis.pipeline(transaction=False)
    for alert in fresh:
        pipe.set(keys.delivered(alert.alert_id, LOG_TARGET_ID), 1, ex=keys.DELIVERED_TTL_SECONDS)
    if only_channel:
        stats.bump(pipe, alerts_sent=len(fresh))
        for alert in fresh:
            counters.bump_labelled(pipe, "alerts_sent_by_channel", "log")
            counters.observe(pipe, "delivery", time.time() - alert.matched_at.timestamp())
    pipe.execute()
    now = ctx.clock()

    def build() -> list[records.AlertRecord]:
        return [records.outcome(a, LOG_TARGET, "sent", at=now) for a in fresh]

    record_safely(redis, build, ctx.history)
    return len(fresh)
