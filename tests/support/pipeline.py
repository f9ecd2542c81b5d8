"""Run the pipeline's workers in-process, in burst mode, for integration tests."""

from __future__ import annotations

import json
import threading
from pathlib import Path
from typing import Any

from services.core.queues import alerts_queue, articles_queue, make_worker
from services.core.settings import Settings
from services.history.archive import ArchiveConfig
from services.notifier import context as notifier_context
from services.notifier.channels import APPRISE_FILE, ChannelsHolder
from services.poller.service import Poller
from tests.support.notifier import send_lanes
from workers import context as worker_context
from workers.rules.loader import RulesHolder
from workers.stories import StoryConfig


def run_workers(redis: Any, settings: Settings) -> None:
    """Process every queued article job, then return."""
    rules = RulesHolder(settings.config_dir / "rules.yaml", period=0.0)
    rules.reload()  # a worker's rules loop does this on its own clock
    stories = StoryConfig.from_settings(settings)
    archive = ArchiveConfig.from_settings(settings)
    worker_context.install(
        worker_context.WorkerContext(redis=redis, rules=rules, stories=stories, archive=archive)
    )
    make_worker(redis, articles_queue(redis), "test-worker").work(burst=True)


def run_notifier(redis: Any, settings: Settings) -> None:
    """Deliver every queued alert (the jobs, then the targets' lanes), then return."""
    channels = ChannelsHolder(settings.config_dir / APPRISE_FILE)
    ctx = notifier_context.NotifierContext(redis, channels, settings.alerts_log, background=False)
    notifier_context.install(ctx)
    make_worker(redis, alerts_queue(redis), "test-notifier").work(burst=True)
    while send_lanes(ctx):
        continue


def delivered_alerts(settings: Settings) -> list[dict[str, Any]]:
    path: Path = settings.alerts_log
    if not path.exists():
        return []
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def configure_feed(settings: Settings, feed_url: str, hook_url: str) -> Settings:
    """One feed `wire` at `feed_url`, alerts to a JSON webhook at `hook_url` (both loopback)."""
    config = settings.config_dir
    (config / "feeds.yaml").write_text(
        f"version: 1\nfeeds:\n  - name: wire\n    url: {feed_url}\n    interval: 5m\n",
        encoding="utf-8",
    )
    (config / "apprise.yaml").write_text(
        f"version: 1\nurls:\n  - {hook_url.replace('http://', 'json://')}\n", encoding="utf-8"
    )
    return settings.model_copy(update={"fetch_allowed_networks": ["127.0.0.0/8"]})


def poll_and_deliver(redis: Any, settings: Settings) -> None:
    """One poll of every feed, then the workers and the notifier until their queues are empty."""
    Poller(settings, redis).run_once(threading.Event())
    run_workers(redis, settings)
    run_notifier(redis, settings)
