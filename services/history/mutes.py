"""Muted (rule, story) pairs: their alerts are recorded with the decision `muted`, not sent.

The web console's "not relevant" button and `newswatch alerts mute RULE STORY_ID` write here;
the notifier asks `is_muted` before it sends or holds an alert, and drops muted alerts from
a digest when it goes out. A mute lasts `ttl_seconds` (default 30 days, longer than a story
stays open for copies) or until `unmute`.

    nw:mute:{rule key}:{story}  string  the Mute as JSON, expiring with the mute
    nw:mutes                    zset    "<rule key>:<story>" -> epoch s it ends (for listing)
"""

from __future__ import annotations

import time
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from services.core import keys
from services.core.models import ID_PATTERN
from services.history.records import MAX_REASON_CHARS, MAX_SHORT_CHARS, clip, rule_key

LIST_MAX = 1000


class Mute(BaseModel):
    """One muted (rule, story) pair."""

    model_config = ConfigDict(frozen=True, extra="forbid", hide_input_in_errors=True)

    rule: str = Field(max_length=MAX_SHORT_CHARS)
    story_id: str = Field(pattern=ID_PATTERN)
    reason: str = ""
    muted_at: float
    until: float


def mute(
    redis: Any,
    rule: str,
    story_id: str,
    *,
    reason: str = "",
    ttl_seconds: int = keys.MUTE_TTL_SECONDS,
    now: float | None = None,
) -> Mute:
    """Mute the rule's alerts for the story (again: the mute is renewed); ValueError when
    the story id is not a valid id."""
    at = time.time() if now is None else now
    entry = Mute(
        rule=rule,
        story_id=story_id,
        reason=clip(reason, MAX_REASON_CHARS),
        muted_at=at,
        until=at + ttl_seconds,
    )
    pipe = redis.pipeline(transaction=True)
    pipe.set(mute_key(rule, story_id), entry.model_dump_json(), ex=ttl_seconds)
    pipe.zadd(keys.MUTES, {_member(rule, story_id): entry.until})
    pipe.zremrangebyscore(keys.MUTES, "-inf", f"({at}")
    pipe.execute()
    return entry


def unmute(redis: Any, rule: str, story_id: str) -> bool:
    """Lift the mute; False when the pair was not muted."""
    pipe = redis.pipeline(transaction=True)
    pipe.delete(mute_key(rule, story_id))
    pipe.zrem(keys.MUTES, _member(rule, story_id))
    deleted, _ = pipe.execute()
    return bool(deleted)


def is_muted(redis: Any, rule: str, story_id: str) -> bool:
    """Whether the rule's alerts for this story are muted now (one EXISTS)."""
    return bool(redis.exists(mute_key(rule, story_id)))


def mute_key(rule: str, story_id: str) -> str:
    """The key whose existence means the pair is muted (to check many in one pipeline)."""
    return keys.mute(rule_key(rule), story_id)


def list_mutes(redis: Any, now: float | None = None) -> list[Mute]:
    """The mutes in force, soonest-ending first (at most LIST_MAX)."""
    at = time.time() if now is None else now
    members = redis.zrangebyscore(keys.MUTES, at, "+inf", start=0, num=LIST_MAX)
    if not members:
        return []
    stored = redis.mget([keys.mute(*_text(m).split(":", 1)) for m in members])
    return [Mute.model_validate_json(raw) for raw in stored if raw is not None]


def _member(rule: str, story_id: str) -> str:
    return f"{rule_key(rule)}:{story_id}"


def _text(value: bytes | str) -> str:
    return value.decode() if isinstance(value, bytes) else value
