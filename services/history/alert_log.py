"""Writing the alert history: records appended in one pipelined round trip, kept bounded.

Layout (services.core.keys): per alert a list of its records (JSON, oldest first, the last
`records_per_alert` kept), and two indexes of alert ids scored by the time of their latest
record: one overall, one per rule. Every key expires `keep_seconds` after its latest write;
each write also drops index entries older than that, and when the overall index holds more
than `max_alerts` (plus a small slack, so trimming is rare) the oldest alerts are deleted.

History is a side record: `record_safely` never lets a failure to record (a bug, an
unserialisable value) fail the decision or delivery it describes. A Redis outage is not
hidden: it passes through to the caller, which rides it as it does for its own writes.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from typing import Any

from services.core import keys
from services.core.failures import STORE_ERRORS, describe, record_failure
from services.history.records import AlertRecord, HistoryBounds, rule_key

log = logging.getLogger(__name__)

TRIM_SLACK = 100
TRIM_BATCH = 1000


def record(redis: Any, records: Sequence[AlertRecord], bounds: HistoryBounds) -> None:
    """Append the records (one pipelined round trip; a second only when trimming is due)."""
    if not records or bounds.keep_seconds <= 0:
        return
    pipe = redis.pipeline(transaction=False)
    latest = max(r.at for r in records)
    cutoff = latest - bounds.keep_seconds
    rules: set[str] = set()
    for item in records:
        key = keys.alert_history(item.alert_id)
        pipe.rpush(key, item.model_dump_json())
        pipe.ltrim(key, -bounds.records_per_alert, -1)
        pipe.expire(key, bounds.keep_seconds)
        pipe.zadd(keys.ALERT_HISTORY_BY_TIME, {item.alert_id: item.at}, gt=True)
        by_rule = keys.alert_history_rule(rule_key(item.rule))
        pipe.zadd(by_rule, {item.alert_id: item.at}, gt=True)
        rules.add(by_rule)
    for by_rule in rules:
        pipe.zremrangebyscore(by_rule, "-inf", f"({cutoff}")
        pipe.zremrangebyrank(by_rule, 0, -(bounds.max_alerts + 1))
        pipe.expire(by_rule, bounds.keep_seconds)
    pipe.zremrangebyscore(keys.ALERT_HISTORY_BY_TIME, "-inf", f"({cutoff}")
    pipe.expire(keys.ALERT_HISTORY_BY_TIME, bounds.keep_seconds)
    pipe.zcard(keys.ALERT_HISTORY_BY_TIME)
    size = pipe.execute()[-1]
    if int(size) > bounds.max_alerts + TRIM_SLACK:
        trim(redis, int(size) - bounds.max_alerts)


def trim(redis: Any, count: int) -> int:
    """Delete the `count` oldest alerts' records (at most TRIM_BATCH per call); how many."""
    oldest = redis.zpopmin(keys.ALERT_HISTORY_BY_TIME, min(count, TRIM_BATCH))
    ids = [member.decode() if isinstance(member, bytes) else str(member) for member, _ in oldest]
    if ids:
        redis.delete(*[keys.alert_history(i) for i in ids])
        log.info("alert history: %d oldest alert(s) dropped (over the count bound)", len(ids))
    return len(ids)


def record_safely(
    redis: Any, build: Callable[[], Sequence[AlertRecord]], bounds: HistoryBounds
) -> None:
    """`record(build())`, where anything but a Redis outage is logged and counted, never
    raised: the alert's delivery must not fail because its history could not be written."""
    try:
        record(redis, build(), bounds)
    except STORE_ERRORS:
        raise
    # Item edge: history is a side record of a delivery; its failure is its own, listed once.
    except Exception as exc:  # noqa: BLE001
        record_failure(redis, "alert history", "record", describe(exc))
