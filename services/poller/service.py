"""The poller process: watch the drop folder continuously and poll feeds when due."""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from services.core import stats
from services.core.errors import ConfigError
from services.core.settings import Settings
from services.core.yaml_files import load_model
from services.poller.drop_folder import DropFolder, ScanResult
from services.poller.feed_poller import FeedPoller
from services.poller.feeds_config import FeedConfig, FeedsFile
from services.poller.fetch import FetchPolicy
from services.poller.intake import Intake

log = logging.getLogger(__name__)

FEEDS_FILE = "feeds.yaml"
# How often the feed loop looks for due feeds when none was due.
FEEDS_CHECK_SECONDS = 5.0


@dataclass
class FeedsHolder:
    """The feeds list, re-read when feeds.yaml changes; a bad edit keeps the last good list."""

    path: Path
    feeds: tuple[FeedConfig, ...] = ()
    _signature: tuple[int, int] | None = None

    def current(self) -> tuple[FeedConfig, ...]:
        try:
            st = self.path.stat()
        except FileNotFoundError:
            return self.feeds
        signature = (st.st_mtime_ns, st.st_size)
        if signature != self._signature:
            self._signature = signature
            try:
                self.feeds = tuple(load_model(self.path, FeedsFile).feeds)
            except ConfigError as exc:
                log.error("invalid feeds edit, keeping %d feed(s): %s", len(self.feeds), exc)
        return self.feeds


def fetch_policy(settings: Settings) -> FetchPolicy:
    return FetchPolicy(
        deadline=settings.fetch_timeout_seconds,
        allowed_networks=tuple(settings.fetch_allowed_networks),
    )


class Poller:
    """Owns the intake, the drop folder and the feed poller of one process."""

    def __init__(self, settings: Settings, redis: Any) -> None:
        self.redis = redis
        self.settings = settings
        self.intake = Intake(redis, settings.batch_size, settings.seen_ttl_days * 86400)
        self.drops = DropFolder(
            settings.drop_dir,
            settle_seconds=settings.drop_settle_seconds,
            max_bytes=settings.max_drop_bytes,
            batch_size=settings.batch_size,
        )
        self.feeds = FeedsHolder(settings.config_dir / FEEDS_FILE)
        self.feed_poller = FeedPoller(
            redis,
            self.intake,
            fetch_policy(settings),
            concurrency=settings.feed_concurrency,
            alert_after_seconds=settings.feed_alert_after_seconds,
        )

    def scan_drops(self) -> ScanResult:
        result = self.drops.scan(self.intake)
        stats.bump(self.redis, rejected=result.rejected)
        return result

    def run_once(self, stop: threading.Event) -> None:
        """One poll of every feed and every file in the inbox, waiting for files still written."""
        self.feed_poller.poll_all(self.feeds.current())
        while not stop.is_set():
            if self.scan_drops().waiting == 0:
                return
            stop.wait(min(self.settings.drop_settle_seconds, 1.0) or 0.1)

    def run_forever(self, stop: threading.Event) -> None:
        """Scan drops every few seconds; feeds are polled in a thread so a slow one never
        holds up the drop folder."""
        feed_thread = threading.Thread(target=self._feeds_loop, args=(stop,), daemon=True)
        feed_thread.start()
        while not stop.is_set():
            self.scan_drops()
            stop.wait(self.settings.drop_scan_seconds)
        feed_thread.join(timeout=self.settings.fetch_timeout_seconds + 5)

    def _feeds_loop(self, stop: threading.Event) -> None:
        while not stop.is_set():
            self.feed_poller.poll_due(self.feeds.current(), stop)
            stop.wait(FEEDS_CHECK_SECONDS)


def run_poller(settings: Settings, *, once: bool) -> None:
    """The `newswatch poller` process: SIGTERM/SIGINT finish the current batch, then exit."""
    import signal

    from services.core.queues import connect, ping

    redis = connect(settings.redis_url_value())
    ping(redis)
    stop = threading.Event()
    for sig in (signal.SIGINT, signal.SIGTERM):
        signal.signal(sig, lambda *_: stop.set())
    poller = Poller(settings, redis)
    if once:
        poller.run_once(stop)
    else:
        log.info("watching %s and %d feed(s)", poller.drops.inbox, len(poller.feeds.current()))
        poller.run_forever(stop)
