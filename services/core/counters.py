"""Counters beyond the flat `nw:stats` hash: per-hour buckets, labelled splits, latencies.

All three are written where the work happens, in the caller's pipeline where it has one, and
cost one or two hash increments each: the console draws its last-day chart from the hourly
buckets, and `/metrics` and `newswatch status --json` read the rest at request time.

- Hourly buckets (`nw:stats:hour:<epoch hour>`): the counters an operator wants per hour;
  each bucket lives two days.
- Labelled counters (`nw:stats:labelled`, field `<counter>|<label>`): a counter split by a
  label from a small fixed set (the article's origin, the channel's URL scheme), so the
  number of fields stays bounded.
- Latency histograms (`nw:latency:<name>`): a count per bucket (not cumulative), plus `sum`
  and `count`, in seconds; Prometheus' cumulative buckets are built when read.
"""

from __future__ import annotations

import math
import time
from collections import Counter
from collections.abc import Sequence
from typing import Any

from pydantic import BaseModel

from services.core import keys

HOURLY_COUNTERS = ("articles_in", "processed", "matched", "alerts_sent")
# Seconds: from a second (a drop processed at once) to an hour (a delivery held by retries).
LATENCY_BUCKETS: tuple[float, ...] = (0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 300, 1800, 3600)
LATENCIES = ("processing", "delivery")
LABEL_MAX_CHARS = 40


class Histogram(BaseModel):
    """A latency histogram: cumulative counts per upper bound (the last is +Inf)."""

    buckets: dict[str, int] = {}
    sum: float = 0.0
    count: int = 0


class HourCounts(BaseModel):
    """The hourly counters of one clock hour (`hour` is its start, epoch seconds)."""

    hour: int
    articles_in: int = 0
    processed: int = 0
    matched: int = 0
    alerts_sent: int = 0


class Breakdown(BaseModel):
    """Labelled counters (`{"alerts_sent_by_channel": {"json": 2}}`) and latency histograms."""

    labelled: dict[str, dict[str, int]] = {}
    latency: dict[str, Histogram] = {}


def bump_hourly(redis: Any, counts: dict[str, int], now: float | None = None) -> None:
    """Add the hourly counters among `counts` to this hour's bucket (client or pipeline)."""
    hourly = {name: n for name, n in counts.items() if n and name in HOURLY_COUNTERS}
    if not hourly:
        return
    key = keys.stats_hour(int((time.time() if now is None else now) // 3600))
    for name, n in hourly.items():
        redis.hincrby(key, name, n)
    redis.expire(key, keys.STATS_HOUR_TTL_SECONDS)


def bump_labelled(redis: Any, counter: str, label: str, n: int = 1) -> None:
    """Add to `counter` split by `label` (a short name from a small set: kind, scheme)."""
    if n:
        clean = "".join(c for c in label.lower() if c.isalnum() or c in "+-_.")
        redis.hincrby(keys.STATS_LABELLED, f"{counter}|{clean[:LABEL_MAX_CHARS] or 'other'}", n)


def observe(redis: Any, name: str, seconds: float) -> None:
    """Count one latency of `seconds` into histogram `name` (client or pipeline)."""
    observe_many(redis, name, [seconds])


def observe_many(redis: Any, name: str, latencies: Sequence[float]) -> None:
    """Count several latencies (a batch's) with one increment per bucket touched."""
    if not latencies:
        return
    clipped = [max(s, 0.0) for s in latencies]
    per_bucket = Counter(_bound_name(_bound(s)) for s in clipped)
    key = keys.latency(name)
    for bound, n in per_bucket.items():
        redis.hincrby(key, bound, n)
    redis.hincrbyfloat(key, "sum", round(sum(clipped), 6))
    redis.hincrby(key, "count", len(clipped))


def channel_label(target_label: str) -> str:
    """A target's channel, as a metric label: the scheme of its masked URL (`mailto`)."""
    scheme, sep, _ = target_label.partition("://")
    return scheme if sep else "other"


def read_hourly(redis: Any, hours: int = 24, now: float | None = None) -> list[HourCounts]:
    """The last `hours` clock hours, oldest first, the current one last (zeros included)."""
    current = int((time.time() if now is None else now) // 3600)
    wanted = list(range(current - hours + 1, current + 1))
    pipe = redis.pipeline(transaction=False)
    for hour in wanted:
        pipe.hgetall(keys.stats_hour(hour))
    rows = []
    for hour, raw in zip(wanted, pipe.execute(), strict=True):
        fields = {k.decode(): int(v) for k, v in raw.items() if k.decode() in HOURLY_COUNTERS}
        rows.append(HourCounts(hour=hour * 3600, **fields))
    return rows


def read_breakdown(redis: Any) -> Breakdown:
    """Every labelled counter and latency histogram, as `status --json` and `/metrics` show."""
    labelled: dict[str, dict[str, int]] = {}
    for field, value in redis.hgetall(keys.STATS_LABELLED).items():
        counter, _, label = field.decode().partition("|")
        labelled.setdefault(counter, {})[label] = int(value)
    pipe = redis.pipeline(transaction=False)
    for name in LATENCIES:
        pipe.hgetall(keys.latency(name))
    latency = {name: _histogram(raw) for name, raw in zip(LATENCIES, pipe.execute(), strict=True)}
    return Breakdown(
        labelled={k: dict(sorted(v.items())) for k, v in sorted(labelled.items())},
        latency=latency,
    )


def _histogram(raw: dict[bytes, bytes]) -> Histogram:
    fields = {k.decode(): v.decode() for k, v in raw.items()}
    running, buckets = 0, {}
    for bound in (*LATENCY_BUCKETS, math.inf):
        running += int(fields.get(_bound_name(bound), 0))
        buckets[_bound_name(bound)] = running
    return Histogram(
        buckets=buckets, sum=float(fields.get("sum", 0)), count=int(fields.get("count", 0))
    )


def _bound(seconds: float) -> float:
    return next((b for b in LATENCY_BUCKETS if seconds <= b), math.inf)


def _bound_name(bound: float) -> str:
    return "+Inf" if math.isinf(bound) else repr(float(bound))
