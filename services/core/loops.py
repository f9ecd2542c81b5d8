"""Long-running loops that never die from one item and never fail silently.

Each loop step is expected to contain its own items' failures (services.core.failures). Around
the step, a loop: beats a heartbeat in Redis after every pass (`newswatch status` shows each
loop's last beat), waits out a Redis outage with capped backoff (one log line when it starts,
one when it ends), and, if the step raises anything else, exits the whole process non-zero so
the supervisor or compose restarts it: a loop thread that died while its process lives on
would be a silent stop.
"""

from __future__ import annotations

import logging
import os
import socket
import sys
import threading
import time
from collections.abc import Callable
from typing import Any

from services.core import keys
from services.core.failures import STORE_ERRORS, describe

log = logging.getLogger(__name__)

# Exit code of a process whose loop died of an unexpected error: restart me.
EXIT_LOOP_DIED = 70
OUTAGE_BACKOFF_START_SECONDS = 0.5
OUTAGE_BACKOFF_MAX_SECONDS = 5.0
# Heartbeats older than this are forgotten by `status` (a process that is gone for good).
HEARTBEAT_FORGET_SECONDS = 24 * 3600


def loop_id(role: str, loop: str) -> str:
    """The heartbeat field of one loop of this process."""
    return f"{role}@{socket.gethostname()}:{os.getpid()}/{loop}"


def beat(redis: Any, role: str, loop: str) -> None:
    """Record that a loop completed a pass just now."""
    redis.hset(keys.HEARTBEATS, loop_id(role, loop), f"{time.time():.3f}")


def read_heartbeats(redis: Any) -> dict[str, float]:
    """Every loop's last beat (epoch seconds); long-gone processes are forgotten."""
    now = time.time()
    beats: dict[str, float] = {}
    stale = []
    for field, value in redis.hgetall(keys.HEARTBEATS).items():
        name, at = field.decode(), float(value)
        if now - at > HEARTBEAT_FORGET_SECONDS:
            stale.append(field)
        else:
            beats[name] = at
    if stale:
        redis.hdel(keys.HEARTBEATS, *stale)
    return beats


class Outage:
    """Tracks one loop's view of a Redis outage: logs its start and end once each."""

    def __init__(self, what: str) -> None:
        self.what = what
        self.since: float | None = None
        self.delay = OUTAGE_BACKOFF_START_SECONDS

    def failed(self, exc: BaseException) -> float:
        """Seconds to wait before trying again."""
        if self.since is None:
            self.since = time.monotonic()
            self.delay = OUTAGE_BACKOFF_START_SECONDS
            log.warning("%s: Redis unavailable (%s); waiting for it", self.what, describe(exc))
        else:
            self.delay = min(OUTAGE_BACKOFF_MAX_SECONDS, self.delay * 2)
        return self.delay

    def succeeded(self) -> None:
        if self.since is not None:
            log.warning("%s: Redis is back after %.1fs", self.what, time.monotonic() - self.since)
            self.since = None


def run_loop(
    redis: Any,
    role: str,
    name: str,
    step: Callable[[], object],
    interval: float,
    stop: threading.Event,
) -> None:
    """Run `step` every `interval` seconds until `stop`, riding through Redis outages."""
    outage = Outage(f"{role} {name} loop")
    while not stop.is_set():
        try:
            step()
            beat(redis, role, name)
        except STORE_ERRORS as exc:
            stop.wait(outage.failed(exc))
            continue
        outage.succeeded()
        stop.wait(interval)


def start_loop_thread(
    redis: Any,
    role: str,
    name: str,
    step: Callable[[], object],
    interval: float,
    stop: threading.Event,
) -> threading.Thread:
    """`run_loop` in a daemon thread that takes the process down if the loop dies."""

    def target() -> None:
        try:
            run_loop(redis, role, name, step, interval, stop)
        # Process edge: a dead loop must not leave a live process behind it.
        except BaseException as exc:  # noqa: BLE001
            die(f"{role} {name} loop", exc)

    thread = threading.Thread(target=target, name=f"{role}-{name}", daemon=True)
    thread.start()
    return thread


def die(what: str, exc: BaseException) -> None:
    """Log why a loop died and exit the process non-zero, from any thread."""
    log.critical("%s died: %s; exiting so it is restarted", what, describe(exc), exc_info=exc)
    for handler in logging.getLogger().handlers:
        handler.flush()
    sys.stderr.flush()
    os._exit(EXIT_LOOP_DIED)
