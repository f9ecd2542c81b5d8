"""Ride a Redis outage in a long-running process: wait with capped backoff, log once when it
starts and once when it ends, and leave the last outage in Redis so `status` can show it.

A process cannot tell `status` about an outage while it lasts (the store is away), so the
first process that sees Redis again writes the outage's start, end and duration.
"""

from __future__ import annotations

import contextlib
import json
import logging
import threading
import time
from collections.abc import Callable
from typing import Any, TypeVar

from services.core import keys
from services.core.failures import STORE_ERRORS, describe

log = logging.getLogger(__name__)

T = TypeVar("T")

BACKOFF_START_SECONDS = 0.1
# Capped low: work must resume within a few seconds of Redis returning.
BACKOFF_MAX_SECONDS = 1.0


class OutageWatch:
    """One process's view of Redis being away; shared by its threads."""

    def __init__(self, what: str) -> None:
        self.what = what
        self._lock = threading.Lock()
        self._since_wall: float | None = None
        self._since: float | None = None
        self._delay = BACKOFF_START_SECONDS
        self._connected_since = time.monotonic()

    def connected_for(self) -> float:
        """Seconds since this process last (re)gained Redis; 0 while it is away."""
        return 0.0 if self._since is not None else time.monotonic() - self._connected_since

    @property
    def away(self) -> bool:
        return self._since is not None

    def failed(self, exc: BaseException) -> float:
        """Note a failed Redis call; returns the seconds to wait before the next try."""
        with self._lock:
            if self._since is None:
                self._since = time.monotonic()
                self._since_wall = time.time()
                self._delay = BACKOFF_START_SECONDS
                log.warning("%s: Redis unavailable (%s); waiting for it", self.what, describe(exc))
            else:
                self._delay = min(BACKOFF_MAX_SECONDS, self._delay * 2)
            return self._delay

    def succeeded(self, redis: Any) -> None:
        """Note a Redis call that worked: ends (logs and records) an outage in progress."""
        if self._since is None:
            return
        with self._lock:
            if self._since is None or self._since_wall is None:
                return
            seconds = time.monotonic() - self._since
            start = self._since_wall
            self._since = self._since_wall = None
            self._connected_since = time.monotonic()
        log.warning("%s: Redis is back after %.1fs", self.what, seconds)
        record_outage(redis, self.what, start, start + seconds)

    def ride(self, redis: Any, call: Callable[[], T]) -> T:
        """Run `call` until it gets through to Redis (any other error propagates)."""
        while True:
            try:
                result = call()
            except STORE_ERRORS as exc:
                time.sleep(self.failed(exc))
                continue
            self.succeeded(redis)
            return result


def record_outage(redis: Any, seen_by: str, start: float, end: float) -> None:
    """Keep the last outage (start, end, seconds, who saw it) for `status`; best effort."""
    value = json.dumps(
        {"start": round(start, 3), "end": round(end, 3), "seconds": round(end - start, 1)}
        | {"seen_by": seen_by}
    )
    with contextlib.suppress(*STORE_ERRORS):  # gone again: the next recovery writes its own
        redis.set(keys.LAST_OUTAGE, value, ex=keys.LAST_OUTAGE_TTL_SECONDS)


def read_last_outage(redis: Any) -> dict[str, Any] | None:
    """The last recorded Redis outage, or None."""
    raw = redis.get(keys.LAST_OUTAGE)
    if raw is None:
        return None
    try:
        data = json.loads(raw)
    except ValueError:
        return None
    return data if isinstance(data, dict) else None


def outage_line(redis: Any) -> str | None:
    """One `status` line about the last Redis outage, or None when there was none."""
    data = read_last_outage(redis)
    if data is None:
        return None
    start = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(float(data.get("start", 0))))
    end = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(float(data.get("end", 0))))
    return f"last Redis outage: {start} to {end} ({data.get('seconds')}s)"
