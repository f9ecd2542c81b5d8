"""Parked deliveries: a (message, target) pair that failed for good or ran out of retries.

Kept in one Redis hash until an operator retries them (`newswatch alerts retry`). Each entry
says what, where (the masked target) and why, so `newswatch alerts failed` is one line each.
"""

from __future__ import annotations

import hashlib
import time
from typing import Any

from pydantic import BaseModel, ConfigDict

from services.core import counters, keys, stats
from services.core.queues import RETRY_DELIVERY_JOB, schedule_alert_job


class Parked(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid", hide_input_in_errors=True)

    id: str
    message_id: str
    target_id: str
    target_label: str
    rule: str
    headline: str
    attempts: int
    error: str
    parked_at: float

    def line(self) -> str:
        when = time.strftime("%Y-%m-%d %H:%M", time.gmtime(self.parked_at))
        return (
            f"{self.id}  {when}  {self.rule}  → {self.target_label}  "
            f"after {self.attempts} attempt(s): {self.error}  ({self.headline})"
        )


def parked_id(message_id: str, target_id: str) -> str:
    return hashlib.sha256(f"{message_id}\x00{target_id}".encode()).hexdigest()[:10]


def park(redis: Any, entry: Parked) -> None:
    pipe = redis.pipeline(transaction=True)
    pipe.hset(keys.PARKED, entry.id, entry.model_dump_json())
    stats.bump(pipe, alerts_failed=1)
    channel = counters.channel_label(entry.target_label)
    counters.bump_labelled(pipe, "alerts_parked_by_channel", channel)
    pipe.execute()


def unpark(redis: Any, message_id: str, target_id: str, pipe: Any) -> None:
    pipe.hdel(keys.PARKED, parked_id(message_id, target_id))


def list_parked(redis: Any) -> list[Parked]:
    entries = [Parked.model_validate_json(v) for v in redis.hgetall(keys.PARKED).values()]
    return sorted(entries, key=lambda e: e.parked_at)


def take(redis: Any, ids: list[str] | None) -> list[Parked]:
    """Remove and return the named entries (all when `ids` is None); unknown ids are skipped."""
    wanted = set(ids) if ids is not None else None
    taken = [e for e in list_parked(redis) if wanted is None or e.id in wanted]
    if taken:
        redis.hdel(keys.PARKED, *[e.id for e in taken])
    return taken


def retry(redis: Any, ids: list[str] | None) -> tuple[list[Parked], list[str]]:
    """Queue the named parked deliveries (all when `ids` is None) for the notifier to send
    again, as its first attempt; returns those queued and the ids not parked (unknown)."""
    taken = take(redis, ids)
    for entry in taken:
        job_id = f"manual-{entry.id}-{time.time_ns()}"
        args = (entry.message_id, entry.target_id, 1)
        schedule_alert_job(redis, 0.0, RETRY_DELIVERY_JOB, args, job_id)
    missing = sorted(set(ids or ()) - {e.id for e in taken})
    return taken, missing
