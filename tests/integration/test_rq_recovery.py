"""A dead worker's job comes back once and runs cleanly; outages are recorded; no child
process; the intake waits for fsync where it can; processed articles leave Redis."""

from __future__ import annotations

import logging
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from rq.job import Job

from services.core import keys, rq_worker
from services.core.models import ArticleMessage
from services.core.outages import OutageWatch, outage_line, read_last_outage
from services.core.queues import articles_queue, make_worker
from services.core.stats import read_stats
from services.poller.intake import Intake
from tests.support.pipeline import run_workers

REPO = Path(__file__).resolve().parents[2]


def noop() -> str:
    return "ok"


def start_as(redis, worker_name: str, retries_left: int | None = 3) -> Job:
    """A job left STARTED by `worker_name`, as a killed worker leaves it."""
    queue = articles_queue(redis)
    job = queue.enqueue(noop, job_id="job-1")
    job.retries_left = retries_left
    job.save()
    assert queue.dequeue_any([queue], None, connection=redis) is not None
    job.prepare_for_execution(worker_name, redis.pipeline())
    redis.hset(job.key, mapping={"status": "started", "worker_name": worker_name})
    redis.lrem(queue.key, 0, job.id)
    redis.zadd(queue.started_job_registry.key, {f"{job.id}:exec-1": time.time() + 5})
    redis.hset("rq:execution:job-1:exec-1", mapping={"id": "exec-1", "job_id": "job-1"})
    redis.zadd("rq:executions:job-1", {"exec-1": time.time() + 65})
    return job


def sweep(redis) -> int:
    redis.delete(keys.sweep_lock("articles"))
    return rq_worker.sweep_abandoned(redis, articles_queue(redis))


@pytest.fixture(autouse=True)
def old_server(monkeypatch):
    monkeypatch.setattr(rq_worker, "SWEEP_GRACE_SECONDS", 0)


def test_dead_workers_job_is_queued_again_once(redis):
    start_as(redis, "gone-worker")
    assert (sweep(redis), sweep(redis)) == (1, 0)
    assert articles_queue(redis).job_ids == ["job-1"]


def test_requeue_counts_a_retry_not_an_error(redis):
    start_as(redis, "gone-worker")
    sweep(redis)
    stats = read_stats(redis)
    assert (stats.retries, stats.errors) == (1, 0)


def test_requeue_removes_the_dead_execution_that_broke_rqs_rerun(redis):
    start_as(redis, "gone-worker")
    sweep(redis)
    assert not redis.exists("rq:execution:job-1:exec-1", "rq:executions:job-1")


def test_requeued_job_runs_once_and_finishes_cleanly(redis):
    start_as(redis, "gone-worker")
    sweep(redis)
    make_worker(redis, articles_queue(redis), "test-rerun").work(burst=True)
    queue = articles_queue(redis)
    assert (queue.count, queue.failed_job_registry.count, queue.started_job_registry.count) == (
        0,
        0,
        0,
    )


def test_live_workers_job_is_left_alone(redis):
    redis.hset("rq:worker:alive-worker", "birth", "x")
    start_as(redis, "alive-worker")
    assert sweep(redis) == 0
    assert articles_queue(redis).started_job_registry.count == 1


def test_job_out_of_retries_is_parked_as_an_error(redis):
    start_as(redis, "gone-worker", retries_left=0)
    sweep(redis)
    queue = articles_queue(redis)
    assert (queue.count, queue.failed_job_registry.count, read_stats(redis).errors) == (0, 1, 1)


def test_sweep_waits_after_a_server_restart(redis, monkeypatch):
    monkeypatch.setattr(rq_worker, "SWEEP_GRACE_SECONDS", 10**9)
    start_as(redis, "gone-worker")
    assert sweep(redis) == 0


def test_outage_is_logged_once_each_way_and_recorded(redis, caplog):
    watch = OutageWatch("test")
    with caplog.at_level(logging.WARNING, logger="services.core.outages"):
        for _ in range(3):
            watch.failed(ConnectionError("refused"))
        watch.succeeded(redis)
        watch.succeeded(redis)
    assert len(caplog.records) == 2
    assert read_last_outage(redis)["seen_by"] == "test"
    assert outage_line(redis).startswith("last Redis outage: ")


def test_no_outage_no_status_line(redis):
    assert outage_line(redis) is None


def test_notifier_runs_its_scheduler_in_process(redis_url, settings, redis):
    (settings.config_dir / "apprise.yaml").write_text("version: 1\nurls: []\n", encoding="utf-8")
    env = dict(
        os.environ,
        NEWSWATCH_REDIS_URL=redis_url,
        NEWSWATCH_CONFIG_DIR=str(settings.config_dir),
        NEWSWATCH_STATE_DIR=str(settings.state_dir),
        PYTHONPATH=str(REPO),
    )
    process = subprocess.Popen([sys.executable, "-m", "services", "notifier"], env=env)
    try:
        deadline = time.monotonic() + 30
        while not redis.keys("rq:scheduler-lock:*") and time.monotonic() < deadline:
            time.sleep(0.1)
        assert redis.keys("rq:scheduler-lock:*")
        children = [
            Path(f"/proc/{process.pid}/task/{tid}/children").read_text().split()
            for tid in os.listdir(f"/proc/{process.pid}/task")
        ]
        assert [c for c in children if c] == []
    finally:
        process.send_signal(signal.SIGTERM)
        process.wait(timeout=30)


def article(n: int) -> ArticleMessage:
    return ArticleMessage(
        id=f"a{n}",
        origin="drop",
        source="test",
        origin_ref=f"{n}.txt",
        content_type="text",
        encoding="utf-8",
        content="Lavrov spoke about terrorism today.",
    )


def test_intake_without_aof_falls_back_once_and_still_queues(redis, caplog):
    intake = Intake(redis, batch_size=10, seen_ttl_seconds=60)
    with caplog.at_level(logging.WARNING, logger="services.poller.intake"):
        intake.submit([article(1)])
        intake.submit([article(2)])
    assert (intake.fsync, len(caplog.records), articles_queue(redis).count) == (False, 1, 2)


def test_intake_waits_for_fsync_when_aof_is_on(redis):
    redis.config_set("appendonly", "yes")
    try:
        intake = Intake(redis, batch_size=10, seen_ttl_seconds=60)
        intake.submit([article(1)])
        assert intake.fsync
    finally:
        redis.config_set("appendonly", "no")


def test_processed_articles_leave_redis(redis, settings):
    Intake(redis, batch_size=10, seen_ttl_seconds=60).submit([article(1), article(2)])
    run_workers(redis, settings)
    assert redis.keys("nw:article:*") == []
    assert read_stats(redis).processed == 2


def test_rerun_of_a_stored_batch_counts_and_reports_nothing(redis, settings):
    Intake(redis, batch_size=10, seen_ttl_seconds=60).submit([article(1)])
    job_id = articles_queue(redis).job_ids[0]
    payload = articles_queue(redis).fetch_job(job_id).args[0]
    run_workers(redis, settings)
    articles_queue(redis).enqueue("workers.jobs.process_batch", payload)
    run_workers(redis, settings)
    stats = read_stats(redis)
    assert (stats.processed, stats.errors) == (1, 0)


def test_entry_of_a_job_still_starting_is_left_alone(redis):
    # A worker writes its registry entry a moment before it marks the job started.
    job = articles_queue(redis).enqueue(noop, job_id="job-2")
    redis.zadd(articles_queue(redis).started_job_registry.key, {f"{job.id}:e": time.time() + 5})
    sweep(redis)
    assert redis.zcard(articles_queue(redis).started_job_registry.key) == 1


def test_leftover_entry_of_a_finished_job_is_dropped(redis):
    redis.zadd(articles_queue(redis).started_job_registry.key, {"gone-job:e": time.time() - 1})
    sweep(redis)
    assert redis.zcard(articles_queue(redis).started_job_registry.key) == 0
