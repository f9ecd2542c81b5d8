"""`newswatch run`: the whole service in one process tree, on an embedded Valkey by default.

The supervisor starts the server (unless a Redis URL is set), the poller, N workers and the
notifier as child processes; prints live progress; on Ctrl-C/SIGTERM it stops the children
first (each finishes its current job) and the server last, so no job is lost.
"""

from __future__ import annotations

import logging
import os
import shutil
import signal
import threading
import time
from dataclasses import dataclass
from typing import Any

from services.core.deliveries import pending_deliveries
from services.core.failures import STORE_ERRORS
from services.core.outages import OutageWatch
from services.core.queues import alerts_queue, articles_queue, connect, pending_jobs, ping
from services.core.settings import Settings
from services.core.stats import Stats, read_stats
from services.supervisor.children import Child, spawn, stop_all
from services.supervisor.embedded_valkey import EmbeddedValkey
from services.web.server import console_url

log = logging.getLogger(__name__)

PROGRESS_SECONDS = 2.0
CHILD_STOP_SECONDS = 60.0
# --once waits for retries due this soon; later ones are left for the next run.
RETRY_HORIZON_SECONDS = 90.0


@dataclass(frozen=True)
class RunOptions:
    once: bool = False
    timeout: float = 600.0


def seed_example_drops(settings: Settings) -> int:
    """On the very first run, copy the example drops into the inbox so the demo shows alerts."""
    examples = settings.config_dir / "examples" / "drops"
    if not settings.example_drops or settings.drop_dir.exists() or not examples.is_dir():
        return 0
    settings.inbox_dir.mkdir(parents=True)
    copied = 0
    for path in sorted(examples.iterdir()):
        if path.is_file():
            shutil.copy2(path, settings.inbox_dir / path.name)
            copied += 1
    log.info("first run: copied %d example drop(s) into %s", copied, settings.inbox_dir)
    return copied


def child_env(settings: Settings, redis_url: str) -> dict[str, str]:
    env = dict(os.environ)
    env.update(
        NEWSWATCH_REDIS_URL=redis_url,
        NEWSWATCH_CONFIG_DIR=str(settings.config_dir.resolve()),
        NEWSWATCH_STATE_DIR=str(settings.state_dir.resolve()),
        NEWSWATCH_DROP_DIR=str(settings.drop_dir.resolve()),
    )
    return env


def start_children(settings: Settings, env: dict[str, str], once: bool) -> list[Child]:
    poller_args = ["poller", "--once"] if once else ["poller"]
    children = [spawn(f"worker-{i + 1}", ["worker"], env) for i in range(settings.workers)]
    children.append(spawn("notifier", ["notifier"], env))
    if settings.web_address and not once:  # the console; a --once run ends before anyone looks
        children.append(spawn("web", ["web"], env, optional=True))
        print(f"console: {console_url(settings.web_address)}", flush=True)
    children.append(spawn("poller", poller_args, env))  # last: a --once run waits for it
    return children


def run(settings: Settings, options: RunOptions) -> int:
    """Run until stopped (or, with --once, until everything pending is delivered)."""
    settings.state_dir.mkdir(parents=True, exist_ok=True)
    seed_example_drops(settings)
    valkey = None
    url = settings.redis_url_value()
    if url is None:
        valkey = EmbeddedValkey(settings.state_dir / "valkey")
        valkey.start()
        url = valkey.url
        log.info("embedded Valkey on 127.0.0.1:%d, data in %s", valkey.port, valkey.data_dir)
        advertise(settings, url)
    try:
        return _supervise(settings, options, url, valkey)
    finally:
        if valkey is not None:
            settings.running_url_file.unlink(missing_ok=True)
            valkey.stop()


def advertise(settings: Settings, url: str) -> None:
    """Let `newswatch status` and friends find the embedded server (owner-only file)."""
    path = settings.running_url_file
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        handle.write(url + "\n")


def _supervise(
    settings: Settings, options: RunOptions, url: str, valkey: EmbeddedValkey | None = None
) -> int:
    redis = connect(url)
    ping(redis)
    stop = threading.Event()
    for sig in (signal.SIGINT, signal.SIGTERM):
        signal.signal(sig, lambda *_: stop.set())
    baseline = read_stats(redis)
    children = start_children(settings, child_env(settings, url), options.once)
    monitor = Monitor(redis, baseline)
    finished = False
    try:
        finished = _watch(children, monitor, stop, options, valkey)
    finally:
        log.info("stopping: letting workers finish their current jobs")
        stop_all(children, CHILD_STOP_SECONDS)
    try:
        summary = read_stats(redis).minus(baseline)
        print(f"newswatch: {summary.line()}", flush=True)
    except STORE_ERRORS:  # the server is away: the counters stay in it for `status`
        log.warning("stopped without a summary: Redis is unavailable")
    if options.once and not finished:
        log.error("--once gave up after %.0fs with work still pending", options.timeout)
        return 1
    return 0


def _watch(
    children: list[Child],
    monitor: Monitor,
    stop: threading.Event,
    opt: RunOptions,
    valkey: EmbeddedValkey | None = None,
) -> bool:
    """Loop until stopped; returns True when a --once run drained every queue.

    A Redis outage only pauses the progress line (one log line when it starts, one when it
    ends); an embedded server that died is started again on its port, from its AOF.
    """
    deadline = time.monotonic() + opt.timeout
    poller = children[-1]
    outage = OutageWatch("supervisor")
    while not stop.wait(0.25):
        if valkey is not None and not valkey.running:
            valkey.restart()
        supervised = children[:-1] if opt.once else children  # a --once poller ends by itself
        if not _revive(supervised):
            return False
        try:
            monitor.report()
            if opt.once and not poller.running and monitor.drained():
                monitor.report(force=True)
                return True
        except STORE_ERRORS as exc:
            stop.wait(outage.failed(exc))
            continue
        outage.succeeded(monitor.redis)
        if opt.once and time.monotonic() > deadline:
            return False
    return False


def _revive(children: list[Child]) -> bool:
    """Restart children that died; False when one cannot be kept alive."""
    for child in children:
        if child.running or child.abandoned:
            continue
        code = child.process.returncode
        if child.restart():
            log.error("%s exited with code %s; restarted it", child.role, code)
            continue
        if child.optional:
            child.abandoned = True
            log.error(
                "%s exited with code %s and keeps failing; going on without it", child.role, code
            )
            continue
        log.error("%s exited with code %s and keeps failing; stopping", child.role, code)
        return False
    return True


class Monitor:
    """Live progress and queue drain detection."""

    def __init__(self, redis: object, baseline: Stats) -> None:
        self.redis: Any = redis
        self.baseline = baseline
        self.articles = articles_queue(redis)  # type: ignore[arg-type]
        self.alerts = alerts_queue(redis)  # type: ignore[arg-type]
        self._last_line = ""
        self._last_report = 0.0
        self._zero_streak = 0

    def report(self, force: bool = False) -> None:
        now = time.monotonic()
        if not force and now - self._last_report < PROGRESS_SECONDS:
            return
        self._last_report = now
        line = read_stats(self.redis).minus(self.baseline).line()
        if force or line != self._last_line:
            self._last_line = line
            print(f"progress: {line}", flush=True)

    def drained(self) -> bool:
        """Both queues empty on several consecutive checks (a job moves between lists)."""
        busy = (
            pending_jobs(self.articles, RETRY_HORIZON_SECONDS)
            + pending_jobs(self.alerts, RETRY_HORIZON_SECONDS)
            + pending_deliveries(self.redis, RETRY_HORIZON_SECONDS)
        )
        self._zero_streak = 0 if busy else self._zero_streak + 1
        return self._zero_streak >= 3
