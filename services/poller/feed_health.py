"""Each configured feed's health, read from Redis for `newswatch feeds` (table or JSON)."""

from __future__ import annotations

import time
from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any, Literal

from pydantic import BaseModel

from services.core import keys
from services.poller.feed_state import is_degraded
from services.poller.feeds_config import FeedConfig

Health = Literal["ok", "degraded", "failing", "never polled", "disabled"]


class FeedHealth(BaseModel):
    """One feed's health as an operator sees it."""

    name: str
    url: str
    status: Health
    last_success: datetime | None
    last_error: str | None
    last_error_at: datetime | None
    failures: int
    failing_since: datetime | None
    items_seen: int
    next_poll: datetime | None
    # Entries of the last poll that failed (the feed is "degraded"), or were past the bound.
    failed_entries: int = 0
    left_out_entries: int = 0
    # Fields left out of the last poll's entries (a JSON Feed item's bad date...), items kept.
    dropped_fields: int = 0


def _time(value: str | float | None) -> datetime | None:
    if value in (None, ""):
        return None
    return datetime.fromtimestamp(float(value), UTC)


def read_health(redis: Any, feeds: Sequence[FeedConfig]) -> list[FeedHealth]:
    """Health of every feed in the configuration, in its order (two round trips in all)."""
    pipe = redis.pipeline(transaction=False)
    for feed in feeds:
        pipe.hgetall(keys.feed_state(feed.name))
        pipe.zscore(keys.FEEDS_DUE, feed.name)
    replies = pipe.execute()
    rows = []
    for i, feed in enumerate(feeds):
        raw, due = replies[2 * i], replies[2 * i + 1]
        state = {k.decode(): v.decode() for k, v in raw.items()}
        rows.append(_row(feed, state, due))
    return rows


def _row(feed: FeedConfig, state: dict[str, str], due: float | None) -> FeedHealth:
    failures = int(state.get("failures") or 0)
    next_poll = _time(due if due is not None else state.get("next_due"))
    status: Health = "ok"
    if not feed.enabled:
        status = "disabled"
    elif failures:
        status = "failing"
    elif is_degraded(state):
        status = "degraded"
    elif not state.get("last_success"):
        status = "never polled"
    return FeedHealth(
        name=feed.name,
        url=feed.url,
        status=status,
        last_success=_time(state.get("last_success")),
        last_error=state.get("last_error") or None,
        last_error_at=_time(state.get("last_error_at")),
        failures=failures,
        failing_since=_time(state.get("failing_since")),
        items_seen=int(state.get("items_seen") or 0),
        next_poll=next_poll if feed.enabled else None,
        failed_entries=int(state.get("failed_entries") or 0),
        left_out_entries=int(state.get("left_out_entries") or 0),
        dropped_fields=int(state.get("dropped_fields") or 0),
    )


def format_table(rows: Sequence[FeedHealth], now: float | None = None) -> str:
    """A fixed-width table, one line per feed; the last error is cut to fit one line."""
    now = time.time() if now is None else now
    header = ("FEED", "STATUS", "LAST SUCCESS", "FAILURES", "ITEMS", "NEXT POLL", "LAST ERROR")
    lines = [header]
    for r in rows:
        lines.append(
            (
                r.name,
                r.status,
                _short(r.last_success),
                str(r.failures),
                str(r.items_seen),
                _next(r.next_poll, now),
                _last_error(r)[:100],
            )
        )
    widths = [max(len(line[i]) for line in lines) for i in range(len(header) - 1)]
    return "\n".join(
        "  ".join([*(c.ljust(w) for c, w in zip(line, widths, strict=False)), line[-1]]).rstrip()
        for line in lines
    )


def _short(when: datetime | None) -> str:
    return when.strftime("%Y-%m-%d %H:%M") if when else "never"


def _next(when: datetime | None, now: float) -> str:
    if when is None:
        return "-"
    return "due now" if when.timestamp() <= now else _short(when)


def _last_error(row: FeedHealth) -> str:
    if row.status == "degraded":
        return f"{row.failed_entries} entr(ies) failed in the last poll: see `newswatch status`"
    if row.status == "ok" and row.dropped_fields:
        return f"{row.dropped_fields} field(s) left out of entries in the last poll (entries kept)"
    return row.last_error or "-"
