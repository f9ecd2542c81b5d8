"""The poller process: watch the drop folder continuously and poll feeds when due.

Both run as loops (services.core.loops): each beats a heartbeat `newswatch status` shows,
waits out a Redis outage, and takes the process down (exit 70, to be restarted) if it dies;
each drop, feed and entry inside them is contained on its own (services.core.failures).
"""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from services.core import settled, stats
from services.core.failures import ItemGuard
from services.core.logs import escape
from services.core.loops import beat, start_loop_thread
from services.core.settings import Settings
from services.core.yaml_files import load_model
from services.poller.drop_folder import DropFolder, ScanResult
from services.poller.feed_entries import FeedLimits
from services.poller.feed_poller import FeedPoller
from services.poller.feeds_config import FeedConfig, FeedsFile
from services.poller.fetch import FetchPolicy
from services.poller.intake import Intake

log = logging.getLogger(__name__)

FEEDS_FILE = "feeds.yaml"
# How often the feed loop looks for due feeds when none was due.
FEEDS_CHECK_SECONDS = 5.0
ROLE = "poller"


@dataclass
class FeedsHolder:
    """The feeds list, re-read when feeds.yaml changes; a bad edit keeps the last good list."""

    path: Path
    redis: Any = None
    feeds: tuple[FeedConfig, ...] = ()
    _signature: tuple[int, int] | None = None

    def current(self) -> tuple[FeedConfig, ...]:
        """The feeds; an edit is taken once it has settled (services.core.settled): until
        then, and while it is still being written, the last list stays."""
        try:
            signature = settled.signature(self.path)
        except FileNotFoundError:
            return self.feeds
        first = self._signature is None  # start-up reads at once
        if signature != self._signature and (first or not settled.settle_wait(signature)):
            self._reload(signature)
        return self.feeds

    def _reload(self, signature: settled.Signature) -> None:
        """Read the edited file; any failure keeps the last good list and is recorded once
        (the file is read again only when it changes)."""
        with ItemGuard(self.redis, "feeds reload", str(self.path)) as guard:
            feeds = tuple(load_model(self.path, FeedsFile).feeds)
        if not settled.unchanged(self.path, signature):
            return  # written while read: the next look reads it again
        self._signature = signature
        if guard.failure is None:
            self.feeds = feeds
        else:
            log.info("feeds: keeping the last good %d feed(s)", len(self.feeds))


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
            max_json_depth=settings.max_json_depth,
        )
        self.feeds = FeedsHolder(settings.config_dir / FEEDS_FILE, redis)
        self.feed_poller = FeedPoller(
            redis,
            self.intake,
            fetch_policy(settings),
            concurrency=settings.feed_concurrency,
            alert_after_seconds=settings.feed_alert_after_seconds,
            limits=FeedLimits(settings.max_feed_entries, settings.max_json_depth),
        )

    def scan_drops(self) -> ScanResult:
        result = self.drops.scan(self.intake)
        stats.bump(self.redis, rejected=result.rejected)
        return result

    def run_once(self, stop: threading.Event) -> None:
        """One poll of every feed and every file in the inbox, waiting for files still written."""
        self.feed_poller.poll_all(self.feeds.current())
        beat(self.redis, ROLE, "feeds")
        while not stop.is_set():
            waiting = self.scan_drops().waiting
            beat(self.redis, ROLE, "drops")
            if waiting == 0:
                return
            stop.wait(min(self.settings.drop_settle_seconds, 1.0) or 0.1)

    def run_forever(self, stop: threading.Event) -> None:
        """Scan drops every few seconds and poll due feeds, each in its own loop thread, so a
        slow feed never holds up the drop folder; either loop dying exits the process."""
        threads = [
            start_loop_thread(
                self.redis, ROLE, "drops", self.scan_drops, self.settings.drop_scan_seconds, stop
            ),
            start_loop_thread(
                self.redis, ROLE, "feeds", lambda: self.poll_feeds(stop), FEEDS_CHECK_SECONDS, stop
            ),
        ]
        while not stop.wait(1.0):
            pass
        for thread in threads:
            thread.join(timeout=self.settings.fetch_timeout_seconds + 5)

    def poll_feeds(self, stop: threading.Event) -> None:
        """One pass of the feeds loop: poll every due feed."""
        self.feed_poller.poll_due(self.feeds.current(), stop)


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
        log.info(
            "watching %s and %d feed(s)", escape(poller.drops.inbox), len(poller.feeds.current())
        )
        poller.run_forever(stop)
