"""When each feed is next due, kept in Redis so several poller replicas share one schedule.

The schedule is one sorted set (keys.FEEDS_DUE): feed name -> epoch second it is next due.
A poller *claims* due feeds with one Lua script that reads them and pushes their score to a
lease expiry in the same atomic step, so two replicas never claim the same feed. After the
poll the feed is rescheduled to its real next time (interval, or backoff); if the poller dies
mid-poll, the lease runs out and another replica polls the feed.
"""

from __future__ import annotations

import random
import time
from collections.abc import Iterable
from typing import Any

from services.core import keys

# Up to this fraction is added to each delay, so feeds added together drift apart and replicas
# do not hit every server at the same second. Never subtracted: Retry-After stays honoured.
JITTER_FRACTION = 0.05
MIN_LEASE_SECONDS = 600.0

_CLAIM = """
local names = redis.call('ZRANGEBYSCORE', KEYS[1], '-inf', ARGV[1], 'LIMIT', 0, ARGV[3])
for _, name in ipairs(names) do
  redis.call('ZADD', KEYS[1], 'XX', ARGV[2], name)
end
return names
"""


def jittered(seconds: float) -> float:
    """`seconds` plus up to JITTER_FRACTION of it."""
    return max(0.0, seconds) * random.uniform(1.0, 1.0 + JITTER_FRACTION)  # noqa: S311 (not crypto)


class FeedSchedule:
    """Claim due feeds atomically and reschedule them after each poll."""

    def __init__(self, redis: Any, lease_seconds: float) -> None:
        self.redis = redis
        self.lease_seconds = max(lease_seconds, MIN_LEASE_SECONDS)
        self._claim = redis.register_script(_CLAIM)
        self._synced: frozenset[str] | None = None

    def sync(self, names: Iterable[str]) -> None:
        """Add new feeds (due now) and drop feeds no longer configured; no-op if unchanged."""
        wanted = frozenset(names)
        if wanted == self._synced:
            return
        known = {m.decode() for m in self.redis.zrange(keys.FEEDS_DUE, 0, -1)}
        pipe = self.redis.pipeline(transaction=False)
        if wanted - known:
            pipe.zadd(keys.FEEDS_DUE, {name: time.time() for name in wanted - known}, nx=True)
        if known - wanted:
            pipe.zrem(keys.FEEDS_DUE, *(known - wanted))
        pipe.execute()
        self._synced = wanted

    def claim(self, limit: int, now: float | None = None) -> list[str]:
        """Up to `limit` due feeds, now leased to this caller; soonest due first."""
        if limit <= 0:
            return []
        now = time.time() if now is None else now
        names = self._claim(keys=[keys.FEEDS_DUE], args=[now, now + self.lease_seconds, limit])
        return [n.decode() if isinstance(n, bytes) else str(n) for n in names]

    def reschedule(self, name: str, due_at: float, pipe: Any = None) -> None:
        """Set when the feed is next due (only if it is still scheduled: removed stays removed).

        With `pipe`, the write is queued on that pipeline for the caller to execute."""
        (pipe or self.redis).zadd(keys.FEEDS_DUE, {name: due_at}, xx=True)

    def due_at(self, name: str) -> float | None:
        """When the feed is next due (a lease expiry while it is being polled), or None."""
        score = self.redis.zscore(keys.FEEDS_DUE, name)
        return float(score) if score is not None else None

    def forget(self) -> None:
        """Re-read the set on the next sync (after another process changed it)."""
        self._synced = None
