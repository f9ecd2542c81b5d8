"""`newswatch health`, the containers' healthcheck, on a real Valkey with real RQ workers."""

from __future__ import annotations

import socket
import time
from datetime import UTC, datetime, timedelta

import pytest
from rq.utils import utcformat

from services.cli import main
from services.core import keys
from services.core.queues import alerts_queue, articles_queue, make_worker, worker_name

HOST = socket.gethostname()
OTHER_HOST = "another-host"
STALE_SECONDS = 3600.0


@pytest.fixture
def health(monkeypatch, redis_url, tmp_path):
    """Run `newswatch health ARGS` against the test server; returns its exit code."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("REDIS_URL", raising=False)

    def run(*args: str, url: str = redis_url) -> int:
        monkeypatch.setenv("NEWSWATCH_REDIS_URL", url)
        return main(["health", *args])

    return run


def register_rq_worker(redis, role: str, host: str = HOST, age: float = 0.0) -> None:
    queue = articles_queue(redis) if role == "worker" else alerts_queue(redis)
    worker = make_worker(redis, queue, worker_name(role))
    worker.hostname = host
    worker.register_birth()
    beat = datetime.now(UTC) - timedelta(seconds=age)
    redis.hset(worker.key, "last_heartbeat", utcformat(beat))


def beat_poller_loop(redis, host: str = HOST, age: float = 0.0) -> None:
    redis.hset(keys.HEARTBEATS, f"poller@{host}:1/drops", f"{time.time() - age:.3f}")


def test_without_a_role_redis_answering_is_healthy(health, redis):
    assert health() == 0


@pytest.mark.parametrize("role", [None, "poller", "worker", "notifier"])
def test_unreachable_redis_is_unhealthy(health, role):
    closed = socket.socket()
    closed.bind(("127.0.0.1", 0))
    port = closed.getsockname()[1]
    closed.close()
    args = ["--role", role] if role else []
    assert health(*args, url=f"redis://127.0.0.1:{port}/0") == 1


# (registered role, host, heartbeat age in s, checked role, expected exit code)
RQ_CASES = [
    (None, HOST, 0.0, "worker", 1),
    ("worker", HOST, 0.0, "worker", 0),
    ("notifier", HOST, 0.0, "notifier", 0),
    ("worker", OTHER_HOST, 0.0, "worker", 1),
    ("worker", HOST, STALE_SECONDS, "worker", 1),
    ("notifier", HOST, 0.0, "worker", 1),
    ("worker", HOST, 0.0, "notifier", 1),
]


@pytest.mark.parametrize(("registered", "host", "age", "checked", "code"), RQ_CASES)
def test_rq_roles_need_a_recent_worker_of_their_role_on_this_host(
    health, redis, registered, host, age, checked, code
):
    if registered:
        register_rq_worker(redis, registered, host=host, age=age)
    assert health("--role", checked) == code


# (host of a poller loop heartbeat or None, its age in s, expected exit code)
POLLER_CASES = [
    (None, 0.0, 0),
    (HOST, 0.0, 0),
    (HOST, STALE_SECONDS, 1),
    (OTHER_HOST, STALE_SECONDS, 0),
]


@pytest.mark.parametrize(("host", "age", "code"), POLLER_CASES)
def test_poller_needs_a_recent_loop_heartbeat_from_this_host_once_it_beats(
    health, redis, host, age, code
):
    if host:
        beat_poller_loop(redis, host=host, age=age)
    assert health("--role", "poller") == code


def test_max_age_bounds_what_counts_as_recent(health, redis):
    register_rq_worker(redis, "worker", age=120.0)
    assert health("--role", "worker", "--max-age", "60") == 1
    assert health("--role", "worker", "--max-age", "600") == 0
