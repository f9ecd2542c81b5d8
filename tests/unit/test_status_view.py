"""`newswatch status` adds degraded feeds, each loop's heartbeat and the failed items."""

from __future__ import annotations

import time
from typing import Any

import pytest

from services.core import keys
from services.core.failures import FailedItem, record_failure
from services.core.stats import Stats
from services.status import Status, collect_status, degraded_feeds, extra_lines, heartbeats


@pytest.mark.parametrize(
    ("state", "degraded"),
    [
        ({"failed_entries": "3", "failures": "0"}, {"f": 3}),
        ({"failed_entries": "3", "failures": "2"}, {}),  # failing outright: not "degraded"
        ({"failures": "0"}, {}),
        ({"failed_entries": "0"}, {}),
    ],
)
def test_degraded_feeds_are_those_polled_with_failed_entries(
    state: dict[str, str], degraded: dict[str, int]
) -> None:
    assert degraded_feeds({"f": state}) == degraded


@pytest.mark.parametrize(("age", "late"), [(5.0, False), (119.0, False), (600.0, True)])
def test_a_heartbeat_is_late_after_two_minutes(redis: Any, age: float, late: bool) -> None:
    now = time.time()
    redis.hset(keys.HEARTBEATS, "poller@h:1/drops", f"{now - age:.3f}")
    (beat,) = heartbeats(redis, now)
    assert (beat.loop, beat.late, round(beat.age_seconds)) == ("poller@h:1/drops", late, age)


def test_status_lists_failed_items_newest_first(redis: Any) -> None:
    record_failure(redis, "drop", "old.json", "invalid JSON")
    record_failure(redis, "feed entry", "wire: http://[oops", "ValueError: Invalid IPv6 URL")
    status = collect_status(redis)
    assert [(f.kind, f.name) for f in status.failed_items] == [
        ("feed entry", "wire: http://[oops"),
        ("drop", "old.json"),
    ]


def test_text_view_has_one_line_per_loop_feed_and_item() -> None:
    status = Status(
        stats=Stats(),
        queues=[],
        feeds={},
        recent_errors=[],
        failed_items=[FailedItem(kind="drop", name="a\\x0ab.json", reason="empty file", at=0)],
        heartbeats=[],
        degraded_feeds={"wire": 2},
    )
    assert extra_lines(status) == [
        "feed wire: DEGRADED: 2 entr(ies) failed in the last poll (see failed items)",
        "loops: no heartbeat yet (nothing running, or not started)",
        "failed items: 1 (newest first)",
        "failed drop a\\x0ab.json at 1970-01-01 00:00:00: empty file",
    ]
