"""One target's sender: takes due messages from the target's lane and delivers each once.

`send_due` holds the target's lease (one sender per target across all notifier replicas),
puts back whatever a dead holder left taken, and delivers due messages one at a time while
the target's circuit is closed. For each message: skip it if already delivered, take the
(message, target) lock, send it stamped with its id, then

- accepted: mark it delivered; when Redis is away at that moment the mark is retried in
  memory until Redis returns (logged once) — a sent message is never sent again;
- transient failure: back on the lane after a backoff (`retries` counter), or parked after
  the last attempt;
- permanent failure, or an unexpected exception (a plugin or rendering bug): parked
  (`errors` counter, failed-items list). Never the sender's or another target's failure.

Each outcome (sent, retrying, parked) is recorded in the alert history (notifier.recording)
for every alert the message carries.
"""

from __future__ import annotations

import contextlib
import logging
import math
import time
import uuid
from collections.abc import Callable
from typing import Any

from services.core import counters, keys, stats
from services.core.errors import DeliveryRejected, DeliveryUnavailable
from services.core.failures import STORE_ERRORS, describe, record_failure
from services.core.logs import escape
from services.notifier import circuit, health, lanes, outbox, parking
from services.notifier.channels import Target
from services.notifier.compose import compose
from services.notifier.context import NotifierContext
from services.notifier.delivery import MAX_RETRY_AFTER_SECONDS, backoff, park, raise_ops
from services.notifier.outbox import Outgoing
from services.notifier.payload import message_object
from services.notifier.recording import delivered
from services.notifier.transport import Stamp, send_bound_seconds

log = logging.getLogger(__name__)

MARK_BACKOFF_START_SECONDS = 0.1
# Retry a failed mark often: written soon after Redis returns, before a replica could take
# the target over.
MARK_BACKOFF_MAX_SECONDS = 0.5
MAIL_DOMAIN = "newswatch.alerts"
_RELEASE = (
    "if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end return 0"
)


def new_token() -> str:
    """A lease token for one sender (one target in one process)."""
    return uuid.uuid4().hex


def stamp(message: Outgoing, target: Target, public_url: str = "") -> Stamp:
    """The message's identity for this target's receiver (see notifier.transport)."""
    return Stamp(
        message_id=message.id,
        mail_id=f"<{message.id}.{target.id}@{MAIL_DOMAIN}>",
        payload=message_object(message, public_url),
    )


def send_due(
    ctx: NotifierContext,
    target: Target,
    token: str,
    limit: int = 100,
    keep_going: Callable[[], bool] = lambda: True,
) -> int:
    """Deliver up to `limit` due messages to `target` if we hold (or get) its lease;
    how many were handled."""
    redis = ctx.redis
    if lanes.hold_lease(redis, target.id, token) == lanes.NOT_HELD:
        return 0
    recovered = lanes.recover(redis, target.id, ctx.clock())
    if recovered:
        log.warning(
            "target %s: %d delivery(ies) taken back from a stopped sender",
            escape(target.label),
            recovered,
        )
    handled = 0
    while handled < limit and keep_going():
        now = ctx.clock()
        if circuit.open_until(redis, target.id, now) is not None:
            break
        taken = lanes.claim(redis, target.id, now)
        if taken is None:
            break
        _contained(ctx, target, *taken)
        handled += 1
        if lanes.hold_lease(redis, target.id, token) == lanes.NOT_HELD:
            break
    return handled


def _contained(ctx: NotifierContext, target: Target, message_id: str, attempt: int) -> None:
    """`deliver`, with anything unexpected (an unreadable stored message, a bug) recorded as
    this delivery's failure and the delivery set aside, never the sender's death."""
    try:
        deliver(ctx, target, message_id, attempt)
    except STORE_ERRORS:
        raise
    # Item edge: one bad delivery must not stop the target's lane (or crash-loop the process).
    except Exception as exc:  # noqa: BLE001
        _settle(ctx, target, message_id)
        record_failure(ctx.redis, "delivery", f"{message_id} → {target.label}", describe(exc))


def deliver(ctx: NotifierContext, target: Target, message_id: str, attempt: int) -> str:
    """One taken (message, target): its outcome (sent, already, busy, retrying, parked, dropped)."""
    redis = ctx.redis
    if redis.exists(keys.delivered(message_id, target.id)):
        _settle(ctx, target, message_id)
        return "already"
    message = outbox.load(redis, message_id)
    if message is None:
        _dropped(ctx, target, message_id)
        return "dropped"
    lock, token = keys.delivery_lock(message.id, target.id), new_token()
    hold = keys.SEND_LOCK_SECONDS + math.ceil(send_bound_seconds(target.plugin))
    if not redis.set(lock, token, nx=True, ex=hold):
        wait = max(0.1, int(redis.pttl(lock)) / 1000)
        lanes.reschedule(redis, target.id, message.id, ctx.clock() + wait, attempt)
        return "busy"
    try:
        if redis.exists(keys.delivered(message.id, target.id)):
            _settle(ctx, target, message_id)
            return "already"
        return _attempt(ctx, message, target, attempt)
    finally:
        _release(redis, lock, token)


def _attempt(ctx: NotifierContext, message: Outgoing, target: Target, attempt: int) -> str:
    try:
        target.send(
            compose(ctx.renderer, message, target), stamp(message, target, ctx.renderer.public_url)
        )
    except (DeliveryUnavailable, DeliveryRejected) as exc:
        return _failed(ctx, message, target, attempt, exc)
    except STORE_ERRORS:
        raise
    # Item edge: a bug in rendering or in a plugin is this delivery's failure, not the sender's.
    except Exception as exc:  # noqa: BLE001
        _settle(ctx, target, message.id)
        reason = f"unexpected error: {describe(exc)}"
        park(ctx, message, target, attempt, reason)
        delivered(ctx, message, target, "parked", reason=reason, attempt=attempt)
        return "parked"
    _mark_sent(ctx, message, target)
    delivered(ctx, message, target, "sent", attempt=attempt)
    log.info("%s %s delivered to %s", message.kind, escape(message.rule), escape(target.label))
    raise_ops(ctx, health.succeeded(ctx.redis, target), target)
    return "sent"


def _failed(
    ctx: NotifierContext,
    message: Outgoing,
    target: Target,
    attempt: int,
    exc: DeliveryUnavailable | DeliveryRejected,
) -> str:
    redis, now = ctx.redis, ctx.clock()
    failures, ops = health.failed(redis, target, str(exc), ctx.failures_before_ops)
    raise_ops(ctx, ops, target)
    # A later hold wins: the circuit and a Retry-After combine whatever the order.
    circuit.trip(
        redis,
        target.id,
        target.label,
        failures,
        ctx.circuit_failures,
        ctx.circuit_cooldown_seconds,
        now,
    )
    if isinstance(exc, DeliveryUnavailable) and attempt < ctx.attempts:
        if exc.retry_after:
            circuit.hold(redis, target.id, now + min(exc.retry_after, MAX_RETRY_AFTER_SECONDS))
        delay = backoff(ctx.backoff_seconds, attempt, exc.retry_after)
        lanes.reschedule(redis, target.id, message.id, now + delay, attempt + 1)
        stats.bump(redis, retries=1)
        counters.bump_labelled(
            redis, "alerts_retried_by_channel", counters.channel_label(target.label)
        )
        log.warning(
            "%r → %s: %s (attempt %d, retry in %.0fs)",
            escape(message.rule),
            escape(target.label),
            escape(str(exc)),
            attempt,
            delay,
        )
        why = f"{exc} (retry in {delay:.0f}s)"
        delivered(ctx, message, target, "retrying", reason=why, attempt=attempt)
        return "retrying"
    _settle(ctx, target, message.id)
    park(ctx, message, target, attempt, str(exc))
    delivered(ctx, message, target, "parked", reason=str(exc), attempt=attempt)
    return "parked"


def _mark_sent(ctx: NotifierContext, message: Outgoing, target: Target) -> None:
    """Record the delivery; while Redis is away keep trying (in memory), never re-send."""
    delay, since = MARK_BACKOFF_START_SECONDS, None
    while True:
        try:
            pipe = ctx.redis.pipeline(transaction=True)
            pipe.set(keys.delivered(message.id, target.id), 1, ex=keys.DELIVERED_TTL_SECONDS)
            lanes.settle(pipe, target.id, message.id)
            parking.unpark(ctx.redis, message.id, target.id, pipe)
            stats.bump(pipe, alerts_sent=1)
            record_sent(pipe, message, counters.channel_label(target.label))
            pipe.execute()
        except STORE_ERRORS as exc:
            if since is None:
                since = time.monotonic()
                log.warning(
                    "%s sent to %s but Redis is unavailable (%s): keeping the mark until it "
                    "is back; it will not be sent again",
                    message.id,
                    escape(target.label),
                    describe(exc),
                )
            time.sleep(delay)
            delay = min(MARK_BACKOFF_MAX_SECONDS, delay * 2)
            continue
        if since is not None:
            log.warning(
                "%s marked delivered to %s after %.1fs without Redis",
                message.id,
                escape(target.label),
                time.monotonic() - since,
            )
        return


def _settle(ctx: NotifierContext, target: Target, message_id: str) -> None:
    pipe = ctx.redis.pipeline(transaction=True)
    lanes.settle(pipe, target.id, message_id)
    pipe.execute()


def _dropped(ctx: NotifierContext, target: Target, message_id: str) -> None:
    _settle(ctx, target, message_id)
    record_failure(
        ctx.redis,
        "delivery",
        f"{message_id} → {target.label}",
        "message expired before it could be delivered",
    )


def _release(redis: Any, lock: str, token: str) -> None:
    with contextlib.suppress(
        *STORE_ERRORS
    ):  # the lock expires by itself (SEND_LOCK_SECONDS + the send's bound)
        redis.eval(_RELEASE, 1, lock, token)


def record_sent(pipe: Any, message: Outgoing, channel: str) -> None:
    """Count a sent message for its channel and time it from its first match (console)."""
    counters.bump_labelled(pipe, "alerts_sent_by_channel", channel)
    first = min(a.matched_at.timestamp() for a in message.alerts)
    counters.observe(pipe, "delivery", time.time() - first)
