"""Publish the active rules' state to Redis so `newswatch status` can show it.

Every worker writes the same hash; it is written only when this worker's view changes (a new
version, an invalid edit, a fix), so a job costs nothing extra in the steady state.
"""

from __future__ import annotations

import hashlib
from typing import Any

from services.core import keys, stats
from services.core.failures import record_failure
from workers.rules.loader import RulesHolder


def publish_rules_state(redis: Any, holder: RulesHolder) -> None:
    """Write ``nw:rules`` {version, stale, error, checked_at} if it changed since last time."""
    version = holder.rules.version if holder.rules else ""
    state = (version, holder.stale, holder.error)
    if holder.published_state == state:
        return
    reload_key = keys.rules_reload(version)
    if version and redis.set(reload_key, 1, nx=True, ex=keys.RULES_FAILURE_TTL_SECONDS):
        # A version new to the store: every worker loads it, the first to publish counts it.
        stats.bump(redis, rules_reloads=1)
    redis.hset(
        keys.rules_state(),
        mapping={
            "version": version,
            "stale": int(holder.stale),
            "error": holder.error,
            "checked_at": f"{holder.changed_at:.0f}",
        },
    )
    holder.published_state = state
    if holder.stale or (holder.rules is None and holder.error):
        list_invalid_edit(redis, holder)


def list_invalid_edit(redis: Any, holder: RulesHolder) -> None:
    """An invalid edit is a failed item of its own, listed and counted once for all workers
    (the loader has logged it in each; the last good rules stay active)."""
    digest = hashlib.sha256(holder.error.encode()).hexdigest()[:24]
    if redis.set(keys.rules_failure(digest), 1, nx=True, ex=keys.RULES_FAILURE_TTL_SECONDS):
        reason = "; ".join(holder.error.splitlines()) or "invalid edit"
        record_failure(redis, "rules", holder.path.name, reason, logged=True)
