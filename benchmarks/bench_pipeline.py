"""End to end: drop-folder intake to alert decision, 2 worker processes, vs one process.

The baseline does the same work (read each file, build its message, decode, match 100 rules,
build the alerts) in this process with no queue. The pipeline run starts 2 `newswatch worker`
processes on an embedded Valkey, then times intake of the drop folder until every article is
processed and its alerts are decided (claimed and queued).
"""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.corpus import rules_yaml, write_corpus
from benchmarks.harness import Row
from services.core.settings import Settings
from services.core.stats import read_stats
from services.poller.drop_files import read_drop
from services.poller.service import Poller
from services.supervisor.embedded_valkey import EmbeddedValkey
from workers.pipeline import process_article
from workers.rules.loader import load_rules

REPO = Path(__file__).resolve().parents[1]
WORKERS = 2
RULES = 100
BATCH_SIZE = 50


def in_process(inbox: Path, rules_path: Path) -> tuple[float, int]:
    """Articles per second with no queue, and how many alerts were decided."""
    rules = load_rules(rules_path)
    started = time.perf_counter()
    alerts = 0
    for path in sorted(inbox.iterdir()):
        message = read_drop(path, path.read_bytes())
        alerts += len(process_article(message, rules).alerts)
    return len(list(inbox.iterdir())) / (time.perf_counter() - started), alerts


def start_workers(env: dict[str, str]) -> list[subprocess.Popen[bytes]]:
    return [
        subprocess.Popen([sys.executable, "-m", "services", "worker"], env=env, cwd=REPO)
        for _ in range(WORKERS)
    ]


def through_pipeline(root: Path, count: int, server_dir: str) -> tuple[float, int]:
    """Articles per second from intake to alert decision with WORKERS processes."""
    server = EmbeddedValkey(root / server_dir)
    server.start()
    settings = Settings(
        redis_url=server.url,
        config_dir=root / "config",
        state_dir=root / "var",
        drop_dir=root / "drops",
        drop_settle_seconds=0,
        batch_size=BATCH_SIZE,
        log_level="WARNING",
        _env_file=None,  # type: ignore[call-arg]
    )
    env = dict(
        os.environ,
        NEWSWATCH_REDIS_URL=server.url,
        NEWSWATCH_LOG_LEVEL="WARNING",
        NEWSWATCH_CONFIG_DIR=str(settings.config_dir),
        PYTHONPATH=str(REPO),
    )
    workers = start_workers(env)
    try:
        import redis

        client = redis.Redis.from_url(server.url)
        time.sleep(1.5)  # let the workers connect and load their rules
        poller = Poller(settings, client)
        started = time.perf_counter()
        while poller.scan_drops().waiting:
            pass
        while read_stats(client).processed < count:
            time.sleep(0.005)
        elapsed = time.perf_counter() - started
        return count / elapsed, read_stats(client).alerts_queued
    finally:
        for w in workers:
            w.terminate()
        for w in workers:
            w.wait()
        server.stop()


def prepare(root: Path, count: int) -> Path:
    """Config with RULES rules, and a corpus of `count` text articles; returns the corpus."""
    (root / "config").mkdir()
    (root / "config" / "rules.yaml").write_text(rules_yaml(RULES), encoding="utf-8")
    write_corpus(root / "corpus", count)
    return root / "corpus"


def stage_drops(corpus: Path, root: Path) -> None:
    """A fresh drop folder holding the corpus, old enough to be taken at once."""
    inbox = root / "drops" / "inbox"
    shutil.rmtree(root / "drops", ignore_errors=True)
    shutil.copytree(corpus, inbox)
    past = time.time() - 120
    for path in inbox.iterdir():
        os.utime(path, (past, past))


def run(quick: bool) -> list[Row]:
    count, repeats = (300, 1) if quick else (2000, 3)
    rates, baselines = [], []
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        corpus = prepare(root, count)
        for i in range(repeats):
            rate, base_alerts = in_process(corpus, root / "config" / "rules.yaml")
            baselines.append(rate)
            stage_drops(corpus, root)
            rate, alerts = through_pipeline(root, count, f"valkey-{i}")
            rates.append(rate)
    note = (
        f"median of {repeats}; {count} articles 3-6 KB, {RULES} rules, {WORKERS} workers, "
        f"batches of {BATCH_SIZE}; alerts decided {alerts} (in-process {base_alerts})"
    )
    return [
        Row(
            "end-to-end",
            "articles/s, drop intake to alert decision",
            statistics.median(rates),
            statistics.median(baselines),
            "art/s",
            target=">= 800 art/s and >= 0.60x",
            note=note,
        ),
    ]


if __name__ == "__main__":
    from benchmarks.harness import format_table

    print(format_table(run(quick="--quick" in sys.argv)))
