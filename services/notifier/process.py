"""The `newswatch notifier` process: an RQ worker on the `alerts` queue, with RQ's scheduler
(it moves delivery retries and digests onto the queue when they are due)."""

from __future__ import annotations

import threading
from typing import Any

from services.core.queues import alerts_queue, connect, make_worker, ping, worker_name
from services.core.settings import Settings
from services.history.records import HistoryBounds
from services.notifier import context
from services.notifier.channels import APPRISE_FILE, ChannelsHolder
from services.notifier.links import console_base
from services.notifier.reload import reporter, start_config_loop
from services.notifier.render import Renderer

TEMPLATES_DIR = "templates"


def make_context(redis: Any, settings: Settings) -> context.NotifierContext:
    """The notifier's state from the settings (also used by tests and the CLI)."""
    channels = ChannelsHolder(
        settings.config_dir / APPRISE_FILE, report=reporter(redis, "channels")
    )
    channels.current()
    renderer = Renderer(
        settings.config_dir / TEMPLATES_DIR,
        seconds=settings.template_render_seconds,
        max_chars=settings.template_max_chars,
        report=reporter(redis, "template"),
        public_url=console_base(settings),
    )
    return context.NotifierContext(
        redis=redis,
        channels=channels,
        alert_log=settings.alerts_log,
        renderer=renderer,
        attempts=settings.delivery_attempts,
        backoff_seconds=settings.delivery_backoff_seconds,
        history=HistoryBounds.from_settings(settings),
        alert_log_max_bytes=settings.alerts_log_max_bytes,
    )


def run_notifier(settings: Settings, name: str | None = None) -> None:
    """Deliver alerts until SIGTERM/SIGINT; the current delivery finishes first."""
    redis = connect(settings.redis_url_value())
    ping(redis)
    ctx = make_context(redis, settings)
    context.install(ctx)
    start_config_loop(ctx, settings.rules_reload_seconds, threading.Event())
    unique_name = name or worker_name("notifier")
    worker = make_worker(redis, alerts_queue(redis), unique_name)
    worker.work(with_scheduler=True, logging_level="WARNING")
