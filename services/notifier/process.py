"""The `newswatch notifier` process: an RQ worker on the `alerts` queue."""

from __future__ import annotations

import os
import socket

from services.core.queues import alerts_queue, connect, make_worker, ping
from services.core.settings import Settings
from services.notifier import context
from services.notifier.channels import APPRISE_FILE, ChannelsHolder


def run_notifier(settings: Settings, name: str | None = None) -> None:
    """Deliver alerts until SIGTERM/SIGINT; the current delivery finishes first."""
    redis = connect(settings.redis_url_value())
    ping(redis)
    channels = ChannelsHolder(settings.config_dir / APPRISE_FILE)
    channels.current()
    context.install(
        context.NotifierContext(redis=redis, channels=channels, alert_log=settings.alerts_log)
    )
    worker_name = name or f"notifier-{socket.gethostname()}-{os.getpid()}"
    worker = make_worker(redis, alerts_queue(redis), worker_name)
    worker.work(with_scheduler=True, logging_level="WARNING")
