"""Whether an alert goes out now or waits for its rule's next digest (delivery policy).

Evaluation never stops: workers queue every alert; only here may one be held. A held alert
joins its rule's pending set in Redis (JSON; it survives restarts) and the digest job for
the earliest due time is scheduled on the `alerts` queue. Reasons to hold, in order:

- `mode: digest`: until the next `digest_every` boundary or `digest_cron` time;
- `quiet_hours`: until they end;
- `min_interval`: an alert of this rule went out less than that long ago;
- `max_per_hour`: the rule already sent that many this clock hour (the rest are rolled up
  into one message at the end of the hour: "… and 37 more").

Each alert's decision is recorded (`nw:decided:{alert}`), so a duplicate copy of the job
follows the first copy's decision instead of being held or counted again.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict

from services.core import keys
from services.core.models import AlertMessage, DeliveryPolicy
from services.core.queues import SEND_DIGEST_JOB, schedule_alert_job
from services.notifier.outbox import rule_key
from services.notifier.policy import (
    describe_time,
    hour_end,
    hour_of,
    next_digest,
    not_quiet,
    quiet_until,
)

Decision = Literal["now", "held", "duplicate"]
HOUR_COUNT_TTL_SECONDS = 2 * 3600


@dataclass(frozen=True)
class Hold:
    """Why and until when an alert waits: `quiet-hours`, or `held` (digest, min_interval,
    max_per_hour; the reason says which), as the alert history records it."""

    due: float
    event: Literal["held", "quiet-hours"]
    reason: str


@dataclass(frozen=True)
class Admission:
    """`admit`'s answer: the decision, and the hold when the alert was held."""

    decision: Decision
    hold: Hold | None = None


class DigestMeta(BaseModel):
    """What a digest job needs besides the alerts: the rule, its tags and its policy."""

    model_config = ConfigDict(frozen=True, extra="forbid", hide_input_in_errors=True)

    rule: str
    notify: list[str]
    policy: DeliveryPolicy


def admit(redis: Any, alert: AlertMessage, now: float) -> Admission:
    """Send now, or hold for the rule's digest; a duplicate copy gets the first decision."""
    decision_key = keys.alert_decision(alert.alert_id)
    prior = redis.get(decision_key)
    if prior is not None:
        return Admission("now" if prior == b"now" else "duplicate")
    held = hold_until(redis, alert, now)
    if held is None:
        redis.set(decision_key, "now", ex=keys.DELIVERED_TTL_SECONDS)
        return Admission("now")
    hold(redis, alert, math.ceil(held.due))
    return Admission("held", held)


def hold_until(redis: Any, alert: AlertMessage, now: float) -> Hold | None:
    """None to send now; else when the digest holding this alert is due (epoch s), and why."""
    policy = alert.delivery
    if policy.mode == "digest":
        due = not_quiet(policy, next_digest(policy, now))
        return Hold(due, "held", f"digest due {describe_time(due)}")
    quiet_end = quiet_until(policy.quiet_hours, now)
    if quiet_end is not None:
        return Hold(quiet_end, "quiet-hours", f"quiet hours until {describe_time(quiet_end)}")
    key = rule_key(alert.rule)
    if policy.min_interval:
        gate = keys.rule_gate(key)
        if not redis.set(gate, f"{now:.3f}", nx=True, px=max(1, int(policy.min_interval * 1000))):
            due = not_quiet(policy, now + max(0, int(redis.pttl(gate))) / 1000)
            why = f"min_interval {policy.min_interval:g}s: rolled up, due {describe_time(due)}"
            return Hold(due, "held", why)
    if policy.max_per_hour:
        counter = keys.rule_hour_count(key, hour_of(now))
        pipe = redis.pipeline(transaction=True)
        pipe.incr(counter)
        pipe.expire(counter, HOUR_COUNT_TTL_SECONDS)
        sent, _ = pipe.execute()
        if sent > policy.max_per_hour:
            due = not_quiet(policy, hour_end(now))
            why = f"max_per_hour {policy.max_per_hour} reached: rolled up, due {describe_time(due)}"
            return Hold(due, "held", why)
    return None


def hold(redis: Any, alert: AlertMessage, due: int) -> None:
    """Add to the rule's pending digest (due no later than `due`) and schedule its job."""
    key = rule_key(alert.rule)
    meta = DigestMeta(rule=alert.rule, notify=list(alert.notify), policy=alert.delivery)
    pipe = redis.pipeline(transaction=True)
    pipe.hsetnx(keys.pending_digest(key), alert.alert_id, alert.model_dump_json())
    pipe.set(keys.pending_digest_meta(key), meta.model_dump_json())
    pipe.zadd(keys.DIGESTS_DUE, {key: due}, lt=True)
    pipe.set(keys.alert_decision(alert.alert_id), "held", ex=keys.DELIVERED_TTL_SECONDS)
    pipe.zscore(keys.DIGESTS_DUE, key)
    *_, scheduled = pipe.execute()
    schedule_digest(redis, key, int(scheduled))


def schedule_digest(redis: Any, key: str, due: int) -> None:
    """One job per (rule, due time): scheduling it again is a no-op."""
    schedule_alert_job(redis, float(due), SEND_DIGEST_JOB, (key, due), f"digest-{key}-{due}")
