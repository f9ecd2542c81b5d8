"""Target health: a target that keeps failing raises one ops alert, and one when it recovers.

Consecutive failed attempts are counted per target in Redis (any message, any rule). At
`failures_before_ops` the "failing" alert is made, once per outage (`HSETNX alerted`); the
first success after an alerted outage makes the "recovered" alert. Both are ordinary alerts
for the `ops` tag, delivered through the other targets (never the failing one), with ids
derived from (target, outage, event) so each is delivered once.
"""

from __future__ import annotations

import hashlib
import time
from typing import Any

from services.core import keys
from services.core.models import AlertMessage
from services.notifier.channels import Target
from services.notifier.outbox import Outgoing
from services.notifier.policy import describe_time

OPS_TAG = "ops"
RULE = "channel-health"


def failed(redis: Any, target: Target, error: str, threshold: int) -> tuple[int, Outgoing | None]:
    """Count a failed attempt: the consecutive failures so far, and the ops alert to raise
    when this failure crosses the line."""
    key = keys.target_health(target.id)
    now = time.time()
    pipe = redis.pipeline(transaction=True)
    pipe.hincrby(key, "failures", 1)
    pipe.hsetnx(key, "failing_since", f"{now:.0f}")
    pipe.hset(key, mapping={"last_error": error, "label": target.label})
    pipe.hget(key, "failing_since")
    failures, _, _, since = pipe.execute()
    if failures < threshold or not redis.hsetnx(key, "alerted", "1"):
        return int(failures), None
    snippet = (
        f"{failures} consecutive failed attempts since {describe_time(float(since))}. "
        f"Last error: {error}. Deliveries to it are retried and then parked "
        "(newswatch alerts failed)."
    )
    return int(failures), _alert(target, since.decode(), "is failing", snippet)


def succeeded(redis: Any, target: Target) -> Outgoing | None:
    """Clear the failure count; the "recovered" ops alert if the outage had been alerted."""
    key = keys.target_health(target.id)
    pipe = redis.pipeline(transaction=True)
    pipe.hgetall(key)
    pipe.delete(key)
    state, _ = pipe.execute()
    if not state or state.get(b"alerted") != b"1":
        return None
    since = state.get(b"failing_since", b"0").decode()
    snippet = (
        f"Delivering again after failing since {describe_time(float(since))}. "
        f"Last error was: {state.get(b'last_error', b'?').decode()}."
    )
    return _alert(target, since, "works again", snippet)


def _alert(target: Target, outage: str, event: str, snippet: str) -> Outgoing:
    digest = hashlib.sha256(f"{target.id}\x00{outage}\x00{event}".encode()).hexdigest()[:32]
    alert = AlertMessage(
        alert_id=f"targethealth-{digest}",
        rule=RULE,
        rules_version=RULE,
        notify=[OPS_TAG],
        article_id=f"target-{target.id}-{outage}",
        story_id=f"target-{target.id}-{outage}",
        title=f"Alert channel {target.label} {event}",
        source="newswatch",
        matched_terms=[],
        snippet=snippet,
    )
    return Outgoing.single(alert)
