"""Fixtures of the console tests: the app on the test Valkey, and hostile stored data."""

from __future__ import annotations

import time
from collections.abc import Iterator
from typing import Any

import pytest
from fastapi.testclient import TestClient

from services.core import keys
from services.core.failures import record_failure
from services.core.settings import Settings
from services.notifier import parking
from tests.support.web import console_client

HOSTILE = '<script>alert("x")</script><img src=x onerror=alert(1)>'


@pytest.fixture
def client(settings: Settings, redis: Any) -> Iterator[TestClient]:
    with console_client(settings, redis) as test_client:
        yield test_client


@pytest.fixture
def readonly_client(settings: Settings, redis: Any) -> Iterator[TestClient]:
    with console_client(settings, redis, token=None) as test_client:
        yield test_client


def park_one(redis: Any, rule: str = "lavrov", headline: str = "Lavrov speaks") -> parking.Parked:
    entry = parking.Parked(
        id=parking.parked_id(f"msg-{rule}", "t1"),
        message_id=f"msg-{rule}",
        target_id="t1",
        target_label="json://localhost:9/hook",
        rule=rule,
        headline=headline,
        attempts=6,
        error="HTTP 500",
        parked_at=time.time(),
    )
    parking.park(redis, entry)
    return entry


@pytest.fixture
def hostile(redis: Any) -> str:
    """Stored data with markup everywhere an article or a feed can put text."""
    park_one(redis, rule=HOSTILE, headline=HOSTILE)
    redis.hset(
        keys.feed_state(HOSTILE),
        mapping={"failures": "2", "last_error": HOSTILE, "last_error_at": f"{time.time():.0f}"},
    )
    record_failure(redis, "article", HOSTILE, HOSTILE, logged=True)
    redis.hset(keys.rules_state(), mapping={"version": "v1", "stale": "1", "error": HOSTILE})
    return HOSTILE
