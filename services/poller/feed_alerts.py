"""Ops alerts about sick sources: one when a feed has failed for too long, one when it recovers.

An outage is identified by its `failing_since` time. The "down" alert is raised once per
outage (the feed state's `alerted_outage` field says it is out), and the "recovered" alert
only for an outage that had a "down" alert. Each is an ordinary job on the `alerts` queue,
tagged for the `ops` channel, with an alert id derived from (feed, outage, event): the two
events of one outage are both delivered, and a retry of either is never delivered twice.
The flag and the job are written in one MULTI/EXEC, and only the poller holding the feed's
schedule lease touches them, so replicas cannot raise an alert twice.
"""

from __future__ import annotations

import hashlib
import logging
import time
from datetime import UTC, datetime
from typing import Any

from services.core import keys
from services.core.logs import escape
from services.core.models import AlertMessage
from services.core.queues import alert_job_data, alerts_queue
from services.poller.feeds_config import FeedConfig

log = logging.getLogger(__name__)

OPS_TAG = "ops"
RULE_PREFIX = "feed-health:"


def _when(epoch: float) -> str:
    return datetime.fromtimestamp(epoch, UTC).strftime("%Y-%m-%d %H:%M UTC")


def duration_text(seconds: float) -> str:
    """A duration like `6 h 12 min` or `45 min`."""
    minutes = int(seconds // 60)
    hours, minutes = divmod(minutes, 60)
    return f"{hours} h {minutes} min" if hours else f"{minutes} min"


def health_alert(feed: FeedConfig, outage: str, event: str, snippet: str) -> AlertMessage:
    """The alert message for one event ("down" or "recovered") of one outage."""
    digest = hashlib.sha256(f"{feed.name}\x00{outage}\x00{event}".encode()).hexdigest()[:32]
    title = f"Feed {feed.name} is failing" if event == "down" else f"Feed {feed.name} recovered"
    return AlertMessage(
        alert_id=f"feedhealth-{digest}",
        rule=f"{RULE_PREFIX}{feed.name}",
        rules_version="feed-health",
        notify=[OPS_TAG],
        article_id=f"feed-{feed.name}-{outage}",
        story_id=f"feed-{feed.name}-{outage}",
        title=title,
        source=feed.name,
        url=feed.url,
        matched_terms=[],
        snippet=snippet,
    )


class FeedAlerts:
    """Raises the ops alerts for one poller; called after each poll with the feed's state."""

    def __init__(self, redis: Any, alert_after_seconds: float) -> None:
        self.redis = redis
        self.alert_after_seconds = alert_after_seconds
        self.queue = alerts_queue(redis)

    def after_failure(self, feed: FeedConfig, fields: dict[str, str], alerted: str | None) -> None:
        """Raise the "down" alert once the outage in `fields` is old enough."""
        outage = fields["failing_since"]
        down_for = time.time() - float(outage)
        if alerted == outage or down_for < self.alert_after_seconds:
            return
        snippet = (
            f"Failing since {_when(float(outage))} ({duration_text(down_for)}, "
            f"{fields['failures']} consecutive failures). Last error: {fields['last_error']}"
        )
        self._raise(feed, health_alert(feed, outage, "down", snippet), alerted_outage=outage)
        log.warning(
            "feed %s: failing for %s, ops alert raised", escape(feed.name), duration_text(down_for)
        )

    def after_success(self, feed: FeedConfig, state: dict[str, str]) -> None:
        """Raise the "recovered" alert if this success ends an outage that was alerted."""
        outage = state.get("alerted_outage")
        if not outage:
            return
        down_for = time.time() - float(outage)
        snippet = (
            f"Polled successfully again after {duration_text(down_for)} of failures "
            f"(since {_when(float(outage))}). Last error was: {state.get('last_error', '?')}"
        )
        self._raise(feed, health_alert(feed, outage, "recovered", snippet), alerted_outage=None)
        log.info(
            "feed %s: recovered after %s, ops alert raised",
            escape(feed.name),
            duration_text(down_for),
        )

    def _raise(self, feed: FeedConfig, alert: AlertMessage, alerted_outage: str | None) -> None:
        key = keys.feed_state(feed.name)
        pipe = self.redis.pipeline(transaction=True)
        if alerted_outage is None:
            pipe.hdel(key, "alerted_outage")
        else:
            pipe.hset(key, "alerted_outage", alerted_outage)
        self.queue.enqueue_many([alert_job_data(alert)], pipeline=pipe)
        pipe.execute()
