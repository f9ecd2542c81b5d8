"""The small per-story record that `newswatch stories` lists: title, sources, rules alerted."""

from __future__ import annotations

import time
from collections.abc import Iterable
from typing import Any

from pydantic import BaseModel

from services.core import keys
from services.core.models import AlertMessage


class StoryRecord(BaseModel):
    """One recent story: where it ran first, where else, and which rules alerted for it."""

    story_id: str
    title: str
    first_seen: float  # epoch seconds
    source: str
    article_id: str
    articles: int
    version: int
    sources: list[str]
    rules: list[str]


def record_alerted_rules(pipe: Any, alerts: Iterable[AlertMessage], window_ms: int) -> None:
    """Add each alert's rule to its story's record (on a pipeline the caller executes)."""
    for alert in alerts:
        key = keys.story_rules(alert.story_id)
        pipe.sadd(key, alert.rule)
        pipe.pexpire(key, window_ms)


def recent_stories(redis: Any, since_seconds: float, limit: int = 200) -> list[StoryRecord]:
    """Stories first seen in the last ``since_seconds``, newest first, at most ``limit``."""
    oldest_ms = (time.time() - since_seconds) * 1000
    ids = [
        i.decode()
        for i in redis.zrevrangebyscore(keys.STORIES, "+inf", oldest_ms, start=0, num=limit)
    ]
    pipe = redis.pipeline(transaction=False)
    for story_id in ids:
        pipe.hgetall(keys.story(story_id))
        pipe.zrange(keys.story_sources(story_id), 0, -1)
        pipe.smembers(keys.story_rules(story_id))
    replies = pipe.execute()
    records = []
    for n, story_id in enumerate(ids):
        fields, sources, rules = replies[3 * n : 3 * n + 3]
        if fields:
            records.append(_record(story_id, fields, sources, rules))
    return records


def _record(
    story_id: str, raw: dict[bytes, bytes], sources: list[bytes], rules: set[bytes]
) -> StoryRecord:
    fields = {k.decode(): v.decode() for k, v in raw.items()}
    return StoryRecord(
        story_id=story_id,
        title=fields.get("title", ""),
        first_seen=int(fields.get("first_seen", "0")) / 1000,
        source=fields.get("source", ""),
        article_id=fields.get("article", ""),
        articles=int(fields.get("articles", "0")),
        version=int(fields.get("version", "0")),
        sources=[s.decode() for s in sources],
        rules=sorted(r.decode() for r in rules),
    )
