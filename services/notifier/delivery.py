"""Handing messages to targets, and what happens when a target fails for good.

A delivery job does not send: it puts the message on each selected target's lane
(notifier.lanes, durable in Redis before the job ends) and returns; each target's sender
(notifier.sender) delivers from its own lane, so a slow or failing target never delays the
others. Per (message, target) pair: `nw:delivered:{message}:{target}` once the target
accepted it (a retry, a restart or a duplicate copy of the job then skips it), a lock while
one notifier sends it, a retry due on the lane after a transient failure (exponential backoff,
or longer when the service asked with Retry-After), and a parked entry after a permanent
failure or the last attempt.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Sequence

from services.core.failures import record_failure
from services.notifier import health, lanes, parking
from services.notifier.channels import Target, select
from services.notifier.context import NotifierContext
from services.notifier.outbox import Outgoing

log = logging.getLogger(__name__)

MAX_BACKOFF_SECONDS = 900.0
MAX_RETRY_AFTER_SECONDS = 3600.0
BACKOFF_FACTOR = 5


def backoff(base: float, attempt: int, retry_after: float | None) -> float:
    """Seconds before attempt `attempt + 1`: base x 5^(attempt-1) capped at 15 min, or
    longer when the service asked for it (Retry-After, capped at an hour)."""
    delay = min(MAX_BACKOFF_SECONDS, base * float(BACKOFF_FACTOR ** (attempt - 1)))
    if retry_after is not None:
        delay = max(delay, min(retry_after, MAX_RETRY_AFTER_SECONDS))
    return delay


def deliver_all(
    ctx: NotifierContext, message: Outgoing, targets: Sequence[Target], *, restart: bool = False
) -> dict[str, int]:
    """Queue the message for every target (durably, at once); counts for the job's result."""
    if not targets:
        return {}
    lanes.enqueue(ctx.redis, message, [t.id for t in targets], ctx.clock(), restart=restart)
    return {"queued": len(targets)}


def park(
    ctx: NotifierContext, message: Outgoing, target: Target, attempts: int, error: str
) -> None:
    """Move the delivery aside for an operator: logged, counted under `errors`, listed."""
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
    name = f"{message.rule!r} → {target.label}"
    record_failure(ctx.redis, "delivery", name, f"{error}; parked as {entry.id}")


def raise_ops(ctx: NotifierContext, ops: Outgoing | None, about: Target) -> None:
    """Deliver an ops alert about `about` through the other `ops` targets."""
    if ops is None:
        return
    others = [t for t in select(ctx.channels.current(), ops.notify) if t.id != about.id]
    if not others:
        text = f"{ops.alerts[0].title}: no other channel tagged {health.OPS_TAG!r} to tell"
        record_failure(ctx.redis, "delivery", ops.alerts[0].title, text)
        return
    deliver_all(ctx, ops, others)
