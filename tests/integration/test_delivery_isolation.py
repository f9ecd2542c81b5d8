"""Targets are isolated: a hanging or failing target never holds up another, its circuit
stops the hammering, and a bug in one delivery is that delivery's failure only."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable

import pytest

from services.core import keys
from services.core.deliveries import pending_deliveries
from services.core.queues import alerts_queue, make_worker
from services.core.stats import read_stats
from services.notifier import circuit, lanes, parking, senders
from services.notifier.render import Renderer
from tests.support.http import Recorded, local_server
from tests.support.notifier import drain, enqueue, install, make_alert, write_channels

Reply = tuple[int, dict[str, str], bytes]
ALERTS = 20


def answer(status: int) -> Callable[[Recorded], Reply]:
    return lambda _: (status, {}, b"{}")


def wait_for(condition: Callable[[], bool], seconds: float = 60.0) -> bool:
    """Poll a condition (never a timing assertion: the deadline only stops a broken run)."""
    deadline = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > deadline:
            return False
        time.sleep(0.05)
    return True


def test_a_hanging_target_does_not_hold_up_another(redis, settings):
    release = threading.Event()

    def hang(_: Recorded) -> Reply:
        release.wait(120)
        return 200, {}, b"{}"

    with local_server() as healthy, local_server() as hanging:
        healthy.routes["/hook"] = answer(200)
        hanging.routes["/hook"] = hang
        write_channels(
            settings,
            (f"json://127.0.0.1:{hanging.port}/hook?rto=120", "team"),
            (f"json://127.0.0.1:{healthy.port}/hook", "team"),
        )
        ctx = install(redis, settings, background=True)  # the notifier's sender threads
        try:
            enqueue(redis, *(make_alert(n) for n in range(ALERTS)))
            make_worker(redis, alerts_queue(redis), "test-notifier").work(burst=True)
            assert wait_for(lambda: len(healthy.requests) >= ALERTS)
            assert len(hanging.requests) == 1  # still holding its first request
            assert len(healthy.requests) == ALERTS
            slow = ctx.channels.current()[0]
            assert lanes.waiting(redis, slow.id) == ALERTS - 1  # the rest wait on its lane
        finally:
            release.set()
            senders.stop(wait=10)  # let the senders settle before the next test


@pytest.mark.parametrize(
    ("probe_status", "probe_requests", "delivered"),
    [
        (500, 1, 0),  # the probe fails: one attempt, the circuit opens again
        (200, 5, 5),  # the probe succeeds: the circuit closes and the rest follow
    ],
)
def test_circuit_opens_after_consecutive_failures_and_probes(
    redis, settings, probe_status, probe_requests, delivered
):
    with local_server() as server:
        server.routes["/hook"] = answer(500)
        write_channels(settings, (f"json://127.0.0.1:{server.port}/hook", "team"))
        ctx = install(
            redis,
            settings,
            attempts=10,
            backoff_seconds=0.01,
            circuit_failures=3,
            circuit_cooldown_seconds=3600,
        )
        target = ctx.channels.current()[0]
        enqueue(redis, *(make_alert(n) for n in range(5)))
        drain(redis, wait_seconds=10)
        assert len(server.requests) == 3  # then the circuit opened: nothing more is tried
        assert lanes.waiting(redis, target.id) == 5  # the deliveries wait, none parked
        assert pending_deliveries(redis) == 5  # and `status` / `run --once` see them
        assert parking.list_parked(redis) == []
        redis.hset(keys.target_health(target.id), circuit.FIELD, time.time() - 1)  # cooled
        server.routes["/hook"] = answer(probe_status)
        drain(redis, wait_seconds=10)
        assert len(server.requests) == 3 + probe_requests
    sent = [redis.exists(keys.delivered(f"alert-{n}", target.id)) for n in range(5)]
    assert sum(sent) == delivered
    assert (circuit.open_until(redis, target.id, time.time()) is None) == (delivered == 5)


class BrokenForText(Renderer):
    """A rendering bug that hits one target's format only."""

    def render(self, message, fmt, limit=None):  # type: ignore[no-untyped-def]
        if fmt == "text":
            raise KeyError("template bug")
        return super().render(message, fmt, limit)


def test_a_bug_in_one_delivery_is_parked_and_the_other_targets_are_served(redis, settings):
    with local_server() as server:
        server.routes["/hook"] = answer(200)
        write_channels(
            settings,
            (f"json://127.0.0.1:{server.port}/hook?format=text", "team"),
            (f"json://127.0.0.1:{server.port}/hook?format=markdown", "team"),
        )
        install(redis, settings, renderer=BrokenForText(None))
        enqueue(redis, make_alert(1), make_alert(2))
        drain(redis)
        assert len(server.requests) == 2  # the markdown target got both
    parked = parking.list_parked(redis)
    assert len(parked) == 2 and all("template bug" in p.error for p in parked)
    assert read_stats(redis).errors == 2


def test_transient_failures_count_as_retries_and_parking_as_errors(redis, settings):
    with local_server() as server:
        server.routes["/hook"] = answer(503)
        write_channels(settings, (f"json://127.0.0.1:{server.port}/hook", "team"))
        install(redis, settings, attempts=3, backoff_seconds=0.01, failures_before_ops=9)
        enqueue(redis, make_alert())
        drain(redis, wait_seconds=10)
    counts = read_stats(redis)
    assert (counts.retries, counts.errors, counts.alerts_failed) == (2, 1, 1)
