"""Drive the notifier in tests: burst runs, with RQ's scheduled jobs (digests) moved onto the
queue when due, as the notifier's scheduler does, and the targets' lanes sent synchronously
(as the notifier's sender threads do), retries included when they fall due."""

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
from services.notifier import circuit, context, lanes, sender
from services.notifier.process import make_context

TEST_TOKEN = "test-sender"


def install(redis: Any, settings: Settings, **overrides: Any) -> context.NotifierContext:
    """The notifier context, without background senders unless `background=True`."""
    ctx = make_context(redis, settings)
    ctx.background = False
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


def send_lanes(ctx: context.NotifierContext) -> int:
    """Deliver what is due on every target's lane now; how many deliveries were handled."""
    return sum(sender.send_due(ctx, t, TEST_TOKEN, limit=10_000) for t in ctx.channels.current())


def next_due(ctx: context.NotifierContext) -> float | None:
    """When the next lane delivery may go (epoch s; an open circuit holds its target's), or
    None when every lane is empty."""
    due = []
    for target in ctx.channels.current():
        first = lanes.next_due(ctx.redis, target.id)
        if first is not None:
            held = circuit.open_until(ctx.redis, target.id, time.time())
            due.append(first if held is None else max(first, held))
    return min(due, default=None)


def drain(redis: Any, wait_seconds: float = 0.0) -> None:
    """Run queued jobs and lane deliveries, and those falling due within `wait_seconds`."""
    worker = make_worker(redis, alerts_queue(redis), "test-notifier")
    ctx = context.current()
    deadline = time.monotonic() + wait_seconds
    while True:
        worker.work(burst=True)
        if promote_due(redis) or send_lanes(ctx):
            continue
        scheduled = alerts_queue(redis).scheduled_job_registry.count
        due = next_due(ctx)
        soon = due is not None and due - time.time() < deadline - time.monotonic()
        if not (scheduled or soon) or time.monotonic() >= deadline:
            return
        time.sleep(0.02)


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
