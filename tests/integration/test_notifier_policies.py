"""Delivery policies end to end: digests, quiet hours, debounce and hourly roll-ups."""

from __future__ import annotations

import json
import time
from datetime import UTC, datetime, timedelta
from typing import Any

from services.core import keys
from services.notifier import digests
from services.notifier.outbox import rule_key
from services.notifier.policy import hour_end
from tests.support.http import Recorded, local_server
from tests.support.notifier import drain, enqueue, install, make_alert, send_lanes, write_channels

RULE_KEY = rule_key("lavrov-terrorism")


def ok(_: Recorded) -> tuple[int, dict[str, str], bytes]:
    return 200, {}, b"{}"


def titles(server: Any) -> list[str]:
    return [json.loads(r.body)["title"] for r in server.requests]


def alerts(count: int, delivery: dict[str, Any], stories: int | None = None) -> list[Any]:
    return [
        make_alert(n, story_id=f"story-{n % (stories or count)}", delivery=delivery)
        for n in range(1, count + 1)
    ]


def channel(redis, settings, server) -> Any:
    server.routes["/hook"] = ok
    write_channels(settings, (f"json://127.0.0.1:{server.port}/hook", "team"))
    return install(redis, settings)


def test_digest_every_interval_sends_one_message_grouped_by_story_once(redis, settings):
    with local_server() as server:
        channel(redis, settings, server)
        enqueue(redis, *alerts(3, {"mode": "digest", "digest_every": 2}, stories=2))
        drain(redis)
        assert server.requests == []  # held: evaluation went on, delivery waits
        install(redis, settings)  # a notifier restart: what is held lives in Redis
        drain(redis, wait_seconds=4)
        enqueue(redis, *alerts(3, {"mode": "digest", "digest_every": 2}))  # duplicate copies
        drain(redis, wait_seconds=3)
        assert len(server.requests) == 1
        assert titles(server)[0].startswith("[newswatch] lavrov-terrorism: 3 matches since ")
        body = json.loads(server.requests[0].body)["message"]
    assert body.count("“«Lavrov»") == 2  # two stories


def test_a_digest_job_run_twice_sends_once(redis, settings):
    with local_server() as server:
        ctx = channel(redis, settings, server)
        enqueue(redis, *alerts(2, {"mode": "digest", "digest_every": 3600}))
        drain(redis)
        due = int(redis.zscore(keys.DIGESTS_DUE, RULE_KEY))
        ctx.clock = lambda: due + 1.0
        digests.send_digest(ctx, RULE_KEY, due)
        digests.send_digest(ctx, RULE_KEY, due)
        send_lanes(ctx)
        assert len(server.requests) == 1
    assert redis.hlen(keys.pending_digest(RULE_KEY)) == 0


def test_quiet_hours_hold_matches_and_deliver_one_digest_when_they_end(redis, settings):
    now = datetime.now(UTC)
    start, end = (now - timedelta(hours=1)).time(), (now + timedelta(seconds=2)).time()
    quiet = {"quiet_hours": {"start": start.isoformat(), "end": end.isoformat(), "timezone": "UTC"}}
    with local_server() as server:
        channel(redis, settings, server)
        enqueue(redis, *alerts(2, quiet))
        drain(redis)
        assert server.requests == []
        drain(redis, wait_seconds=5)
        assert len(server.requests) == 1
    assert "2 matches" in titles(server)[0]


def test_min_interval_sends_the_first_and_collects_the_rest(redis, settings):
    with local_server() as server:
        channel(redis, settings, server)
        enqueue(redis, *alerts(3, {"min_interval": 2}))
        drain(redis)
        assert titles(server) == ["[newswatch] lavrov-terrorism: Lavrov speaks on terrorism (1)"]
        drain(redis, wait_seconds=4)
        assert len(server.requests) == 2
    assert "2 matches" in titles(server)[1]


def test_max_per_hour_rolls_up_the_rest_at_the_end_of_the_hour(redis, settings):
    with local_server() as server:
        ctx = channel(redis, settings, server)
        enqueue(redis, *alerts(25, {"max_per_hour": 2}))
        drain(redis)
        assert len(server.requests) == 2
        due = int(redis.zscore(keys.DIGESTS_DUE, RULE_KEY))
        assert due == hour_end(time.time())
        ctx.clock = lambda: due + 1.0
        digests.send_digest(ctx, RULE_KEY, due)
        send_lanes(ctx)
        assert len(server.requests) == 3
        body = json.loads(server.requests[2].body)["message"]
    assert "23 matches" in body and "… and 3 more." in body
