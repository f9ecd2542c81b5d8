"""`newswatch status`: what an operator needs at a glance, as text or JSON."""

from __future__ import annotations

import json
import time
from typing import Any

from pydantic import BaseModel

from services.core import keys
from services.core.counters import Breakdown, read_breakdown
from services.core.deliveries import pending_deliveries
from services.core.failures import FailedItem, read_failures
from services.core.loops import read_heartbeats
from services.core.outages import outage_line
from services.core.queues import alerts_queue, articles_queue, pending_jobs
from services.core.settings import Settings
from services.core.stats import Stats, read_stats


class QueueStatus(BaseModel):
    name: str
    pending: int
    scheduled: int
    failed: int


# A loop with no beat for this long is flagged: loops beat every few seconds, and even a
# feeds pass over many slow feeds (each bounded by its fetch deadline) ends well within it.
LATE_HEARTBEAT_SECONDS = 120.0
FAILED_ITEMS_SHOWN = 50


class Heartbeat(BaseModel):
    """One loop's last beat: `role@host:pid/loop`, when, how long ago, and whether late."""

    loop: str
    at: float
    age_seconds: float
    late: bool


class Status(BaseModel):
    stats: Stats
    queues: list[QueueStatus]
    feeds: dict[str, dict[str, str]]
    recent_errors: list[str]
    rules: dict[str, str] = {}
    failed_items: list[FailedItem] = []
    heartbeats: list[Heartbeat] = []
    degraded_feeds: dict[str, int] = {}
    deliveries_waiting: int = 0
    # Console (issue 13): counters split by source kind / channel, latency histograms, and
    # the deliveries parked now (`newswatch alerts failed`).
    breakdown: Breakdown = Breakdown()
    parked: int = 0


def heartbeats(redis: Any, now: float | None = None) -> list[Heartbeat]:
    """Every loop's last beat, oldest first (a late one is what an operator looks for)."""
    now = time.time() if now is None else now
    rows = [
        Heartbeat(
            loop=name, at=at, age_seconds=max(now - at, 0.0), late=now - at > LATE_HEARTBEAT_SECONDS
        )
        for name, at in read_heartbeats(redis).items()
    ]
    return sorted(rows, key=lambda row: row.at)


def degraded_feeds(feeds: dict[str, dict[str, str]]) -> dict[str, int]:
    """Feeds polled fine whose last poll had entries that failed, with how many."""
    return {
        name: int(state.get("failed_entries") or 0)
        for name, state in sorted(feeds.items())
        if int(state.get("failed_entries") or 0) and state.get("failures", "0") == "0"
    }


def read_feed_states(redis: Any) -> dict[str, dict[str, str]]:
    """Every feed's state hash, read in pipelined rounds (one round trip per 500 feeds)."""
    feeds: dict[str, dict[str, str]] = {}
    found = list(redis.scan_iter(match=keys.feed_state("*"), count=500))
    for start in range(0, len(found), 500):
        chunk = found[start : start + 500]
        pipe = redis.pipeline(transaction=False)
        for key in chunk:
            pipe.hgetall(key)
        for key, raw in zip(chunk, pipe.execute(), strict=True):
            if raw:  # expired between the scan and the read
                name = key.decode().removeprefix(keys.feed_state(""))
                feeds[name] = {k.decode(): v.decode() for k, v in raw.items()}
    return feeds


def collect_status(redis: Any) -> Status:
    queues = [
        QueueStatus(
            name=q.name,
            pending=pending_jobs(q),
            scheduled=q.scheduled_job_registry.count,
            failed=q.failed_job_registry.count,
        )
        for q in (articles_queue(redis), alerts_queue(redis))
    ]
    feeds = read_feed_states(redis)
    errors = [e.decode() for e in redis.lrange(keys.RECENT_ERRORS, 0, 19)]
    rules = {k.decode(): v.decode() for k, v in redis.hgetall(keys.rules_state()).items()}
    return Status(
        stats=read_stats(redis),
        queues=queues,
        feeds=feeds,
        recent_errors=errors,
        rules=rules,
        failed_items=read_failures(redis, FAILED_ITEMS_SHOWN),
        heartbeats=heartbeats(redis),
        degraded_feeds=degraded_feeds(feeds),
        deliveries_waiting=pending_deliveries(redis),
        breakdown=read_breakdown(redis),
        parked=int(redis.hlen(keys.PARKED)),
    )


def rules_line(rules: dict[str, str]) -> str:
    """The workers' rules: version in use, and whether the file holds an invalid edit."""
    if not rules:
        return "rules: not reported yet (workers report on their first job)"
    when = rules.get("checked_at", "0")
    since = time.strftime("%Y-%m-%d %H:%M", time.gmtime(float(when))) if when != "0" else "?"
    if rules.get("stale") != "1":
        return f"rules: version {rules.get('version', '?')}, loaded {since}"
    error = rules.get("error", "").replace("\n", "; ")
    return (
        f"rules: STALE since {since}: a rules file has an invalid edit; "
        f"version {rules.get('version', '?')} still in use: {error}"
    )


def print_status(settings: Settings, as_json: bool) -> None:
    from services.supervisor.inspection import inspection_client

    with inspection_client(settings) as redis:
        _print_status(redis, as_json)


def _print_status(redis: Any, as_json: bool) -> None:
    status = collect_status(redis)
    if as_json:
        print(json.dumps(status.model_dump(mode="json"), indent=2))
        return
    print(status.stats.line())
    print(rules_line(status.rules))
    if outage := outage_line(redis):
        print(outage)
    for q in status.queues:
        print(f"queue {q.name}: {q.pending} pending, {q.scheduled} retrying, {q.failed} failed")
    print(f"deliveries: {status.deliveries_waiting} waiting on the targets' lanes")
    for name, feed in sorted(status.feeds.items()):
        last_ok = feed.get("last_success")
        ok_text = (
            time.strftime("%Y-%m-%d %H:%M", time.gmtime(float(last_ok))) if last_ok else "never"
        )
        print(
            f"feed {name}: last success {ok_text}, failures {feed.get('failures', '0')}"
            + (f", last error: {feed['last_error']}" if feed.get("last_error") else "")
        )
    for line in status.recent_errors:
        print(f"error {line}")
    for text in extra_lines(status):
        print(text)


def extra_lines(status: Status) -> list[str]:
    """Degraded feeds, each loop's heartbeat and the failed items, one line each."""
    lines = [
        f"feed {name}: DEGRADED: {count} entr(ies) failed in the last poll (see failed items)"
        for name, count in status.degraded_feeds.items()
    ]
    for beat in status.heartbeats:
        flag = f" LATE: no pass for over {LATE_HEARTBEAT_SECONDS:.0f}s" if beat.late else ""
        lines.append(f"loop {beat.loop}: last beat {_ago(beat.age_seconds)} ago{flag}")
    if not status.heartbeats:
        lines.append("loops: no heartbeat yet (nothing running, or not started)")
    lines.append(f"failed items: {len(status.failed_items)} (newest first)")
    for item in status.failed_items:
        when = time.strftime("%Y-%m-%d %H:%M:%S", time.gmtime(item.at))
        lines.append(f"failed {item.kind} {item.name} at {when}: {item.reason}")
    return lines


def _ago(seconds: float) -> str:
    if seconds < 120:
        return f"{seconds:.0f}s"
    if seconds < 7200:
        return f"{seconds / 60:.0f} min"
    return f"{seconds / 3600:.1f} h"
