"""Matched articles per rule and clock hour: the console's "hits in 24 h / 7 days / last hit".

The worker counts each batch's matches in the MULTI that stores the batch (one hash
increment per rule and batch), so reading a rule's hits costs one small hash read per hour
of the week instead of a scan of the archive or the alert history.
"""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Iterable, Sequence
from typing import Any

from pydantic import BaseModel

from services.core import keys

WEEK_HOURS = 7 * 24
DAY_HOURS = 24


class RuleHits(BaseModel):
    """Articles a rule matched in the last 24 hours and 7 days, and when it last matched."""

    last_24h: int = 0
    last_7d: int = 0
    last_hit: float | None = None


def count_hits(pipe: Any, rules: Iterable[str], now: float | None = None) -> None:
    """Queue on `pipe` one increment per rule for the articles it matched (a name per match)."""
    per_rule = Counter(rules)
    if not per_rule:
        return
    moment = time.time() if now is None else now
    key = keys.rule_hits_hour(int(moment // 3600))
    for rule, n in per_rule.items():
        pipe.hincrby(key, rule, n)
    pipe.expire(key, keys.RULE_HITS_TTL_SECONDS)
    pipe.hset(keys.RULE_HITS_LAST, mapping={rule: f"{moment:.3f}" for rule in per_rule})
    pipe.expire(keys.RULE_HITS_LAST, keys.RULE_HITS_TTL_SECONDS)


def read_hits(redis: Any, names: Sequence[str], now: float | None = None) -> dict[str, RuleHits]:
    """Each named rule's hits over the last day and week (the current hour included)."""
    if not names:
        return {}
    current = int((time.time() if now is None else now) // 3600)
    pipe = redis.pipeline(transaction=False)
    for hour in range(current - WEEK_HOURS + 1, current + 1):
        pipe.hmget(keys.rule_hits_hour(hour), list(names))
    pipe.hmget(keys.RULE_HITS_LAST, list(names))
    *hours, last = pipe.execute()
    hits = {name: RuleHits() for name in names}
    for age, counts in enumerate(reversed(hours)):
        for name, value in zip(names, counts, strict=True):
            if value is not None:
                hits[name].last_7d += int(value)
                if age < DAY_HOURS:
                    hits[name].last_24h += int(value)
    for name, value in zip(names, last, strict=True):
        hits[name].last_hit = float(value) if value is not None else None
    return hits
