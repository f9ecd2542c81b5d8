"""Decide which matches become alerts (one per rule and story) and queue them atomically."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from services.core import keys
from services.core.models import AlertMessage
from services.core.queues import alert_job_data, alerts_queue


def claim_alerts(redis: Any, alerts: Sequence[AlertMessage]) -> list[AlertMessage]:
    """Alerts not yet raised for their (story, rule).

    The claim holds the article id that raised it: when a job is re-run after a crash, its own
    earlier claim does not block it (the notifier's per-target keys stop a double send).
    """
    if not alerts:
        return []
    pipe = redis.pipeline(transaction=False)
    for alert in alerts:
        pipe.set(
            keys.alert_claim(alert.story_id, alert.rule),
            alert.article_id,
            nx=True,
            get=True,
            ex=keys.ALERT_CLAIM_TTL_SECONDS,
        )
    previous = pipe.execute()
    return [
        alert
        for alert, holder in zip(alerts, previous, strict=True)
        if holder is None or holder.decode() == alert.article_id
    ]


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
