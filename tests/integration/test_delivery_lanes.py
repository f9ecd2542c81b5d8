"""Lanes: one sender per target at a time (a lease), and what a dead sender had in hand is
delivered by the next one, once."""

from __future__ import annotations

import pytest

from services.core import keys
from services.core.failures import read_failures
from services.core.queues import alerts_queue, make_worker
from services.notifier import lanes, sender
from tests.support.http import Recorded, local_server
from tests.support.notifier import enqueue, install, make_alert, write_channels


def ok(_: Recorded) -> tuple[int, dict[str, str], bytes]:
    return 200, {}, b"{}"


def test_only_the_lease_holder_sends_to_a_target(redis, settings):
    with local_server() as server:
        server.routes["/hook"] = ok
        write_channels(settings, (f"json://127.0.0.1:{server.port}/hook", "team"))
        ctx = install(redis, settings)
        target = ctx.channels.current()[0]
        assert lanes.hold_lease(redis, target.id, "replica-a") == lanes.ACQUIRED
        enqueue(redis, make_alert(1), make_alert(2))
        make_worker(redis, alerts_queue(redis), "test-notifier").work(burst=True)
        assert sender.send_due(ctx, target, "replica-b") == 0  # a's target: b waits
        assert server.requests == []
        assert sender.send_due(ctx, target, "replica-a") == 2
        assert len(server.requests) == 2


@pytest.mark.parametrize(
    ("lock_left", "sent_at_once"),
    [
        (False, 1),  # died before sending: the next holder sends it at once
        (True, 0),  # died mid-send: it waits for the send lock to lapse, then is sent
    ],
)
def test_a_dead_senders_message_is_taken_back_and_sent_once(
    redis, settings, lock_left, sent_at_once
):
    with local_server() as server:
        server.routes["/hook"] = ok
        write_channels(settings, (f"json://127.0.0.1:{server.port}/hook", "team"))
        ctx = install(redis, settings)
        target = ctx.channels.current()[0]
        enqueue(redis, make_alert())
        make_worker(redis, alerts_queue(redis), "test-notifier").work(burst=True)
        assert lanes.hold_lease(redis, target.id, "dead") == lanes.ACQUIRED
        assert lanes.claim(redis, target.id, ctx.clock()) == ("alert-1", 1)
        if lock_left:
            redis.set(keys.delivery_lock("alert-1", target.id), "dead", ex=60)
        redis.delete(keys.lane_lease(target.id))  # the dead sender's lease ran out
        sender.send_due(ctx, target, "next")
        assert len(server.requests) == sent_at_once
        assert lanes.waiting(redis, target.id) == 1 - sent_at_once
        redis.delete(keys.delivery_lock("alert-1", target.id))  # the lock lapses
        redis.zadd(keys.lane(target.id), {"alert-1": 0}, xx=True)
        sender.send_due(ctx, target, "next")
        assert len(server.requests) == 1  # once in all
    assert redis.exists(keys.delivered("alert-1", target.id))
    assert redis.hlen(keys.lane_inflight(target.id)) == 0


def test_an_unreadable_stored_message_is_set_aside_and_the_lane_goes_on(redis, settings):
    with local_server() as server:
        server.routes["/hook"] = ok
        write_channels(settings, (f"json://127.0.0.1:{server.port}/hook", "team"))
        ctx = install(redis, settings)
        target = ctx.channels.current()[0]
        enqueue(redis, make_alert(1), make_alert(2))
        make_worker(redis, alerts_queue(redis), "test-notifier").work(burst=True)
        redis.set(keys.outgoing("alert-1"), b'{"not": "a message"}')
        assert sender.send_due(ctx, target, "t") == 2
        assert len(server.requests) == 1  # alert-2 went out
    (failure,) = read_failures(redis)
    assert failure.kind == "delivery" and "alert-1" in failure.name
    assert lanes.waiting(redis, target.id) == 0
