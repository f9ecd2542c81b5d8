"""`/metrics`: a prometheus-client collector that reads Redis at scrape time.

Every value comes from `collect_status`, so a scrape shows what `newswatch status --json`
shows at that moment:
- `newswatch_<counter>_total` for each field of `Stats` (articles_in, processed, rejected,
  matched, duplicates, alerts_queued, alerts_sent, alerts_failed (parked), retries, errors,
  feed_polls, feed_failures, rules_reloads);
- `newswatch_<counter>_total{<label>}` for each labelled counter (articles_in_by_kind{kind},
  alerts_sent_by_channel{channel}, alerts_retried_by_channel, alerts_parked_by_channel);
- `newswatch_<name>_latency_seconds` histograms (processing: intake to processed; delivery:
  match to sent);
- gauges: queue jobs by state, deliveries parked and waiting, feeds failing, rules stale and
  loaded, seconds since each loop's heartbeat.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from prometheus_client.core import (
    CounterMetricFamily,
    GaugeMetricFamily,
    HistogramMetricFamily,
    Metric,
)
from prometheus_client.registry import Collector

from services.core.stats import Stats
from services.status import Status, collect_status

PREFIX = "newswatch"


class StatusCollector(Collector):
    """Reads `collect_status` once per scrape and yields it as metric families."""

    def __init__(self, redis: Any) -> None:
        self.redis = redis

    def collect(self) -> Iterator[Metric]:
        status = collect_status(self.redis)
        yield from counters(status)
        yield from labelled(status)
        yield from histograms(status)
        yield from gauges(status)


def counters(status: Status) -> Iterator[Metric]:
    for name, field in Stats.model_fields.items():
        help_text = field.description or f"pipeline counter {name} (newswatch status)"
        yield CounterMetricFamily(f"{PREFIX}_{name}", help_text, value=getattr(status.stats, name))


def labelled(status: Status) -> Iterator[Metric]:
    for counter, values in status.breakdown.labelled.items():
        label = counter.rpartition("_by_")[2] or "label"
        family = CounterMetricFamily(
            f"{PREFIX}_{counter}", f"{counter.replace('_', ' ')}", labels=[label]
        )
        for value, count in values.items():
            family.add_metric([value], count)
        yield family


def histograms(status: Status) -> Iterator[Metric]:
    for name, hist in status.breakdown.latency.items():
        family = HistogramMetricFamily(
            f"{PREFIX}_{name}_latency_seconds", f"{name} latency in seconds"
        )
        family.add_metric([], list(hist.buckets.items()), hist.sum)
        yield family


def gauges(status: Status) -> Iterator[Metric]:
    queue = GaugeMetricFamily(
        f"{PREFIX}_queue_jobs", "jobs in a queue by state", labels=["queue", "state"]
    )
    for q in status.queues:
        queue.add_metric([q.name, "pending"], q.pending)
        queue.add_metric([q.name, "scheduled"], q.scheduled)
        queue.add_metric([q.name, "failed"], q.failed)
    yield queue
    yield GaugeMetricFamily(
        f"{PREFIX}_deliveries_parked", "deliveries parked now", value=status.parked
    )
    yield GaugeMetricFamily(
        f"{PREFIX}_deliveries_waiting",
        "deliveries waiting on the targets' lanes",
        value=status.deliveries_waiting,
    )
    failing = sum(1 for f in status.feeds.values() if f.get("failures", "0") != "0")
    yield GaugeMetricFamily(f"{PREFIX}_feeds_failing", "feeds whose last poll failed", failing)
    yield GaugeMetricFamily(
        f"{PREFIX}_rules_stale",
        "1 while rules.yaml holds an invalid edit (the last good version stays in use)",
        value=1 if status.rules.get("stale") == "1" else 0,
    )
    yield GaugeMetricFamily(
        f"{PREFIX}_rules_loaded",
        "1 once the workers report loaded rules",
        value=1 if status.rules.get("version") else 0,
    )
    beats = GaugeMetricFamily(
        f"{PREFIX}_heartbeat_age_seconds", "seconds since each loop's last beat", labels=["loop"]
    )
    for beat in status.heartbeats:
        beats.add_metric([beat.loop], beat.age_seconds)
    yield beats
