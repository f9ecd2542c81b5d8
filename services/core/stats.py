"""Pipeline counters in one Redis hash, shared by every process for the live progress line."""

from __future__ import annotations

import time
from collections.abc import Mapping
from typing import Any

from pydantic import BaseModel

from services.core import counters, keys


class Stats(BaseModel):
    """A snapshot of the pipeline counters."""

    articles_in: int = 0
    duplicates: int = 0
    rejected: int = 0
    processed: int = 0
    matched: int = 0
    alerts_queued: int = 0
    alerts_sent: int = 0
    alerts_failed: int = 0
    errors: int = 0
    # Transient failures that will be tried again (a delivery retry): not an operator's problem.
    retries: int = 0
    # Feed polls (each fetch of a feed) and those that failed; rules versions taken into use.
    feed_polls: int = 0
    feed_failures: int = 0
    rules_reloads: int = 0

    def minus(self, other: Stats) -> Stats:
        return Stats(**{k: getattr(self, k) - getattr(other, k) for k in Stats.model_fields})

    def line(self) -> str:
        return (
            f"articles in {self.articles_in} · processed {self.processed} · "
            f"matched {self.matched} · alerts sent {self.alerts_sent} · "
            f"failed {self.alerts_failed} · duplicates {self.duplicates} · "
            f"rejected {self.rejected} · errors {self.errors} · retries {self.retries}"
        )


def read_stats(redis: Any) -> Stats:
    raw: Mapping[bytes, bytes] = redis.hgetall(keys.STATS)
    return Stats(**{k.decode(): int(v) for k, v in raw.items() if k.decode() in Stats.model_fields})


def bump(redis: Any, **counts: int) -> None:
    """Add to counters, and to this hour's bucket for the hourly ones (client or pipeline)."""
    for name, n in counts.items():
        if n:
            redis.hincrby(keys.STATS, name, n)
    counters.bump_hourly(redis, counts)


def record_error(redis: Any, where: str, message: str) -> None:
    """Keep the last errors where `newswatch status` can show them, and count them."""
    line = f"{time.strftime('%Y-%m-%dT%H:%M:%SZ', time.gmtime())} {where}: {message}"
    pipe = redis.pipeline(transaction=False)
    pipe.lpush(keys.RECENT_ERRORS, line)
    pipe.ltrim(keys.RECENT_ERRORS, 0, keys.RECENT_ERRORS_MAX - 1)
    pipe.hincrby(keys.STATS, "errors", 1)
    pipe.execute()
