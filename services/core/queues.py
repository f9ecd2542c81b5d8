"""Redis connections, the two RQ queues (JSON only, never pickle) and enqueue helpers.

Producers enqueue by dotted path, so the poller never imports the worker code and the worker
never imports the notifier.
"""

from __future__ import annotations

import hashlib
import os
import secrets
import socket
import time
from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any

import redis
from rq import Queue, Retry
from rq.serializers import JSONSerializer

from services.core import keys
from services.core.errors import ConfigError, StoreUnavailable
from services.core.models import AlertMessage, ArticleBatch
from services.core.rq_worker import WORKER_TTL_SECONDS, GracefulWorker

PROCESS_BATCH_JOB = "workers.jobs.process_batch"
DELIVER_ALERT_JOB = "services.notifier.jobs.deliver_alert"
RETRY_DELIVERY_JOB = "services.notifier.jobs.retry_delivery"
SEND_DIGEST_JOB = "services.notifier.jobs.send_digest"

# A job whose worker died is queued again by the workers' sweep (services.core.rq_worker),
# at once, while it has retries left; then it is parked with the failed jobs.
ARTICLE_RETRY = Retry(max=3, interval=[1, 10, 60])
ALERT_RETRY = Retry(max=5, interval=[2, 10, 60, 300, 900])
# Notifier follow-up jobs (a delivery retry, a digest) re-run only if their worker dies: a
# failed delivery schedules its own retry, per target, so RQ's Retry is just a crash guard.
FOLLOW_UP_RETRY = Retry(max=3, interval=[10, 60, 300])
# A restarting Redis refuses at once; a vanished host should not hang a connect for minutes.
CONNECT_TIMEOUT_SECONDS = 2.0
ARTICLE_JOB_TIMEOUT_SECONDS = 300
ALERT_JOB_TIMEOUT_SECONDS = 120
# Failed jobs are the parking lot operators look at: keep them a month.
FAILURE_TTL_SECONDS = 30 * 24 * 3600
# RQ's registry maintenance (stuck intermediate-queue jobs, expired entries). A dead
# worker's running job is re-queued within about 15 s by the worker's own sweep
# (services.core.rq_worker), not by this pass.
MAINTENANCE_INTERVAL_SECONDS = 15


def connect(url: str | None) -> redis.Redis:
    """A client for the given URL; raises ConfigError when none is set."""
    if not url:
        raise ConfigError(
            "no Redis URL: set NEWSWATCH_REDIS_URL (or REDIS_URL), or start `newswatch run` "
            "(it runs an embedded server that this command then finds)"
        )
    try:
        client: redis.Redis = redis.Redis.from_url(
            url, health_check_interval=30, socket_connect_timeout=CONNECT_TIMEOUT_SECONDS
        )
    except ValueError as exc:
        raise ConfigError(f"invalid Redis URL: {exc.__class__.__name__}") from None
    return client


def ping(client: redis.Redis) -> None:
    """Fail with one clear line when the server is unreachable."""
    try:
        client.ping()
    except redis.RedisError as exc:
        raise StoreUnavailable(f"cannot reach Redis: {exc.__class__.__name__}") from exc


def articles_queue(client: redis.Redis) -> Queue:
    return Queue(keys.ARTICLES_QUEUE, connection=client, serializer=JSONSerializer)


def alerts_queue(client: redis.Redis) -> Queue:
    return Queue(keys.ALERTS_QUEUE, connection=client, serializer=JSONSerializer)


def content_job_id(prefix: str, parts: Sequence[str]) -> str:
    """A job id derived from content, in the characters RQ allows."""
    digest = hashlib.sha256("\x00".join(parts).encode()).hexdigest()[:32]
    return f"{prefix}-{digest}"


def batch_job_data(batch: ArticleBatch) -> Any:
    """RQ enqueue data for one batch of articles."""
    return Queue.prepare_data(
        PROCESS_BATCH_JOB,
        args=(batch.model_dump(mode="json"),),
        job_id=content_job_id("articles", batch.article_ids),
        timeout=ARTICLE_JOB_TIMEOUT_SECONDS,
        result_ttl=0,
        failure_ttl=FAILURE_TTL_SECONDS,
        retry=ARTICLE_RETRY,
        description=f"process {len(batch.article_ids)} article(s)",
    )


def alert_job_data(alert: AlertMessage) -> Any:
    """RQ enqueue data for one alert."""
    return Queue.prepare_data(
        DELIVER_ALERT_JOB,
        args=(alert.model_dump(mode="json"),),
        job_id=f"alert-{alert.alert_id}",
        timeout=ALERT_JOB_TIMEOUT_SECONDS,
        result_ttl=0,
        failure_ttl=FAILURE_TTL_SECONDS,
        retry=ALERT_RETRY,
        description=f"alert {alert.rule!r}",
    )


def schedule_alert_job(
    client: redis.Redis, at: float, func: str, args: tuple[Any, ...], job_id: str
) -> None:
    """Run a notifier job on the `alerts` queue at epoch `at` (now if past); same id, one job.

    Scheduled jobs wait in RQ's scheduled registry (in Redis, so they survive restarts) and
    are moved to the queue by the scheduler the notifier runs.
    """
    queue = alerts_queue(client)
    options: dict[str, Any] = {
        "job_id": job_id,
        "job_timeout": ALERT_JOB_TIMEOUT_SECONDS,
        "result_ttl": 0,
        "failure_ttl": FAILURE_TTL_SECONDS,
        "retry": FOLLOW_UP_RETRY,
    }
    if at <= time.time():
        queue.enqueue(func, *args, **options)
    else:
        queue.enqueue_at(datetime.fromtimestamp(at, UTC), func, *args, **options)


def worker_name(role: str) -> str:
    """A name unique to this start of this process: inside a container the host name and pid
    are the same on every restart, and a killed worker's registration outlives it."""
    return f"{role}-{socket.gethostname()}-{os.getpid()}-{secrets.token_hex(3)}"


def make_worker(client: redis.Redis, queue: Queue, name: str) -> GracefulWorker:
    """An in-process RQ worker: no fork per job (3x cheaper), JSON serializer."""
    return GracefulWorker(
        [queue],
        name=name,
        connection=client,
        serializer=JSONSerializer,
        worker_ttl=WORKER_TTL_SECONDS,
        maintenance_interval=MAINTENANCE_INTERVAL_SECONDS,
        log_job_description=False,
    )


def pending_jobs(queue: Queue, retry_horizon_seconds: float = 0.0) -> int:
    """Jobs queued, being handed to a worker, running, or due to retry within the horizon."""
    client = queue.connection
    due = time.time() + retry_horizon_seconds
    return int(
        client.llen(queue.key)
        + client.llen(queue.intermediate_queue_key)
        + queue.started_job_registry.count
        + client.zcount(queue.scheduled_job_registry.key, "-inf", due)
    )
