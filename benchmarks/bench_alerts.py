"""Alert delivery: throughput to a local webhook and SMTP server, and drop-to-alert latency.

Throughput: N alerts queued on `alerts`, taken by the real notifier job in an in-process RQ
worker and delivered by the notifier's sender thread for the target (lane and status keys,
rendering, apprise, failure probe), timed until the receiver has them all, beside a bare
loop sending the same number of messages (urllib POST / smtplib with a connection each) to
the same receiver in this run. Latency: the real `newswatch run` (embedded Valkey, poller,
2 workers, notifier) with a json:// channel; JSON drop files are renamed into drops/inbox at
a steady rate and each alert's arrival at the webhook is timed; every drop must alert once.
"""

from __future__ import annotations

import json
import os
import random
import signal
import smtplib
import string
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from email.message import EmailMessage
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import redis as redis_lib

from benchmarks.harness import Row
from services.core.models import AlertMessage
from services.core.queues import alert_job_data, alerts_queue, make_worker
from services.core.settings import Settings
from services.notifier import context, senders
from services.notifier.process import make_context
from services.supervisor.embedded_valkey import EmbeddedValkey

REPO = Path(__file__).resolve().parents[1]
RATE_PER_SECOND = 20
RULES = """version: 1
rules:
  - name: bench
    query: newswatchbench
"""


class Hook:
    """A loopback webhook recording (arrival time, title) of each POST."""

    def __init__(self) -> None:
        self.arrivals: list[tuple[float, str]] = []
        self.lock = threading.Lock()


@contextmanager
def webhook() -> Iterator[tuple[int, Hook]]:
    hook = Hook()

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def do_POST(self) -> None:
            body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
            arrived = time.time()
            try:
                title = str(json.loads(body).get("title", ""))
            except ValueError:
                title = ""
            with hook.lock:
                hook.arrivals.append((arrived, title))
            self.send_response(200)
            self.send_header("Content-Length", "2")
            self.end_headers()
            self.wfile.write(b"{}")

        def log_message(self, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield server.server_address[1], hook
    finally:
        server.shutdown()
        server.server_close()


def alert(n: int) -> AlertMessage:
    return AlertMessage(
        alert_id=f"bench-{n}",
        rule="bench",
        rules_version="bench",
        article_id=f"a{n}",
        story_id=f"s{n}",
        title=f"Bench alert {n:05d}",
        source="bench.example",
        url=f"https://bench.example/{n}",
        matched_terms=["newswatchbench"],
        snippet="The «newswatchbench» token matched in this sentence.",
    )


def through_notifier(
    root: Path,
    url: str | list[str],
    count: int,
    received: Callable[[], int],
    timeout: float = 300.0,
) -> float:
    """Alerts per second through the real notifier (job, then the target's sender thread)
    to the channel at `url`, until `received()` has grown by `count`."""
    server = EmbeddedValkey(root / f"valkey-{time.time_ns()}")
    server.start()
    try:
        client = redis_lib.Redis.from_url(server.url)
        config = root / f"config-{time.time_ns()}"
        config.mkdir()
        urls = "".join(f"  - {u!r}\n" for u in ([url] if isinstance(url, str) else url))
        (config / "apprise.yaml").write_text(f"version: 1\nurls:\n{urls}", "utf-8")
        settings = Settings(
            redis_url=server.url,
            config_dir=config,
            state_dir=root / "var",
            _env_file=None,  # type: ignore[call-arg]
        )
        before = received()
        context.install(make_context(client, settings))  # starts the sender threads
        alerts_queue(client).enqueue_many([alert_job_data(alert(n)) for n in range(count)])
        started = time.perf_counter()
        make_worker(client, alerts_queue(client), "bench-notifier").work(
            burst=True, logging_level="WARNING"
        )
        deadline = time.monotonic() + timeout
        while received() - before < count and time.monotonic() < deadline:
            time.sleep(0.005)
        return count / (time.perf_counter() - started)
    finally:
        senders.stop()
        server.stop()


def bare_posts(port: int, count: int) -> float:
    started = time.perf_counter()
    for n in range(count):
        data = json.dumps({"title": f"bare {n}", "message": "x" * 300}).encode()
        request = urllib.request.Request(
            f"http://127.0.0.1:{port}/hook", data, {"Content-Type": "application/json"}
        )
        with urllib.request.urlopen(request, timeout=5) as response:
            response.read()
    return count / (time.perf_counter() - started)


def bare_smtp(port: int, count: int) -> float:
    started = time.perf_counter()
    for n in range(count):
        message = EmailMessage()
        message["Subject"], message["From"], message["To"] = f"bare {n}", "a@b.org", "c@d.org"
        message.set_content("x" * 300)
        with smtplib.SMTP("127.0.0.1", port, timeout=5) as smtp:
            smtp.send_message(message)
    return count / (time.perf_counter() - started)


@contextmanager
def smtp_server() -> Iterator[tuple[int, list[bytes]]]:
    from aiosmtpd.controller import Controller

    received: list[bytes] = []

    class Handler:
        async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
            received.append(envelope.content)
            return "250 OK"

    port = _free_port()
    controller = Controller(Handler(), hostname="127.0.0.1", port=port)
    controller.start()
    try:
        yield port, received
    finally:
        controller.stop()


def _free_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _words(rng: random.Random, n: int) -> str:
    return " ".join(
        "".join(rng.choices(string.ascii_lowercase, k=rng.randint(4, 9))) for _ in range(n)
    )


def drop_json(n: int, rng: random.Random) -> bytes:
    sentences = [
        f"{_words(rng, 12).capitalize()} newswatchbench {_words(rng, 6)}." for _ in range(6)
    ]
    return json.dumps(
        {
            "title": f"Bench alert {n:05d}",
            "url": f"https://bench.example/{n}",
            "source": "bench.example",
            "language": "en",
            "text": "\n\n".join(sentences),
        }
    ).encode()


def latency(root: Path, seconds: float) -> tuple[list[float], int, int, int]:
    """(latencies s, files, lost, doubled) for drops at RATE_PER_SECOND through `run`."""
    with webhook() as (port, hook):
        config = root / "lat-config"
        config.mkdir()
        (config / "rules.yaml").write_text(RULES, encoding="utf-8")
        (config / "feeds.yaml").write_text("version: 1\nfeeds: []\n", encoding="utf-8")
        (config / "apprise.yaml").write_text(
            f"version: 1\nurls:\n  - json://127.0.0.1:{port}/hook\n", encoding="utf-8"
        )
        drops, staging = root / "drops", root / "staging"
        (drops / "inbox").mkdir(parents=True)
        staging.mkdir()
        env = {k: v for k, v in os.environ.items() if k not in ("REDIS_URL", "NEWSWATCH_REDIS_URL")}
        env.update(
            NEWSWATCH_CONFIG_DIR=str(config),
            NEWSWATCH_STATE_DIR=str(root / "var"),
            NEWSWATCH_DROP_DIR=str(drops),
            NEWSWATCH_DROP_SCAN_SECONDS="0.1",
            NEWSWATCH_DROP_SETTLE_SECONDS="0",
            NEWSWATCH_EXAMPLE_DROPS="false",
            NEWSWATCH_LOG_LEVEL="WARNING",
            NEWSWATCH_BATCH_SIZE="10",
            PYTHONPATH=str(REPO),
        )
        proc = subprocess.Popen(
            [sys.executable, "-m", "services", "run"],
            env=env,
            cwd=root,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        try:
            rng = random.Random(7)
            _land(staging, drops / "inbox", 0, rng)  # warm-up: wait until the pipeline answers
            _wait(hook, 1, 60)
            landed = _steady(staging, drops / "inbox", seconds, rng)
            _wait(hook, len(landed) + 1, 20)
        finally:
            proc.send_signal(signal.SIGINT)
            proc.wait(timeout=90)
        arrivals: dict[str, list[float]] = {}
        for at, title in hook.arrivals:
            arrivals.setdefault(title.rsplit(": ", 1)[-1], []).append(at)
        lats = [arrivals[t][0] - at for t, at in landed.items() if t in arrivals]
        lost = sum(1 for t in landed if t not in arrivals)
        doubled = sum(1 for t in landed if len(arrivals.get(t, [])) > 1)
        return lats, len(landed), lost, doubled


def _land(staging: Path, inbox: Path, n: int, rng: random.Random) -> float:
    path = staging / f"drop-{n:05d}.json"
    path.write_bytes(drop_json(n, rng))
    os.rename(path, inbox / path.name)
    return time.time()


def _steady(staging: Path, inbox: Path, seconds: float, rng: random.Random) -> dict[str, float]:
    landed: dict[str, float] = {}
    total = int(seconds * RATE_PER_SECOND)
    start = time.monotonic()
    for i in range(1, total + 1):
        delay = start + (i - 1) / RATE_PER_SECOND - time.monotonic()
        if delay > 0:
            time.sleep(delay)
        landed[f"Bench alert {i:05d}"] = _land(staging, inbox, i, rng)
    return landed


def _wait(hook: Hook, count: int, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while len(hook.arrivals) < count and time.monotonic() < deadline:
        time.sleep(0.05)


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


def run(quick: bool) -> list[Row]:
    count, seconds = (200, 10.0) if quick else (1000, 60.0)
    rows: list[Row] = []
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        with webhook() as (port, hook):
            base = bare_posts(port, count)
            url = f"json://127.0.0.1:{port}/hook"
            rate = through_notifier(root, url, count, lambda: len(hook.arrivals))
            got = len(hook.arrivals) - count
        rows.append(
            Row(
                "alerts",
                "delivered/s to a local webhook (json://)",
                rate,
                base,
                "al/s",
                note=f"{count} alerts, 1 notifier; baseline: bare urllib POST loop; {got} received",
            )
        )
        with smtp_server() as (port, received):
            base = bare_smtp(port, count)
            url = f"mailto://127.0.0.1:{port}?to=desk@example.org&from=nw@example.org"
            rate = through_notifier(root, url, count, lambda: len(received))
            got = len(received) - count
        rows.append(
            Row(
                "alerts",
                "delivered/s to local SMTP (mailto://)",
                rate,
                base,
                "al/s",
                note=f"{count} alerts, 1 notifier; baseline: bare smtplib (a connection "
                f"each); {got} received",
            )
        )
        lats, files, lost, doubled = latency(root, seconds)
    note = (
        f"{files} drops at {RATE_PER_SECOND}/s for {seconds:.0f}s via `newswatch run`; "
        f"lost {lost}, doubled {doubled}"
    )
    if lats:
        rows.append(
            Row(
                "alerts",
                "latency p50, drop landed to webhook",
                percentile(lats, 50),
                None,
                "s",
                target="<= 1 s",
                note=note,
            )
        )
        rows.append(
            Row(
                "alerts",
                "latency p99, drop landed to webhook",
                percentile(lats, 99),
                None,
                "s",
                target="<= 3 s",
                note=note,
            )
        )
    if lost or doubled or not lats:
        raise RuntimeError(f"alerts lost {lost} or doubled {doubled} of {files}")
    return rows


if __name__ == "__main__":
    from benchmarks.harness import format_table

    print(format_table(run(quick="--quick" in sys.argv)))
