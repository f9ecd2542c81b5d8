"""`/metrics` equals `newswatch status --json` (collect_status); /healthz and /readyz."""

from __future__ import annotations

import time

import pytest
from prometheus_client.parser import text_string_to_metric_families

from services.core import counters, keys, stats
from services.core.stats import Stats
from services.status import collect_status
from tests.integration.web.conftest import park_one


def samples(text: str) -> dict[tuple[str, tuple[tuple[str, str], ...]], float]:
    return {
        (s.name, tuple(sorted(s.labels.items()))): s.value
        for family in text_string_to_metric_families(text)
        for s in family.samples
    }


@pytest.fixture
def busy(redis):
    """Counters of every kind, as the pipeline writes them."""
    stats.bump(redis, articles_in=5, processed=4, rejected=1, matched=2, alerts_queued=2)
    stats.bump(redis, alerts_sent=2, retries=3, duplicates=1, feed_polls=7, feed_failures=2)
    counters.bump_labelled(redis, "articles_in_by_kind", "drop", 3)
    counters.bump_labelled(redis, "articles_in_by_kind", "feed", 2)
    counters.bump_labelled(redis, "alerts_sent_by_channel", "json", 2)
    counters.bump_labelled(redis, "alerts_retried_by_channel", "mailto", 3)
    for seconds in (0.05, 0.3, 4.0, 9000.0):
        counters.observe(redis, "processing", seconds)
    counters.observe(redis, "delivery", 1.5)
    park_one(redis)
    redis.hset(keys.rules_state(), mapping={"version": "v9", "stale": "1", "error": "e"})
    redis.hset(keys.feed_state("f"), mapping={"failures": "1"})


def test_metrics_parse_and_counters_equal_status(client, redis, busy):
    found = samples(client.get("/metrics").text)
    status = collect_status(redis)
    for name in Stats.model_fields:
        assert found[(f"newswatch_{name}_total", ())] == getattr(status.stats, name), name


def test_labelled_counters_equal_status(client, redis, busy):
    found = samples(client.get("/metrics").text)
    status = collect_status(redis)
    assert status.breakdown.labelled  # the fixture wrote some
    for counter, values in status.breakdown.labelled.items():
        label = counter.rpartition("_by_")[2]
        for value, count in values.items():
            assert found[(f"newswatch_{counter}_total", ((label, value),))] == count


def test_latency_histograms_are_cumulative(client, redis, busy):
    found = samples(client.get("/metrics").text)
    assert found[("newswatch_processing_latency_seconds_count", ())] == 4
    assert found[("newswatch_processing_latency_seconds_bucket", (("le", "0.1"),))] == 1
    assert found[("newswatch_processing_latency_seconds_bucket", (("le", "5.0"),))] == 3
    assert found[("newswatch_processing_latency_seconds_bucket", (("le", "+Inf"),))] == 4
    assert found[("newswatch_delivery_latency_seconds_count", ())] == 1


@pytest.mark.parametrize(
    ("name", "labels", "value"),
    [
        ("newswatch_deliveries_parked", (), 1),
        ("newswatch_alerts_parked_by_channel_total", (("channel", "json"),), 1),
        ("newswatch_rules_stale", (), 1),
        ("newswatch_rules_loaded", (), 1),
        ("newswatch_feeds_failing", (), 1),
        ("newswatch_queue_jobs", (("queue", "articles"), ("state", "pending")), 0),
    ],
)
def test_gauges(client, redis, busy, name, labels, value):
    assert samples(client.get("/metrics").text)[(name, labels)] == value


def test_heartbeat_age_per_loop(client, redis):
    redis.hset(keys.HEARTBEATS, "poller@h:1/feeds", f"{time.time() - 30:.3f}")
    found = samples(client.get("/metrics").text)
    assert found[("newswatch_heartbeat_age_seconds", (("loop", "poller@h:1/feeds"),))] >= 30


def test_readyz_waits_for_rules(client, redis):
    first = client.get("/readyz")
    redis.hset(keys.rules_state(), mapping={"version": "v1", "stale": "0"})
    second = client.get("/readyz")
    assert (first.status_code, second.status_code) == (503, 200)
    assert second.json() == {
        "ready": True,
        "redis": True,
        "rules_loaded": True,
        "rules_stale": False,
    }
