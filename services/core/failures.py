"""Contain one item's failure: log it once, count it, keep it where `status` shows it.

An item is one feed poll, feed entry, drop file, article, delivery or reload. Whatever goes
wrong with it (our own errors or an unexpected exception from a library on hostile input)
becomes that item's recorded failure; the loop that handled it carries on with the next.
Redis being away is not an item's fault: those errors pass through so the caller waits the
outage out instead of blaming (and moving aside) good input.
"""

from __future__ import annotations

import json
import logging
import time
from types import TracebackType
from typing import Any

import redis as redis_lib
from pydantic import BaseModel

from services.core import keys
from services.core.errors import NewswatchError
from services.core.logs import escape

log = logging.getLogger(__name__)

# Errors that mean "the store is away", not "this item is bad".
STORE_ERRORS: tuple[type[BaseException], ...] = (
    redis_lib.ConnectionError,
    redis_lib.TimeoutError,
    redis_lib.BusyLoadingError,
)
REASON_MAX_CHARS = 300


class FailedItem(BaseModel):
    """One contained failure, as `newswatch status` lists it."""

    kind: str
    name: str
    reason: str
    at: float


def describe(exc: BaseException) -> str:
    """A one-line reason: our own errors by message, foreign ones by type and message."""
    if isinstance(exc, NewswatchError):
        text = str(exc)
    else:
        text = f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__
    return escape(" ".join(text.split()) or type(exc).__name__, REASON_MAX_CHARS)


def record_failure(
    redis: Any, kind: str, name: str, reason: str, *, logged: bool = False
) -> FailedItem:
    """Log the failure once (unless the caller already has: `logged`), count it under
    `errors`, keep it in the failed-items list."""
    item = FailedItem(kind=kind, name=escape(name), reason=escape(reason), at=time.time())
    if not logged:
        log.error("%s %s failed: %s", kind, item.name, item.reason)
    if redis is None:
        return item
    try:
        pipe = redis.pipeline(transaction=False)
        pipe.lpush(keys.FAILED_ITEMS, item.model_dump_json())
        pipe.ltrim(keys.FAILED_ITEMS, 0, keys.FAILED_ITEMS_MAX - 1)
        pipe.lpush(keys.RECENT_ERRORS, _error_line(item))
        pipe.ltrim(keys.RECENT_ERRORS, 0, keys.RECENT_ERRORS_MAX - 1)
        pipe.hincrby(keys.STATS, "errors", 1)
        pipe.execute()
    except STORE_ERRORS:
        log.warning("could not record the failure of %s %s: Redis unavailable", kind, item.name)
    return item


def read_failures(redis: Any, limit: int = 50) -> list[FailedItem]:
    """The most recent contained failures, newest first."""
    raw = redis.lrange(keys.FAILED_ITEMS, 0, limit - 1)
    items = []
    for entry in raw:
        try:
            items.append(FailedItem.model_validate(json.loads(entry)))
        except ValueError:
            continue
    return items


def _error_line(item: FailedItem) -> str:
    stamp = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(item.at))
    return f"{stamp} {item.kind} {item.name}: {item.reason}"


class ItemGuard:
    """`with ItemGuard(redis, "drop", name) as guard:` runs one item; an exception from it
    (other than Redis being away) is recorded as the item's failure and suppressed;
    `guard.failure` then says why."""

    def __init__(self, redis: Any, kind: str, name: str) -> None:
        self.redis = redis
        self.kind = kind
        self.name = name
        self.failure: FailedItem | None = None

    def __enter__(self) -> ItemGuard:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> bool:
        if exc is None or not isinstance(exc, Exception) or isinstance(exc, STORE_ERRORS):
            return False
        if not isinstance(exc, NewswatchError):
            log.debug("%s %s: unexpected error", self.kind, escape(self.name), exc_info=exc)
        self.failure = record_failure(self.redis, self.kind, self.name, describe(exc))
        return True
