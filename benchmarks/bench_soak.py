"""Soak, Redis memory per article, and the cost of durable intake.

- soak: the production topology as processes (tests.faults.topology: AOF Valkey, poller,
  2 workers, notifier, a loopback webhook). Capacity is measured with a first burst; then
  articles arrive at half that rate for NEWSWATCH_SOAK_MINUTES (10; quick: 0.3), then a 5x
  burst. Rows: lost and duplicated alerts (by id at the webhook), the burst's drain time,
  each process's memory (RSS) at start and end.
- memory: Redis bytes per processed 5 KB article (INFO used_memory delta / articles, after
  the pipeline delivered everything: story index, seen marks and claims included), beside
  what the raw article messages alone would take if they were kept.
- intake: drop-to-queue with `WAITAOF` (fsynced) beside the same intake without it.
"""

from __future__ import annotations

import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from benchmarks.corpus import article_text
from benchmarks.harness import Row
from services.core import keys
from services.core.models import ArticleMessage
from services.core.settings import Settings
from services.poller.intake import Intake
from services.supervisor.embedded_valkey import EmbeddedValkey

ARTICLE_BYTES = 5000
SOAK_MINUTES = float(os.environ.get("NEWSWATCH_SOAK_MINUTES", "10"))


def rss_kib(pid: int) -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    return 0


def five_kb(rng: random.Random, index: int) -> str:
    text = ""
    while len(text.encode()) < ARTICLE_BYTES:
        text += article_text(rng, index)
    return "Lavrov and terrorism. " + text.encode()[: ARTICLE_BYTES - 22].decode("utf-8", "ignore")


def messages(count: int, seed: int = 5) -> list[ArticleMessage]:
    rng = random.Random(seed)
    return [
        ArticleMessage(
            id=f"m{seed}-{i}",
            origin="drop",
            source="bench",
            origin_ref=f"{i}.txt",
            content_type="text",
            encoding="utf-8",
            content=five_kb(rng, i),
        )
        for i in range(count)
    ]


def settings_for(root: Path, url: str) -> Settings:
    config = root / "config"
    config.mkdir(exist_ok=True)
    (config / "rules.yaml").write_text(
        "version: 1\nrules:\n  - name: watch\n    query: Lavrov AND terror*\n", encoding="utf-8"
    )
    return Settings(
        redis_url=url,
        config_dir=config,
        state_dir=root / "var",
        drop_dir=root / "drops",
        _env_file=None,  # type: ignore[call-arg]
    )


def memory_per_article(count: int) -> tuple[float, float]:
    """(bytes per article after processing, bytes per raw article message)."""
    import redis

    from tests.support.pipeline import run_notifier, run_workers

    with tempfile.TemporaryDirectory() as tmp:
        server = EmbeddedValkey(Path(tmp) / "valkey")
        server.start()
        try:
            client = redis.Redis.from_url(server.url)
            settings = settings_for(Path(tmp), server.url)
            batch = messages(count)
            before = int(client.info("memory")["used_memory"])
            Intake(client, batch_size=50, seen_ttl_seconds=86400).submit(batch)
            raw = sum(int(client.memory_usage(keys.article(m.id)) or 0) for m in batch)
            run_workers(client, settings)
            run_notifier(client, settings)
            after = int(client.info("memory")["used_memory"])
            return (after - before) / count, raw / count
        finally:
            server.stop()


def intake_rate(count: int, fsync: bool) -> float:
    """Articles per second through Intake.submit (batches of 50) on an AOF everysec server."""
    import redis

    with tempfile.TemporaryDirectory() as tmp:
        server = EmbeddedValkey(Path(tmp) / "valkey")
        server.start()
        try:
            client = redis.Redis.from_url(server.url)
            intake = Intake(client, batch_size=50, seen_ttl_seconds=86400)
            intake.fsync = fsync
            batch = messages(count, seed=9)
            started = time.perf_counter()
            for i in range(0, count, 50):  # one drop-folder scan takes up to 50 files
                intake.submit(batch[i : i + 50])
            return count / (time.perf_counter() - started)
        finally:
            server.stop()


def soak(minutes: float) -> dict[str, Any]:
    from tests.faults.topology import Receiver, Topology, webhook

    with tempfile.TemporaryDirectory() as tmp, webhook(Receiver()) as receiver:
        topo = Topology(Path(tmp) / "soak", receiver)
        topo.start()
        try:
            pids = {role: p.process.pid for role, p in topo.procs.items()}
            rss_start = {role: rss_kib(pid) for role, pid in pids.items()}
            topo.drop(50)  # warm-up: imports, rules, connections
            topo.wait_delivered(300)
            started = time.monotonic()
            topo.drop(400)
            topo.wait_delivered(300)
            capacity = 400 / max(receiver.last_time() - started, 0.1)
            rate = capacity / 2
            end = time.monotonic() + minutes * 60
            while time.monotonic() < end:
                topo.drop(max(1, round(rate)))
                time.sleep(1.0)
            burst_at = time.monotonic()
            topo.drop(round(capacity * 5))
            drained = topo.wait_delivered(600)
            drain = receiver.last_time() - burst_at
            rss_end = {role: rss_kib(pid) for role, pid in pids.items()}
            return topo.ledger() | {
                "capacity": capacity,
                "drain": drain if drained else float("nan"),
                "rss_start": rss_start,
                "rss_end": rss_end,
                "restarts": sum(topo.restarts().values()),
            }
        finally:
            topo.close()


def run(quick: bool) -> list[Row]:
    count = 1000 if quick else 2000
    per_article, raw = memory_per_article(count)
    with_fsync = statistics.median(intake_rate(count, True) for _ in range(1 if quick else 3))
    without = statistics.median(intake_rate(count, False) for _ in range(1 if quick else 3))
    result = soak(0.3 if quick else SOAK_MINUTES)
    rss = ", ".join(
        f"{role} {result['rss_start'][role] // 1024}->{result['rss_end'][role] // 1024} MiB"
        for role in sorted(result["rss_start"])
    )
    minutes = 0.3 if quick else SOAK_MINUTES
    note = (
        f"{minutes:g} min at half capacity ({result['capacity'] / 2:.0f} alerts/s), then a 5x "
        f"burst; expected {result['expected']}, lost {result['lost']}, duplicated "
        f"{result['duplicated']}, restarts {result['restarts']}; RSS {rss}"
    )
    return [
        Row(
            "redis",
            "bytes per processed 5 KB article",
            per_article,
            raw,
            "B",
            target="<= 4096 B",
            note=f"{count} articles through workers and notifier; baseline: the raw message "
            "alone, which is now deleted once its batch is stored",
        ),
        Row(
            "intake",
            "articles/s with WAITAOF (fsynced)",
            with_fsync,
            without,
            "art/s",
            note="batches of 50, AOF everysec; baseline: same intake without WAITAOF",
        ),
        Row(
            "soak",
            "5x burst drain time",
            result["drain"],
            None,
            "s",
            target="lost 0, duplicated 0",
            note=note,
        ),
        Row("soak", "alerts lost", result["lost"], None, "", target="0"),
        Row("soak", "alerts duplicated", result["duplicated"], None, "", target="0"),
    ]


if __name__ == "__main__":
    from benchmarks.harness import format_table

    print(format_table(run(quick="--quick" in sys.argv)))
    sys.exit(0)
