"""A circuit breaker per target, kept in the target's health hash (shared by all notifiers).

After `threshold` consecutive failed attempts the circuit opens: nothing is sent to the
target for `cooldown` seconds (its deliveries wait on its lane; no attempt is used up). Then
one delivery goes through as a probe: a success closes the circuit (health.succeeded clears
the hash), a failure opens it again. A 429 with Retry-After holds the target the same way for
as long as the service asked.
"""

from __future__ import annotations

import logging
from typing import Any

from services.core import keys
from services.core.logs import escape

log = logging.getLogger(__name__)

FIELD = "open_until"


def open_until(redis: Any, target_id: str, now: float) -> float | None:
    """When the target may be tried again, or None when its circuit is closed."""
    raw = redis.hget(keys.target_health(target_id), FIELD)
    if raw is None:
        return None
    until = float(raw)
    return until if until > now else None


def trip(
    redis: Any,
    target_id: str,
    label: str,
    failures: int,
    threshold: int,
    cooldown: float,
    now: float,
) -> bool:
    """Open the circuit when `failures` reached the threshold; True when it opened."""
    if threshold <= 0 or failures < threshold:
        return False
    hold(redis, target_id, now + cooldown)
    log.warning(
        "target %s: %d consecutive failures; not trying it for %.0fs, then one probe",
        escape(label),
        failures,
        cooldown,
    )
    return True


def hold(redis: Any, target_id: str, until: float) -> None:
    """Try nothing on the target before `until` (epoch s); a later hold wins."""
    key = keys.target_health(target_id)
    current = redis.hget(key, FIELD)
    if current is None or float(current) < until:
        redis.hset(key, FIELD, f"{until:.3f}")
