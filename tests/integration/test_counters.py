"""Hourly buckets, labelled counters and latency histograms in Redis (services.core.counters)."""

from __future__ import annotations

import pytest

from services.core import counters, keys, stats


def test_bump_adds_hourly_counters_to_this_hours_bucket(redis):
    stats.bump(redis, articles_in=2, alerts_sent=1, errors=5)
    rows = counters.read_hourly(redis)
    assert len(rows) == 24
    assert (rows[-1].articles_in, rows[-1].alerts_sent) == (2, 1)


def test_hourly_bucket_expires(redis):
    stats.bump(redis, processed=1)
    hour_key = next(iter(redis.scan_iter(match=keys.stats_hour(0).replace(":0", ":*"))))
    assert 0 < redis.ttl(hour_key) <= keys.STATS_HOUR_TTL_SECONDS


def test_non_hourly_counters_make_no_bucket(redis):
    stats.bump(redis, errors=1, retries=1)
    assert not list(redis.scan_iter(match=keys.stats_hour(0).replace(":0", ":*")))


def test_read_hourly_keeps_older_hours_in_their_slot(redis):
    now = 1_800_000_000.0
    counters.bump_hourly(redis, {"matched": 4}, now=now - 3 * 3600)
    rows = counters.read_hourly(redis, now=now)
    assert [r.matched for r in rows[-4:]] == [4, 0, 0, 0]


@pytest.mark.parametrize(
    ("label", "stored"),
    [
        ("drop", "drop"),
        ("MailTo", "mailto"),
        ("", "other"),
        ("a b<c>", "abc"),
        ("x" * 99, "x" * 40),
    ],
)
def test_labels_are_short_and_plain(redis, label, stored):
    counters.bump_labelled(redis, "alerts_sent_by_channel", label)
    assert counters.read_breakdown(redis).labelled == {"alerts_sent_by_channel": {stored: 1}}


@pytest.mark.parametrize(
    ("label", "channel"),
    [("json://host/path", "json"), ("mailto://user@host", "mailto"), ("weird", "other")],
)
def test_channel_label_is_the_scheme(label, channel):
    assert counters.channel_label(label) == channel


def test_histogram_is_cumulative_with_sum_and_count(redis):
    for seconds in (0.05, 0.2, 0.2, 7200.0):
        counters.observe(redis, "delivery", seconds)
    hist = counters.read_breakdown(redis).latency["delivery"]
    assert (hist.buckets["0.1"], hist.buckets["0.25"], hist.buckets["3600.0"]) == (1, 3, 3)
    assert (hist.buckets["+Inf"], hist.count) == (4, 4)
    assert hist.sum == pytest.approx(7200.45)


def test_a_rules_version_is_counted_once_however_many_workers_load_it(redis, settings):
    from services.core.stats import read_stats
    from workers.rules.loader import RulesHolder
    from workers.rules.state import publish_rules_state

    for _ in range(3):  # three workers
        holder = RulesHolder(settings.config_dir / "rules.yaml", period=0)
        holder.reload()
        publish_rules_state(redis, holder)
    assert read_stats(redis).rules_reloads == 1
