"""Deliveries waiting on the notifier's per-target lanes (keys.lane), counted for
`newswatch status` and for `newswatch run --once`, which must not stop before they are sent."""

from __future__ import annotations

import time
from typing import Any

from services.core import keys


def pending_deliveries(redis: Any, horizon_seconds: float | None = None) -> int:
    """(message, target) deliveries queued, in hand, or (with a horizon) due to retry within
    it; every one when `horizon_seconds` is None."""
    due = "+inf" if horizon_seconds is None else time.time() + horizon_seconds
    total = 0
    for key in redis.scan_iter(match=keys.lane("*"), count=500):
        total += int(redis.zcount(key, "-inf", due))
    for key in redis.scan_iter(match=keys.lane_inflight("*"), count=500):
        total += int(redis.hlen(key))
    return total
