"""The article archive: every processed (or rejected) article, compressed, indexed by time.

Written by the worker in the step that deletes the raw article message (workers.jobs), read
by ``newswatch backtest``, ``rules test --archive`` and the web console through the read API
below. Four Redis keys hold it (services.core.keys, ``ARCHIVE_*``):

- a sorted set: article id -> received time (epoch ms), the time index;
- a hash: article id -> zlib of the entry's compact JSON (:class:`ArchiveEntry`);
- a hash: article id -> the article's word filter (services.history.prefilter), so a
  backtest excludes most articles without decompressing them;
- a counter of the bytes the two hashes hold (plus a fixed per-entry overhead), which the
  byte cap is checked against.

Kept ``NEWSWATCH_ARCHIVE_DAYS`` and at most ``NEWSWATCH_ARCHIVE_MAX_BYTES``: :func:`trim`
drops the oldest entries first, in bounded steps, one log line per trim.

Read API (for the CLI and the web console), all bounded:

- :func:`list_entries` one page, newest first, within an optional time range;
- :func:`get_entry` one entry by article id;
- :func:`count_entries`, :func:`bytes_used`;
- :func:`iter_entries` every entry of a time range in chunks, optionally only those whose
  stored filter passes a :class:`~services.history.prefilter.FilterProbe` (backtest).
"""

from __future__ import annotations

import logging
import time
import zlib
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from services.core import keys
from services.core.logs import escape
from services.core.settings import Settings
from services.history.prefilter import FilterProbe

log = logging.getLogger(__name__)

SCHEMA_VERSION = 1
COMPRESSION_LEVEL = 6
# Redis's own cost of one entry (two hash fields, one sorted-set member), counted against the
# byte cap with the stored bytes so the cap tracks memory, not just payload.
ENTRY_OVERHEAD_BYTES = 160
MAX_ENTRY_BYTES = 8 * 1024 * 1024  # a decompressed entry larger than this is not read
PAGE_MAX = 500  # entries per list_entries page
CHUNK = 2000  # entries per Redis round trip when iterating
SCAN_MAX = 2_000_000  # ids one iteration reads (the byte cap keeps the archive far below)
TRIM_STEP = 1000  # entries one trim script call may drop (bounds the server's busy time)
TRIM_STEPS_MAX = 50  # script calls per trim (a lowered setting catches up over batches)
EXCERPT_MAX_CHARS = 2000  # of a rejected article's raw content


class ArchiveEntry(BaseModel):
    """One archived article, as the worker cleaned it and what came of it.

    ``status`` is ``processed`` (cleaned and matched; ``rules`` lists the rules that matched,
    ``alert_ids`` the alerts it queued) or ``rejected`` (``reason`` says why; ``excerpt``
    holds the start of the raw content, ``title`` and ``body`` what was known).
    ``story_copy`` is True when the article joined an earlier article's story.
    """

    model_config = ConfigDict(frozen=True, extra="ignore", hide_input_in_errors=True)

    schema_version: int = SCHEMA_VERSION
    article_id: str
    status: Literal["processed", "rejected"] = "processed"
    reason: str | None = None
    source: str = ""
    origin: str = ""
    origin_ref: str = ""
    title: str = ""
    body: str = ""
    excerpt: str = ""
    url: str | None = None
    language: str | None = None
    published_at: datetime | None = None
    received_at: datetime
    archived_at: datetime = Field(default_factory=lambda: datetime.now(UTC))
    story_id: str | None = None
    story_version: int = 0
    story_copy: bool = False
    rules: list[str] = Field(default_factory=list)
    alert_ids: list[str] = Field(default_factory=list)
    rules_version: str | None = None

    @property
    def received_ms(self) -> int:
        """The entry's place in the time index."""
        return epoch_ms(self.received_at)


@dataclass(frozen=True)
class ArchiveConfig:
    """Retention and byte cap (NEWSWATCH_ARCHIVE_DAYS, NEWSWATCH_ARCHIVE_MAX_BYTES)."""

    days: int = 7
    max_bytes: int = 512 * 1024 * 1024

    @classmethod
    def from_settings(cls, settings: Settings) -> ArchiveConfig:
        return cls(settings.archive_days, settings.archive_max_bytes)

    @property
    def enabled(self) -> bool:
        return self.days > 0


@dataclass(frozen=True)
class StoredEntry:
    """An entry encoded for Redis: what :func:`add_entries` writes."""

    article_id: str
    received_ms: int
    doc: bytes
    word_filter: bytes

    @property
    def size(self) -> int:
        return len(self.doc) + len(self.word_filter) + ENTRY_OVERHEAD_BYTES


@dataclass(frozen=True)
class ArchivePage:
    """One page of :func:`list_entries`; ``next_offset`` is None on the last page."""

    entries: list[ArchiveEntry]
    total: int
    next_offset: int | None


@dataclass(frozen=True)
class TrimResult:
    expired: int
    over_cap: int
    bytes_left: int

    @property
    def dropped(self) -> int:
        return self.expired + self.over_cap


def epoch_ms(moment: datetime) -> int:
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return int(moment.timestamp() * 1000)


def encode_entry(entry: ArchiveEntry, word_filter: bytes = b"") -> StoredEntry:
    """Compact JSON, zlib-compressed; raises on text JSON cannot carry (that article fails)."""
    data = entry.model_dump_json(exclude_defaults=True).encode("utf-8")
    received = min(entry.received_ms, int(time.time() * 1000))  # never in the future
    return StoredEntry(
        entry.article_id, received, zlib.compress(data, COMPRESSION_LEVEL), word_filter
    )


def decode_entry(blob: bytes) -> ArchiveEntry:
    """The entry of a stored blob; ValueError when it is not one (or decompresses too big)."""
    inflater = zlib.decompressobj()
    try:
        data = inflater.decompress(blob, MAX_ENTRY_BYTES)
    except zlib.error as exc:
        raise ValueError(f"corrupt archive entry: {exc}") from None
    if inflater.unconsumed_tail:
        raise ValueError("archive entry larger than the read bound")
    return ArchiveEntry.model_validate_json(data)


# KEYS: times, docs, filters, bytes. ARGV: overhead, then (id, score, doc, filter) per entry.
# Replacing an entry (the same article processed again) first takes back its old size.
_ADD_SCRIPT = """
local overhead = tonumber(ARGV[1])
local delta = 0
for i = 2, #ARGV, 4 do
  local id = ARGV[i]
  if redis.call('HEXISTS', KEYS[2], id) == 1 then
    delta = delta - redis.call('HSTRLEN', KEYS[2], id) - redis.call('HSTRLEN', KEYS[3], id)
      - overhead
  end
  redis.call('HSET', KEYS[2], id, ARGV[i + 2])
  redis.call('HSET', KEYS[3], id, ARGV[i + 3])
  redis.call('ZADD', KEYS[1], ARGV[i + 1], id)
  delta = delta + #ARGV[i + 2] + #ARGV[i + 3] + overhead
end
return redis.call('INCRBY', KEYS[4], delta)
"""

# KEYS: times, docs, filters, bytes. ARGV: cutoff score, max bytes, max drops, overhead.
# Drops entries older than the cutoff, then the oldest while over the cap; at most max drops.
_TRIM_SCRIPT = """
local limit = tonumber(ARGV[3])
local overhead = tonumber(ARGV[4])
local function drop(id)
  local size = redis.call('HSTRLEN', KEYS[2], id) + redis.call('HSTRLEN', KEYS[3], id) + overhead
  redis.call('HDEL', KEYS[2], id)
  redis.call('HDEL', KEYS[3], id)
  redis.call('ZREM', KEYS[1], id)
  redis.call('DECRBY', KEYS[4], size)
end
local expired = 0
local old = redis.call('ZRANGEBYSCORE', KEYS[1], '-inf', '(' .. ARGV[1], 'LIMIT', 0, limit)
for _, id in ipairs(old) do
  drop(id)
  expired = expired + 1
end
local over = 0
local used = tonumber(redis.call('GET', KEYS[4]) or '0')
while used > tonumber(ARGV[2]) and expired + over < limit do
  local oldest = redis.call('ZRANGE', KEYS[1], 0, 0)
  if #oldest == 0 then
    redis.call('SET', KEYS[4], 0)
    used = 0
    break
  end
  drop(oldest[1])
  over = over + 1
  used = tonumber(redis.call('GET', KEYS[4]))
end
if redis.call('ZCARD', KEYS[1]) == 0 then
  redis.call('SET', KEYS[4], 0)
  used = 0
end
return {expired, over, used}
"""

_KEYS = [keys.ARCHIVE_TIMES, keys.ARCHIVE_DOCS, keys.ARCHIVE_FILTERS, keys.ARCHIVE_BYTES]


def add_entries(pipe: Any, entries: Sequence[StoredEntry]) -> None:
    """Queue the entries' write on ``pipe`` (the worker's MULTI that deletes raw articles)."""
    if not entries:
        return
    args: list[Any] = [ENTRY_OVERHEAD_BYTES]
    for entry in entries:
        args += [entry.article_id, entry.received_ms, entry.doc, entry.word_filter]
    pipe.eval(_ADD_SCRIPT, len(_KEYS), *_KEYS, *args)


def trim(redis: Any, config: ArchiveConfig, now: float | None = None) -> TrimResult:
    """Drop entries older than ``config.days``, then the oldest while over ``max_bytes``.

    Works in script calls of at most TRIM_STEP drops (the server stays responsive), at most
    TRIM_STEPS_MAX calls; logs one line when anything was dropped.
    """
    now = time.time() if now is None else now
    cutoff = int((now - config.days * 86400) * 1000)
    expired = over = 0
    left = 0
    for _ in range(TRIM_STEPS_MAX):
        result = redis.eval(
            _TRIM_SCRIPT,
            len(_KEYS),
            *_KEYS,
            cutoff,
            config.max_bytes,
            TRIM_STEP,
            ENTRY_OVERHEAD_BYTES,
        )
        step_expired, step_over, left = (int(x) for x in result)
        expired, over = expired + step_expired, over + step_over
        if step_expired + step_over < TRIM_STEP:
            break
    outcome = TrimResult(expired, over, left)
    if outcome.dropped:
        log.info(
            "archive trimmed: %d article(s) older than %d day(s), %d over the %d-byte cap; "
            "%d bytes kept",
            expired,
            config.days,
            over,
            config.max_bytes,
            left,
        )
    return outcome


# --- read API ---------------------------------------------------------------------------


def _range(since: datetime | None, until: datetime | None) -> tuple[str | int, str | int]:
    low: str | int = epoch_ms(since) if since else "-inf"
    high: str | int = epoch_ms(until) if until else "+inf"
    return low, high


def count_entries(redis: Any, since: datetime | None = None, until: datetime | None = None) -> int:
    """How many entries were received in [since, until] (whole archive without bounds)."""
    low, high = _range(since, until)
    return int(redis.zcount(keys.ARCHIVE_TIMES, low, high))


def bytes_used(redis: Any) -> int:
    """Bytes the archive counts against NEWSWATCH_ARCHIVE_MAX_BYTES."""
    return int(redis.get(keys.ARCHIVE_BYTES) or 0)


def get_entry(redis: Any, article_id: str) -> ArchiveEntry | None:
    """One entry by article id; None when it is not (or no longer) archived or unreadable."""
    blob = redis.hget(keys.ARCHIVE_DOCS, article_id)
    return None if blob is None else _decoded(article_id, blob)


def list_entries(
    redis: Any,
    *,
    since: datetime | None = None,
    until: datetime | None = None,
    offset: int = 0,
    limit: int = 50,
) -> ArchivePage:
    """One page of entries received in [since, until], newest first.

    ``limit`` is capped at PAGE_MAX; pass ``next_offset`` back for the next page. Articles
    archived meanwhile shift the offsets: for a stable listing, page with the first page's
    time as ``until`` (an entry received later than it then never appears).
    """
    limit = max(1, min(limit, PAGE_MAX))
    offset = max(0, offset)
    low, high = _range(since, until)
    ids = [_text(i) for i in redis.zrevrangebyscore(keys.ARCHIVE_TIMES, high, low, offset, limit)]
    total = int(redis.zcount(keys.ARCHIVE_TIMES, low, high))
    entries = _load(redis, ids)
    more = offset + len(ids) < total and len(ids) == limit
    return ArchivePage(entries, total, offset + limit if more else None)


def iter_entries(
    redis: Any,
    *,
    since: datetime | None = None,
    until: datetime | None = None,
    probe: FilterProbe | None = None,
    chunk: int = CHUNK,
    stats: IterStats | None = None,
) -> Iterator[ArchiveEntry]:
    """Every entry received in [since, until], newest first, read ``chunk`` at a time.

    The ids are read once, up front (one reply, at most SCAN_MAX ids): entries archived
    meanwhile are not seen, entries trimmed meanwhile are skipped. With ``probe``, each
    chunk's word filters are read first (one round trip) and only the entries they let
    through are fetched and decompressed. ``stats`` counts both.
    """
    low, high = _range(since, until)
    ids = [_text(i) for i in redis.zrevrangebyscore(keys.ARCHIVE_TIMES, high, low, 0, SCAN_MAX)]
    for start in range(0, len(ids), chunk):
        part = ids[start : start + chunk]
        if stats is not None:
            stats.scanned += len(part)
        if probe is not None:
            filters = redis.hmget(keys.ARCHIVE_FILTERS, part)
            part = [i for i, blob in zip(part, filters, strict=True) if probe.may_match(blob)]
        if stats is not None:
            stats.decoded += len(part)
        yield from _load(redis, part)


@dataclass
class IterStats:
    """What :func:`iter_entries` did: entries in range, and entries decompressed."""

    scanned: int = 0
    decoded: int = 0


def _load(redis: Any, ids: list[str]) -> list[ArchiveEntry]:
    if not ids:
        return []
    blobs = redis.hmget(keys.ARCHIVE_DOCS, ids)
    found = []
    for article_id, blob in zip(ids, blobs, strict=True):
        if blob is not None and (entry := _decoded(article_id, blob)) is not None:
            found.append(entry)
    return found


def _decoded(article_id: str, blob: bytes) -> ArchiveEntry | None:
    try:
        return decode_entry(blob)
    except ValueError as exc:
        log.warning("archive entry %s unreadable: %s", escape(article_id), escape(str(exc)))
        return None


def _text(value: bytes | str) -> str:
    return value.decode("utf-8", "replace") if isinstance(value, bytes) else value
