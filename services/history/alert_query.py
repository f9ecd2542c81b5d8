"""Reading the alert history: one alert with its outcome per target, or a page of alerts.

The read API of `newswatch alerts history` and the web console:

- `get_alert(redis, alert_id) -> AlertHistory | None`
- `list_alerts(redis, *, since=None, until=None, rule=None, source=None, text=None,
  offset=0, limit=50) -> AlertPage`: newest first (by the time of each alert's latest
  record); `rule` uses its index, `source` (exact, case-insensitive) and `text` (substring of
  title, url, source or rule, case-insensitive) filter while walking the time index, at most
  `MAX_SCANNED` alerts per call. Page with `offset`; `AlertPage.next_offset` is None on the
  last page.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from services.core import keys
from services.history.records import AlertRecord, Decision, Outcome, rule_key

MAX_LIMIT = 500
MAX_SCANNED = 20_000
CHUNK = 200


class TargetOutcome(BaseModel):
    """The latest delivery outcome of an alert for one target."""

    model_config = ConfigDict(frozen=True)

    target: str
    target_id: str | None
    outcome: Outcome
    reason: str
    attempt: int | None
    at: float


class AlertHistory(BaseModel):
    """One alert: what it is, what was decided, and where it went (latest per target)."""

    model_config = ConfigDict(frozen=True)

    alert_id: str
    rule: str
    story_id: str
    article_id: str
    title: str
    source: str
    url: str | None
    decision: Decision
    decision_reason: str
    decided_at: float
    last_at: float
    copies: int = Field(description="later copies of the story suppressed as duplicates")
    targets: list[TargetOutcome]
    records: list[AlertRecord]

    def matches(self, source: str | None, text: str | None) -> bool:
        """Whether the alert passes the `source` and `text` filters of `list_alerts`."""
        if source is not None and self.source.casefold() != source.casefold():
            return False
        if text is None:
            return True
        needle = text.casefold()
        fields = (self.title, self.url or "", self.source, self.rule)
        return any(needle in value.casefold() for value in fields)


class AlertPage(BaseModel):
    """A page of alerts, newest first; `next_offset` for the next page (None: last page).
    `complete` is False when the walk stopped at MAX_SCANNED alerts before the index ended
    (a `source`/`text` filter over a long history): narrow the time range to see further."""

    model_config = ConfigDict(frozen=True)

    alerts: list[AlertHistory]
    next_offset: int | None
    complete: bool = True


def summarise(records: Sequence[AlertRecord]) -> AlertHistory | None:
    """An alert's view from its records (oldest first); None when there are none."""
    if not records:
        return None
    decisions = [r for r in records if r.kind == "decision"]
    chosen = [r for r in decisions if r.event != "duplicate"] or decisions or list(records)
    decided = chosen[-1]
    head = next((r for r in records if r.kind == "delivery" or r.event != "duplicate"), records[0])
    latest: dict[str, AlertRecord] = {}
    for item in records:
        if item.kind == "delivery":
            latest[item.target_id or item.target or ""] = item
    return AlertHistory(
        alert_id=head.alert_id,
        rule=head.rule,
        story_id=head.story_id,
        article_id=head.article_id,
        title=head.title,
        source=head.source,
        url=head.url,
        decision=decided.event if decided.kind == "decision" else "queued",  # type: ignore[arg-type]
        decision_reason=decided.reason,
        decided_at=decided.at,
        last_at=max(r.at for r in records),
        copies=sum(1 for r in decisions if r.event == "duplicate" and r is not decided),
        targets=[_target(r) for r in latest.values()],
        records=list(records),
    )


def _target(item: AlertRecord) -> TargetOutcome:
    return TargetOutcome(
        target=item.target or "",
        target_id=item.target_id,
        outcome=item.event,  # type: ignore[arg-type]
        reason=item.reason,
        attempt=item.attempt,
        at=item.at,
    )


def parse_records(raw: Sequence[bytes | str]) -> list[AlertRecord]:
    """Stored records, skipping any that do not validate (written by another version)."""
    parsed = []
    for item in raw:
        try:
            parsed.append(AlertRecord.model_validate_json(item))
        except ValidationError:
            continue
    return parsed


def get_alert(redis: Any, alert_id: str) -> AlertHistory | None:
    """One alert's history, or None when it has none (unknown, or older than the history)."""
    return summarise(parse_records(redis.lrange(keys.alert_history(alert_id), 0, -1)))


def list_alerts(
    redis: Any,
    *,
    since: float | None = None,
    until: float | None = None,
    rule: str | None = None,
    source: str | None = None,
    text: str | None = None,
    offset: int = 0,
    limit: int = 50,
) -> AlertPage:
    """Alerts whose latest record is within [since, until], newest first (see module doc)."""
    limit = max(1, min(limit, MAX_LIMIT))
    found: list[AlertHistory] = []
    skipped = 0
    walk = _Walk(redis, since, until, rule)
    for alert in walk:
        if not alert.matches(source, text):
            continue
        if skipped < offset:
            skipped += 1
            continue
        if len(found) == limit:
            return AlertPage(alerts=found, next_offset=offset + limit)
        found.append(alert)
    return AlertPage(alerts=found, next_offset=None, complete=not walk.truncated)


class _Walk:
    """Alerts from the index, newest first, read CHUNK at a time, at most MAX_SCANNED;
    `truncated` once it stopped at that bound with more left."""

    def __init__(self, redis: Any, since: float | None, until: float | None, rule: str | None):
        self.redis, self.rule = redis, rule
        self.index = (
            keys.ALERT_HISTORY_BY_TIME if rule is None else keys.alert_history_rule(rule_key(rule))
        )
        self.high = "+inf" if until is None else until
        self.low = "-inf" if since is None else since
        self.truncated = False

    def __iter__(self) -> Iterator[AlertHistory]:
        start = 0
        while True:
            num = min(CHUNK, MAX_SCANNED - start)
            if num <= 0:
                self.truncated = bool(self._ids(start, 1))
                return
            ids = self._ids(start, num)
            if not ids:
                return
            pipe = self.redis.pipeline(transaction=False)
            for alert_id in ids:
                pipe.lrange(keys.alert_history(_text(alert_id)), 0, -1)
            for raw in pipe.execute():
                alert = summarise(parse_records(raw))
                if alert is not None and (self.rule is None or alert.rule == self.rule):
                    yield alert
            start += len(ids)

    def _ids(self, start: int, num: int) -> list[bytes]:
        found: list[bytes] = self.redis.zrevrangebyscore(
            self.index, self.high, self.low, start=start, num=num
        )
        return found


def _text(value: bytes | str) -> str:
    return value.decode() if isinstance(value, bytes) else value
