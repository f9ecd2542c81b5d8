"""One message to one target, at most once, with its own retries.

Each (message, target) pair has its own status: `nw:delivered:{message}:{target}` once the
target accepted it (a retry, a restart or a duplicate copy of the job then skips it), a lock
while one notifier is sending (a concurrent copy leaves it to that one), a retry scheduled
on the `alerts` queue after a transient failure (exponential backoff, or longer when the
service asked with Retry-After), and a parked entry after a permanent failure or the last
attempt. Other targets never wait for a failing one: each gets its own attempt and its own
retry job.
"""

from __future__ import annotations

import hashlib
import logging
import time
import uuid
from collections.abc import Sequence
from typing import Literal

from services.core import keys, stats
from services.core.errors import DeliveryRejected, DeliveryUnavailable
from services.core.queues import RETRY_DELIVERY_JOB, schedule_alert_job
from services.notifier import health, outbox, parking
from services.notifier.channels import Target, select
from services.notifier.compose import compose
from services.notifier.context import NotifierContext
from services.notifier.outbox import Outgoing

log = logging.getLogger(__name__)

Outcome = Literal["sent", "already", "busy", "retrying", "parked"]
MAX_BACKOFF_SECONDS = 900.0
MAX_RETRY_AFTER_SECONDS = 3600.0
BACKOFF_FACTOR = 5
_RELEASE = (
    "if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end return 0"
)


def backoff(base: float, attempt: int, retry_after: float | None) -> float:
    """Seconds before attempt `attempt + 1`: base x 5^(attempt-1) capped at 15 min, or
    longer when the service asked for it (Retry-After, capped at an hour)."""
    delay = min(MAX_BACKOFF_SECONDS, base * float(BACKOFF_FACTOR ** (attempt - 1)))
    if retry_after is not None:
        delay = max(delay, min(retry_after, MAX_RETRY_AFTER_SECONDS))
    return delay


def deliver_all(
    ctx: NotifierContext, message: Outgoing, targets: Sequence[Target]
) -> dict[str, int]:
    """First attempt at every target; counts per outcome."""
    counts: dict[str, int] = {}
    for target in targets:
        outcome = deliver_one(ctx, message, target, attempt=1)
        counts[outcome] = counts.get(outcome, 0) + 1
    return counts


def deliver_one(ctx: NotifierContext, message: Outgoing, target: Target, attempt: int) -> Outcome:
    redis = ctx.redis
    done = keys.delivered(message.id, target.id)
    if redis.exists(done):
        return "already"
    lock, token = keys.delivery_lock(message.id, target.id), uuid.uuid4().hex
    if not redis.set(lock, token, nx=True, ex=keys.DELIVERY_LOCK_SECONDS):
        return "busy"
    try:
        if redis.exists(done):
            return "already"
        try:
            target.send(compose(ctx.renderer, message, target))
        except (DeliveryUnavailable, DeliveryRejected) as exc:
            return _failed(ctx, message, target, attempt, exc)
        _succeeded(ctx, message, target)
        return "sent"
    finally:
        redis.eval(_RELEASE, 1, lock, token)


def _succeeded(ctx: NotifierContext, message: Outgoing, target: Target) -> None:
    pipe = ctx.redis.pipeline(transaction=False)
    pipe.set(keys.delivered(message.id, target.id), 1, ex=keys.DELIVERED_TTL_SECONDS)
    parking.unpark(ctx.redis, message.id, target.id, pipe)
    stats.bump(pipe, alerts_sent=1)
    pipe.execute()
    log.info("%s %r delivered to %s", message.kind, message.rule, target.label)
    _raise_ops(ctx, health.succeeded(ctx.redis, target), target)


def _failed(
    ctx: NotifierContext,
    message: Outgoing,
    target: Target,
    attempt: int,
    exc: DeliveryUnavailable | DeliveryRejected,
) -> Outcome:
    outbox.save(ctx.redis, message)
    _raise_ops(ctx, health.failed(ctx.redis, target, str(exc), ctx.failures_before_ops), target)
    if isinstance(exc, DeliveryUnavailable) and attempt < ctx.attempts:
        delay = backoff(ctx.backoff_seconds, attempt, exc.retry_after)
        job_id = "retry-" + hashlib.sha256(f"{message.id}\x00{target.id}".encode()).hexdigest()[:24]
        schedule_alert_job(
            ctx.redis,
            time.time() + delay,
            RETRY_DELIVERY_JOB,
            (message.id, target.id, attempt + 1),
            f"{job_id}-{attempt + 1}",
        )
        text = (
            f"{message.rule!r} → {target.label}: {exc} (attempt {attempt}, retry in {delay:.0f}s)"
        )
        log.warning("%s", text)
        stats.record_error(ctx.redis, "notifier", text)
        return "retrying"
    park(ctx, message, target, attempt, str(exc))
    return "parked"


def park(
    ctx: NotifierContext, message: Outgoing, target: Target, attempts: int, error: str
) -> None:
    entry = parking.Parked(
        id=parking.parked_id(message.id, target.id),
        message_id=message.id,
        target_id=target.id,
        target_label=target.label,
        rule=message.rule,
        headline=message.headline[:80],
        attempts=attempts,
        error=error,
        parked_at=time.time(),
    )
    parking.park(ctx.redis, entry)
    text = f"{message.rule!r} → {target.label}: {error}; parked as {entry.id}"
    log.error("%s", text)
    stats.record_error(ctx.redis, "notifier", text)


def _raise_ops(ctx: NotifierContext, ops: Outgoing | None, about: Target) -> None:
    """Deliver an ops alert about `about` through the other `ops` targets."""
    if ops is None:
        return
    others = [t for t in select(ctx.channels.current(), ops.notify) if t.id != about.id]
    if not others:
        text = f"{ops.alerts[0].title}: no other channel tagged {health.OPS_TAG!r} to tell"
        log.error("%s", text)
        stats.record_error(ctx.redis, "notifier", text)
        return
    deliver_all(ctx, ops, others)
