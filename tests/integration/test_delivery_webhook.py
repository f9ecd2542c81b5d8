"""Delivery to a real HTTP webhook (apprise json://) on loopback: retries, parking, no doubles."""

from __future__ import annotations

import json
import time
from collections.abc import Callable

import pytest

from services.core import keys
from services.core.stats import read_stats
from services.notifier import circuit, lanes, parking
from tests.support.http import Recorded, local_server
from tests.support.notifier import drain, enqueue, install, make_alert, write_channels

Reply = tuple[int, dict[str, str], bytes]


def replies(
    *statuses: int, then: int = 200, headers: dict[str, str] | None = None
) -> Callable[[Recorded], Reply]:
    queue = list(statuses)

    def respond(_: Recorded) -> Reply:
        status = queue.pop(0) if queue else then
        return status, (headers or {}) if status != 200 else {}, b"{}"

    return respond


def bodies(requests: list[Recorded]) -> list[dict[str, str]]:
    return [json.loads(r.body) for r in requests]


@pytest.mark.parametrize(
    ("statuses", "requests", "parked"),
    [
        ((), 1, False),  # accepted at once
        ((500,), 2, False),  # server error, then recovers
        ((503, 502), 3, False),
        ((429,), 2, False),  # rate limited, then recovers
        ((500, 500, 500), 3, True),  # still failing at the last attempt: parked
        ((404,), 1, True),  # permanent: no retry
        ((401,), 1, True),  # authentication: no retry
    ],
)
def test_webhook_failure_is_retried_or_parked(redis, settings, statuses, requests, parked):
    with local_server() as server:
        server.routes["/hook"] = replies(*statuses)
        write_channels(settings, (f"json://127.0.0.1:{server.port}/hook", "team"))
        install(redis, settings, attempts=3, backoff_seconds=0.01)
        enqueue(redis, make_alert())
        drain(redis, wait_seconds=10)
        assert len(server.requests) == requests
    assert len(parking.list_parked(redis)) == int(parked)
    assert redis.exists(keys.delivered("alert-1", install_target_id(redis, settings))) == (
        not parked
    )


def install_target_id(redis, settings) -> str:
    return install(redis, settings).channels.current()[0].id


def test_duplicate_copies_and_retries_deliver_exactly_once(redis, settings):
    with local_server() as server:
        server.routes["/hook"] = replies(500, 503)
        write_channels(settings, (f"json://127.0.0.1:{server.port}/hook", "team"))
        install(redis, settings, attempts=4, backoff_seconds=0.01)
        alert = make_alert()
        enqueue(redis, alert)
        enqueue(redis, alert)  # a worker re-ran its batch: the same alert queued again
        drain(redis, wait_seconds=10)
        enqueue(redis, alert)  # and once more, after delivery (a restart re-queues it)
        drain(redis)
    assert len(server.requests) == 3  # two failures, then accepted once; nothing after


def test_a_failing_target_does_not_block_or_resend_to_others(redis, settings):
    with local_server() as good, local_server() as bad:
        good.routes["/hook"] = replies()
        bad.routes["/hook"] = replies(then=500)
        write_channels(
            settings,
            (f"json://127.0.0.1:{good.port}/hook", "team"),
            (f"json://127.0.0.1:{bad.port}/hook", "team"),
        )
        install(redis, settings, attempts=3, backoff_seconds=0.01, circuit_failures=0)
        enqueue(redis, make_alert(1), make_alert(2))
        drain(redis, wait_seconds=10)
        assert len(good.requests) == 2  # each alert once, at once
        assert len(bad.requests) == 6  # each alert three times
    entries = parking.list_parked(redis)
    assert len(entries) == 2
    assert all(f"127.0.0.1:{bad.port}" in e.target_label for e in entries)


def test_retry_after_is_honoured(redis, settings):
    with local_server() as server:
        server.routes["/hook"] = replies(429, headers={"Retry-After": "120"})
        write_channels(settings, (f"json://127.0.0.1:{server.port}/hook", "team"))
        ctx = install(redis, settings, attempts=3, backoff_seconds=0.01)
        enqueue(redis, make_alert())
        drain(redis)
        assert len(server.requests) == 1
    target = ctx.channels.current()[0]
    due = lanes.next_due(redis, target.id)
    assert due is not None and due >= time.time() + 100  # the alert waits as asked
    held = circuit.open_until(redis, target.id, time.time())
    assert held is not None and held >= time.time() + 100  # and so does the whole target


def test_slow_webhook_times_out_and_is_retried(redis, settings):
    calls: list[float] = []

    def slow_then_fast(_: Recorded) -> Reply:
        calls.append(time.monotonic())
        if len(calls) == 1:
            time.sleep(1.5)
        return 200, {}, b"{}"

    with local_server() as server:
        server.routes["/hook"] = slow_then_fast
        write_channels(settings, (f"json://127.0.0.1:{server.port}/hook?rto=0.5", "team"))
        ctx = install(redis, settings, attempts=3, backoff_seconds=0.01)
        enqueue(redis, make_alert())
        drain(redis, wait_seconds=10)
    assert len(calls) == 2
    assert read_stats(redis).retries == 1  # a transient failure: retried, not an error
    assert read_stats(redis).errors == 0
    assert redis.exists(keys.delivered("alert-1", ctx.channels.current()[0].id))


def test_failing_target_raises_one_ops_alert_and_one_on_recovery(redis, settings):
    with local_server() as ops, local_server() as flaky:
        ops.routes["/hook"] = replies()
        flaky_replies = replies(500, 500, 500, 500, 500, 500)
        flaky.routes["/hook"] = flaky_replies
        write_channels(
            settings,
            (f"json://127.0.0.1:{ops.port}/hook", "ops"),
            (f"json://127.0.0.1:{flaky.port}/hook", "team"),
        )
        install(
            redis,
            settings,
            attempts=2,
            backoff_seconds=0.01,
            failures_before_ops=3,
            circuit_failures=0,
        )
        for n in range(1, 4):
            enqueue(redis, make_alert(n, notify=["team"]))
        drain(redis, wait_seconds=10)
        titles = [b["title"] for b in bodies(ops.requests)]
        assert len(titles) == 1 and "is failing" in titles[0], titles
        enqueue(redis, make_alert(9, notify=["team"]))  # the target answers again
        drain(redis, wait_seconds=10)
        titles = [b["title"] for b in bodies(ops.requests)]
    assert len(titles) == 2 and "works again" in titles[1], titles
    assert f"127.0.0.1:{flaky.port}" in titles[0]
