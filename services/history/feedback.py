"""Readers' marks on alerts: "relevant" or "not relevant", kept per rule.

The console's alert page writes a mark; the rules page reads a rule's marks (`list_marks`)
to suggest `NOT` terms that separate the articles marked irrelevant from the rule's other
matches. A "not relevant" mark also mutes the (rule, story) pair, but that is the caller's
step (services.history.mutes): this module only keeps the marks. Marking an alert again
replaces its mark. A rule keeps at most FEEDBACK_MAX_PER_RULE marks (oldest dropped), each
for `keep_seconds` (NEWSWATCH_ARCHIVE_DAYS) after the rule's latest mark.

    nw:feedback:marks:{rule key}  hash  alert id -> Mark JSON
    nw:feedback:times:{rule key}  zset  alert id -> epoch s marked
"""

from __future__ import annotations

import time
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from services.core import keys
from services.core.models import ID_PATTERN
from services.history.records import DAY_SECONDS, MAX_SHORT_CHARS, rule_key

DEFAULT_KEEP_SECONDS = 7 * DAY_SECONDS


class Mark(BaseModel):
    """One reader's verdict on one alert."""

    model_config = ConfigDict(frozen=True, extra="forbid", hide_input_in_errors=True)

    alert_id: str = Field(pattern=ID_PATTERN)
    rule: str = Field(max_length=MAX_SHORT_CHARS)
    story_id: str = Field(pattern=ID_PATTERN)
    article_id: str = Field(pattern=ID_PATTERN)
    relevant: bool
    at: float


def mark(
    redis: Any,
    alert_id: str,
    rule: str,
    story_id: str,
    article_id: str,
    relevant: bool,
    now: float | None = None,
    *,
    keep_seconds: int = DEFAULT_KEEP_SECONDS,
    max_per_rule: int = keys.FEEDBACK_MAX_PER_RULE,
) -> Mark:
    """Record (or replace) the mark on an alert; ValueError on an invalid id or rule name.
    With `keep_seconds` 0 (history off) the mark is returned but not stored."""
    entry = Mark(
        alert_id=alert_id,
        rule=rule,
        story_id=story_id,
        article_id=article_id,
        relevant=relevant,
        at=time.time() if now is None else now,
    )
    if keep_seconds <= 0:
        return entry
    marks, times = _keys(rule)
    pipe = redis.pipeline(transaction=True)
    pipe.hset(marks, alert_id, entry.model_dump_json())
    pipe.zadd(times, {alert_id: entry.at})
    pipe.expire(marks, keep_seconds)
    pipe.expire(times, keep_seconds)
    pipe.execute()
    _trim(redis, rule, max_per_rule)
    return entry


def list_marks(redis: Any, rule: str) -> list[Mark]:
    """The rule's marks, newest first (at most FEEDBACK_MAX_PER_RULE)."""
    marks, times = _keys(rule)
    ids = redis.zrevrange(times, 0, keys.FEEDBACK_MAX_PER_RULE - 1)
    if not ids:
        return []
    stored = redis.hmget(marks, ids)
    return [Mark.model_validate_json(raw) for raw in stored if raw is not None]


def get_mark(redis: Any, rule: str, alert_id: str) -> Mark | None:
    """The mark on one alert of the rule, if any."""
    raw = redis.hget(_keys(rule)[0], alert_id)
    return None if raw is None else Mark.model_validate_json(raw)


def _trim(redis: Any, rule: str, max_per_rule: int) -> None:
    """Drop the rule's oldest marks beyond `max_per_rule`."""
    marks, times = _keys(rule)
    excess = redis.zcard(times) - max_per_rule
    if excess <= 0:
        return
    oldest = redis.zrange(times, 0, excess - 1)
    pipe = redis.pipeline(transaction=True)
    pipe.hdel(marks, *oldest)
    pipe.zrem(times, *oldest)
    pipe.execute()


def _keys(rule: str) -> tuple[str, str]:
    key = rule_key(rule)
    return keys.feedback_marks(key), keys.feedback_times(key)
