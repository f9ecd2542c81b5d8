"""Decide which matches become alerts (one per rule and story) and queue them atomically."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from services.core import keys
from services.core.models import AlertMessage
from services.core.queues import alert_job_data, alerts_queue
from services.history import records
from services.history.alert_log import record_safely
from services.history.records import HistoryBounds

DEFAULT_HISTORY = HistoryBounds()


def claim_alerts(
    redis: Any, alerts: Sequence[AlertMessage], history: HistoryBounds = DEFAULT_HISTORY
) -> list[AlertMessage]:
    """Alerts not yet raised for their (story, rule), or for their story's material update.

    The claim holds the article id that raised it: when a job is re-run after a crash, its own
    earlier claim does not block it (the notifier's per-target keys stop a double send). An
    update alert (``story_version`` > 0, from a realert_on_update rule) is decided by its own
    per-version claim; it also takes the story's first claim if that was still free, so a
    copy of the same version arriving later does not alert as "new".

    Each alert left out (a copy of a story, or of an update, already alerted) is recorded in
    the alert history with the decision `duplicate`.
    """
    if not alerts:
        return []
    pipe = redis.pipeline(transaction=False)
    for alert in alerts:
        for key in claim_keys(alert):
            pipe.set(key, alert.article_id, nx=True, get=True, ex=keys.ALERT_CLAIM_TTL_SECONDS)
    previous = iter(pipe.execute())
    claimed, copies = [], []
    for alert in alerts:
        holder = [next(previous) for _ in claim_keys(alert)][-1]
        if holder is None or holder.decode() == alert.article_id:
            claimed.append(alert)
        else:
            copies.append((alert, holder.decode()))
    if copies:
        record_safely(redis, lambda: [_copy(a, first) for a, first in copies], history)
    return claimed


def _copy(alert: AlertMessage, first: str) -> records.AlertRecord:
    what = "an update" if alert.story_version else "a story"
    reason = f"copy of {what} already alerted (by article {first})"
    return records.decision(alert, "duplicate", reason)


def claim_keys(alert: AlertMessage) -> list[str]:
    """The story's claim for the rule, then the update's own claim when it is an update."""
    base = keys.alert_claim(alert.story_id, alert.rule)
    if alert.story_version == 0:
        return [base]
    return [base, keys.alert_update_claim(alert.story_id, alert.story_version, alert.rule)]


def enqueue_alerts(redis: Any, alerts: Sequence[AlertMessage]) -> int:
    """Queue alert jobs in one round trip; returns how many were queued."""
    if not alerts:
        return 0
    queue = alerts_queue(redis)
    pipe = redis.pipeline()
    queue.enqueue_many([alert_job_data(a) for a in alerts], pipeline=pipe)
    pipe.hincrby(keys.STATS, "alerts_queued", len(alerts))
    pipe.execute()
    return len(alerts)
