"""A feed failing for too long raises one ops alert, and one more when it recovers."""

from __future__ import annotations

import time
from collections.abc import Iterator
from typing import Any

import pytest
from rq.serializers import JSONSerializer

from services.core import keys
from services.core.models import AlertMessage
from services.core.queues import alerts_queue
from services.poller.feed_poller import FeedPoller
from services.poller.feeds_config import FeedConfig
from services.poller.fetch import FetchPolicy
from services.poller.intake import Intake
from tests.support.http import LocalServer, local_server
from tests.support.pipeline import delivered_alerts, run_notifier

POLICY = FetchPolicy(
    connect_timeout=2, read_timeout=2, deadline=5, allowed_networks=("127.0.0.0/8",)
)
ALERT_AFTER = 3600.0
RSS = b"<?xml version='1.0'?><rss version='2.0'><channel><title>t</title></channel></rss>"


@pytest.fixture
def server() -> Iterator[LocalServer]:
    with local_server() as running:
        running.routes["/feed"] = lambda r: (200, {"Content-Type": "application/rss+xml"}, RSS)
        yield running


class Scenario:
    """One feed whose server can be switched between up and down, and its poller."""

    def __init__(self, redis: Any, server: LocalServer) -> None:
        self.redis, self.server = redis, server
        self.feed = FeedConfig(name="wire", url=server.url("/feed"), interval=600)
        self.poller = FeedPoller(
            redis, Intake(redis, 50, 3600), POLICY, alert_after_seconds=ALERT_AFTER
        )

    def fail(self, times: int = 1) -> None:
        self.server.routes["/feed"] = lambda r: (500, {}, b"Internal Server Error")
        for _ in range(times):
            self.poller.poll(self.feed)

    def recover(self) -> None:
        self.server.routes["/feed"] = lambda r: (200, {"Content-Type": "application/rss+xml"}, RSS)
        self.poller.poll(self.feed)

    def age_outage(self, seconds: float) -> None:
        """Pretend the current outage began `seconds` ago."""
        since = f"{time.time() - seconds:.0f}"
        self.redis.hset(keys.feed_state(self.feed.name), "failing_since", since)

    def alerts(self) -> list[AlertMessage]:
        jobs = alerts_queue(self.redis).get_jobs()
        return [AlertMessage.model_validate(job.args[0]) for job in jobs]


@pytest.fixture
def scenario(redis, server) -> Scenario:
    return Scenario(redis, server)


def test_short_outage_raises_nothing(scenario: Scenario) -> None:
    scenario.fail(times=5)
    scenario.recover()
    assert scenario.alerts() == []


def test_long_outage_raises_one_down_alert_to_ops(scenario: Scenario) -> None:
    scenario.fail()
    scenario.age_outage(ALERT_AFTER + 60)
    scenario.fail(times=4)
    (alert,) = scenario.alerts()
    assert alert.rule == "feed-health:wire"
    assert alert.notify == ["ops"]
    assert alert.title == "Feed wire is failing"
    assert "HTTP 500 Internal Server Error" in alert.snippet
    assert "2 consecutive failures" in alert.snippet  # raised on the first late failure
    assert alert.url == scenario.feed.url


def test_recovery_raises_one_more_alert_with_another_id(scenario: Scenario) -> None:
    scenario.fail()
    scenario.age_outage(ALERT_AFTER + 60)
    scenario.fail()
    scenario.recover()
    scenario.recover()
    down, recovered = scenario.alerts()
    assert recovered.title == "Feed wire recovered"
    assert "HTTP 500" in recovered.snippet
    assert down.alert_id != recovered.alert_id
    assert recovered.notify == ["ops"]


def test_a_new_outage_alerts_again(scenario: Scenario) -> None:
    for outage in range(2):
        scenario.fail()
        scenario.age_outage(ALERT_AFTER + 60 + outage * 600)
        scenario.fail()
        scenario.recover()
    alerts = scenario.alerts()
    assert [a.title.split()[-1] for a in alerts] == ["failing", "recovered"] * 2
    assert len({a.alert_id for a in alerts}) == 4


def test_alert_threshold_is_the_setting(redis, server) -> None:
    scenario = Scenario(redis, server)
    scenario.poller.alerts.alert_after_seconds = 10 * ALERT_AFTER
    scenario.fail()
    scenario.age_outage(ALERT_AFTER + 60)
    scenario.fail()
    assert scenario.alerts() == []


def test_ops_alerts_are_delivered_like_any_alert(redis, settings, scenario: Scenario) -> None:
    scenario.fail()
    scenario.age_outage(ALERT_AFTER + 60)
    scenario.fail()
    scenario.recover()
    run_notifier(redis, settings)
    run_notifier(redis, settings)
    delivered = delivered_alerts(settings)
    assert [a["title"] for a in delivered] == ["Feed wire is failing", "Feed wire recovered"]
    assert alerts_queue(redis).serializer is JSONSerializer
