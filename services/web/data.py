"""Turn what `collect_status` read into the console's views of feeds and rules."""

from __future__ import annotations

import time

from services.web.models import FeedHealth, FeedState, RulesState


def rules_state(rules: dict[str, str]) -> RulesState:
    if not rules:
        return RulesState(reported=False)
    return RulesState(
        reported=True,
        version=rules.get("version", ""),
        checked_at=_number(rules.get("checked_at")),
        stale=rules.get("stale") == "1",
        error=rules.get("error", ""),
    )


def feed_health(name: str, state: dict[str, str], now: float | None = None) -> FeedHealth:
    """One feed's health from its state hash (see services.poller.feed_state)."""
    now = time.time() if now is None else now
    failures = int(_number(state.get("failures")) or 0)
    last_success = _number(state.get("last_success"))
    last_error_at = _number(state.get("last_error_at"))
    next_due = _number(state.get("next_due"))
    failed_entries = int(_number(state.get("failed_entries")) or 0)
    polls = [t for t in (last_success, last_error_at) if t is not None]
    return FeedHealth(
        name=name,
        state=_state(failures, failed_entries, bool(polls)),
        last_poll=max(polls) if polls else None,
        last_success=last_success,
        last_error=state.get("last_error", ""),
        last_error_at=last_error_at,
        failures=failures,
        failing_since=_number(state.get("failing_since")),
        next_due=next_due,
        backoff_seconds=max(next_due - now, 0.0) if failures and next_due else 0.0,
        entries_seen=int(_number(state.get("items_seen")) or 0),
        failed_entries=failed_entries,
    )


def feeds_health(feeds: dict[str, dict[str, str]]) -> list[FeedHealth]:
    """Every feed, failing ones first, then by name."""
    rows = [feed_health(name, state) for name, state in feeds.items()]
    return sorted(rows, key=lambda f: (f.state == "ok", f.name))


def _state(failures: int, failed_entries: int, polled: bool) -> FeedState:
    if failures:
        return "failing"
    if failed_entries:
        return "degraded"
    return "ok" if polled else "never polled"


def _number(value: str | None) -> float | None:
    try:
        return float(value) if value else None
    except ValueError:
        return None
