"""Drive the notifier in tests: burst runs, with RQ's scheduled jobs (retries, digests)
moved onto the queue when due, as the notifier's scheduler does."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

from rq.scheduler import RQScheduler
from rq.serializers import JSONSerializer

from services.core.keys import ALERTS_QUEUE
from services.core.models import AlertMessage
from services.core.queues import alert_job_data, alerts_queue, make_worker
from services.core.settings import Settings
from services.notifier import context
from services.notifier.process import make_context


def install(redis: Any, settings: Settings, **overrides: Any) -> context.NotifierContext:
    ctx = make_context(redis, settings)
    for name, value in overrides.items():
        setattr(ctx, name, value)
    context.install(ctx)
    return ctx


def enqueue(redis: Any, *alerts: AlertMessage) -> None:
    alerts_queue(redis).enqueue_many([alert_job_data(a) for a in alerts])


def promote_due(redis: Any) -> int:
    """Move due scheduled jobs to the queue; how many were due."""
    registry = alerts_queue(redis).scheduled_job_registry
    due = len(registry.get_jobs_to_schedule(int(time.time())))
    if due:
        scheduler = RQScheduler([ALERTS_QUEUE], connection=redis, serializer=JSONSerializer)
        scheduler.prepare_registries([ALERTS_QUEUE])
        scheduler.enqueue_scheduled_jobs()
    return due


def drain(redis: Any, wait_seconds: float = 0.0) -> None:
    """Run queued jobs, and scheduled ones falling due within `wait_seconds`."""
    worker = make_worker(redis, alerts_queue(redis), "test-notifier")
    deadline = time.monotonic() + wait_seconds
    while True:
        worker.work(burst=True)
        if promote_due(redis):
            continue
        scheduled = alerts_queue(redis).scheduled_job_registry.count
        if not scheduled or time.monotonic() >= deadline:
            return
        time.sleep(0.05)


def write_channels(settings: Settings, *entries: tuple[str, str]) -> Path:
    """config/apprise.yaml with (url, tags) entries."""
    lines = ["version: 1", "urls:"]
    for url, tags in entries:
        lines += [f"  - {url!r}:", f"      - tag: {tags}"]
    path = settings.config_dir / "apprise.yaml"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def make_alert(n: int = 1, **fields: Any) -> AlertMessage:
    values: dict[str, Any] = {
        "alert_id": f"alert-{n}",
        "rule": "lavrov-terrorism",
        "rules_version": "v1",
        "article_id": f"article-{n}",
        "story_id": f"story-{n}",
        "title": f"Lavrov speaks on terrorism ({n})",
        "source": "tass.com",
        "language": "en",
        "url": f"https://tass.com/politics/{n}",
        "matched_terms": ["Lavrov", "terrorism"],
        "snippet": "«Lavrov» said the fight against «terrorism» must go on.",
    }
    values.update(fields)
    return AlertMessage(**values)
