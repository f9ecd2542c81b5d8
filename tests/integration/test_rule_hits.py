"""Matched articles per rule and hour: what the rules page reads (real Valkey)."""

from __future__ import annotations

import time

from services.history.rule_hits import count_hits, read_hits

NOW = time.time()


def count(redis, rules: list[str], hours_ago: float) -> None:
    pipe = redis.pipeline()
    count_hits(pipe, rules, NOW - hours_ago * 3600)
    pipe.execute()


def test_hits_are_summed_over_the_last_day_and_week(redis):
    count(redis, ["a", "a", "b"], hours_ago=0)
    count(redis, ["a"], hours_ago=30)
    count(redis, ["a"], hours_ago=8 * 24)  # older than a week: left out
    hits = read_hits(redis, ["a", "b", "c"], NOW)
    assert [(h.last_24h, h.last_7d) for h in hits.values()] == [(2, 3), (1, 1), (0, 0)]


def test_last_hit_is_the_latest_batch_time(redis):
    count(redis, ["a"], hours_ago=30)
    count(redis, ["a"], hours_ago=1)
    assert read_hits(redis, ["a"], NOW)["a"].last_hit == round(NOW - 3600, 3)
    assert read_hits(redis, ["z"], NOW)["z"].last_hit is None
