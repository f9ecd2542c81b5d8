"""Per-feed state in Redis: conditional-GET validators, health, and when to poll next.

One hash per feed (keys.feed_state) with these fields, all strings:

    etag, last_modified   validators for the next conditional GET
    last_success          epoch seconds of the last successful poll
    last_error            one readable line; last_error_at its epoch seconds
    failures              consecutive failures (0 after a success)
    failing_since         epoch seconds of the first failure of the current outage
    alerted_outage        the failing_since of the outage an ops alert was raised for
    items_seen            entries read from the feed, all polls together
    next_due              epoch seconds of the next poll (the schedule has the same time)
    failed_entries        entries of the last successful poll that failed (0 or absent: none);
                          such a feed is "degraded": polled, but some entries were skipped
    left_out_entries      entries of the last poll beyond NEWSWATCH_MAX_FEED_ENTRIES, not read

A failure backs off exponentially from the feed's interval, capped at MAX_BACKOFF_SECONDS; a
Retry-After from a 429 or 503 is honoured up to the same cap. The first success returns the
feed to its interval at once.
"""

from __future__ import annotations

from typing import Any

from services.core import keys, stats
from services.poller.feeds_config import FeedConfig
from services.poller.schedule import jittered

MAX_BACKOFF_SECONDS = 6 * 3600.0
MAX_BACKOFF_DOUBLINGS = 30  # 2**30 intervals is far past the cap; keeps floats finite


def read_state(redis: Any, name: str) -> dict[str, str]:
    """The feed's state hash as text (empty for a feed never polled)."""
    raw = redis.hgetall(keys.feed_state(name))
    return {k.decode(): v.decode() for k, v in raw.items()}


def backoff_seconds(interval: float, failures: int, retry_after: float | None) -> float:
    """Delay before the next try after `failures` consecutive failures (failures >= 1)."""
    doublings = min(max(failures - 1, 0), MAX_BACKOFF_DOUBLINGS)
    delay: float = min(interval * float(2**doublings), MAX_BACKOFF_SECONDS)
    if retry_after:
        delay = max(delay, min(float(retry_after), MAX_BACKOFF_SECONDS))
    return delay


def one_line(message: str, limit: int = 300) -> str:
    """An error as a single line fit for a table cell or a log line."""
    return " ".join(message.split())[:limit]


def success_fields(
    feed: FeedConfig, etag: str | None, last_modified: str | None, now: float
) -> dict[str, str]:
    """Fields to write after a successful poll; the caller also clears the outage fields."""
    return {
        "etag": etag or "",
        "last_modified": last_modified or "",
        "last_success": f"{now:.0f}",
        "failures": "0",
        "next_due": f"{now + jittered(feed.interval):.0f}",
    }


def write_success(pipe: Any, feed: FeedConfig, fields: dict[str, str], items: int) -> None:
    """Queue the success writes on a pipeline (the caller executes it)."""
    key = keys.feed_state(feed.name)
    pipe.hset(key, mapping=fields)
    pipe.hdel(key, "failing_since", "alerted_outage")
    pipe.hincrby(key, "items_seen", items)
    pipe.expire(key, keys.FEED_STATE_TTL_SECONDS)
    stats.bump(pipe, feed_polls=1)


def failure_fields(
    feed: FeedConfig, state: dict[str, str], message: str, retry_after: float | None, now: float
) -> dict[str, str]:
    """Fields to write after a failed poll: error, counters and the backed-off next time."""
    failures = int(state.get("failures") or 0) + 1
    delay = backoff_seconds(feed.interval, failures, retry_after)
    return {
        "last_error": one_line(message),
        "last_error_at": f"{now:.0f}",
        "failures": str(failures),
        "failing_since": state.get("failing_since") or f"{now:.0f}",
        "next_due": f"{now + jittered(delay):.0f}",
    }


def write_failure(redis: Any, feed: FeedConfig, fields: dict[str, str]) -> None:
    key = keys.feed_state(feed.name)
    pipe = redis.pipeline(transaction=False)
    pipe.hset(key, mapping=fields)
    pipe.expire(key, keys.FEED_STATE_TTL_SECONDS)
    stats.bump(pipe, feed_polls=1, feed_failures=1)
    pipe.execute()


def write_degraded(
    redis: Any, feed: FeedConfig, failed_entries: int, left_out: int, dropped_fields: int = 0
) -> None:
    """Record how many entries of the last poll failed or were left out, and how many fields
    were left out of the entries kept (0 clears each)."""
    key = keys.feed_state(feed.name)
    pipe = redis.pipeline(transaction=False)
    if dropped_fields:
        pipe.hset(key, "dropped_fields", str(dropped_fields))
    else:
        pipe.hdel(key, "dropped_fields")
    if failed_entries:
        pipe.hset(key, "failed_entries", str(failed_entries))
    else:
        pipe.hdel(key, "failed_entries")
    if left_out:
        pipe.hset(key, "left_out_entries", str(left_out))
    else:
        pipe.hdel(key, "left_out_entries")
    pipe.execute()


def is_degraded(state: dict[str, str]) -> bool:
    """Polled successfully last time, but some of its entries failed."""
    return int(state.get("failed_entries") or 0) > 0 and int(state.get("failures") or 0) == 0
