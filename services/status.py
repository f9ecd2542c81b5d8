"""`newswatch status`: what an operator needs at a glance, as text or JSON."""

from __future__ import annotations

import json
import time
from typing import Any

from pydantic import BaseModel

from services.core import keys
from services.core.queues import alerts_queue, articles_queue, connect, pending_jobs, ping
from services.core.settings import Settings
from services.core.stats import Stats, read_stats


class QueueStatus(BaseModel):
    name: str
    pending: int
    scheduled: int
    failed: int


class Status(BaseModel):
    stats: Stats
    queues: list[QueueStatus]
    feeds: dict[str, dict[str, str]]
    recent_errors: list[str]


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
    feeds = {}
    for key in redis.scan_iter(match=keys.feed_state("*"), count=500):
        name = key.decode().removeprefix(keys.feed_state(""))
        feeds[name] = {k.decode(): v.decode() for k, v in redis.hgetall(key).items()}
    errors = [e.decode() for e in redis.lrange(keys.RECENT_ERRORS, 0, 19)]
    return Status(stats=read_stats(redis), queues=queues, feeds=feeds, recent_errors=errors)


def print_status(settings: Settings, as_json: bool) -> None:
    redis = connect(settings.redis_url_value())
    ping(redis)
    status = collect_status(redis)
    if as_json:
        print(json.dumps(status.model_dump(mode="json"), indent=2))
        return
    print(status.stats.line())
    for q in status.queues:
        print(f"queue {q.name}: {q.pending} pending, {q.scheduled} retrying, {q.failed} failed")
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
