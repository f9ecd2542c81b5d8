"""One alert history record: a decision about an alert, or one target's delivery outcome.

Vocabulary (the `event` of a record):

- decisions (`kind: decision`), made once per alert (a copy adds a `duplicate` record):
  `queued` (sent now: put on the targets' lanes, or written to the alert log),
  `held` (waits for the rule's digest, its `min_interval` or its `max_per_hour`; the reason
  says which and until when), `quiet-hours` (waits for the rule's quiet hours to end),
  `duplicate` (suppressed: a copy of a story this rule already alerted), `muted` (its
  (rule, story) is muted: not sent), `no-channel` (no configured channel has its tags);
- delivery outcomes (`kind: delivery`), per target and attempt: `sent`, `retrying` (a
  transient failure; another attempt is due), `parked` (failed for good or out of attempts:
  `newswatch alerts failed`).

A record names a target by a display name (service and host, see `channels.target_name`)
and its opaque id, never by its apprise URL. Article text is hostile: every text field is cut
to a bound before it is stored.
"""

from __future__ import annotations

import hashlib
import time
import typing
from dataclasses import dataclass
from typing import Literal

from pydantic import BaseModel, ConfigDict

from services.core.models import AlertMessage
from services.core.settings import Settings

Decision = Literal["queued", "held", "quiet-hours", "duplicate", "muted", "no-channel"]
Outcome = Literal["sent", "retrying", "parked"]
DECISIONS: tuple[Decision, ...] = typing.get_args(Decision)
OUTCOMES: tuple[Outcome, ...] = typing.get_args(Outcome)

MAX_TITLE_CHARS = 500
MAX_URL_CHARS = 2048
MAX_SHORT_CHARS = 200
MAX_REASON_CHARS = 500
DAY_SECONDS = 86400


class AlertRecord(BaseModel):
    """One decision or delivery outcome of one alert, as stored (JSON) and listed."""

    model_config = ConfigDict(frozen=True, extra="forbid", hide_input_in_errors=True)

    alert_id: str
    rule: str
    story_id: str
    article_id: str
    title: str
    source: str
    url: str | None = None
    kind: Literal["decision", "delivery"]
    event: Decision | Outcome
    target: str | None = None
    target_id: str | None = None
    reason: str = ""
    attempt: int | None = None
    message_id: str | None = None
    at: float


@dataclass(frozen=True)
class TargetRef:
    """A delivery target as history names it: opaque id and a display name (no secret)."""

    id: str
    name: str


@dataclass(frozen=True)
class HistoryBounds:
    """How long and how much history is kept (`keep_seconds` 0: none)."""

    keep_seconds: int = 7 * DAY_SECONDS
    max_alerts: int = 50_000
    records_per_alert: int = 64

    @classmethod
    def from_settings(cls, settings: Settings) -> HistoryBounds:
        return cls(
            keep_seconds=settings.archive_days * DAY_SECONDS,
            max_alerts=settings.alert_history_max_alerts,
        )


def clip(text: str | None, limit: int) -> str:
    """Text cut to `limit` characters (with an ellipsis), no NUL; '' for None."""
    value = (text or "").replace("\x00", "")
    return value if len(value) <= limit else value[: limit - 1] + "…"


def rule_key(rule: str) -> str:
    """A rule name as it appears in history keys (names may hold any character)."""
    return hashlib.sha256(rule.encode()).hexdigest()[:16]


def _fields(alert: AlertMessage) -> dict[str, object]:
    return {
        "alert_id": alert.alert_id,
        "rule": clip(alert.rule, MAX_SHORT_CHARS),
        "story_id": alert.story_id,
        "article_id": alert.article_id,
        "title": clip(alert.title, MAX_TITLE_CHARS),
        "source": clip(alert.source, MAX_SHORT_CHARS),
        "url": clip(alert.url, MAX_URL_CHARS) or None,
    }


def decision(
    alert: AlertMessage, event: Decision, reason: str = "", at: float | None = None
) -> AlertRecord:
    """The record of a decision about `alert`."""
    return AlertRecord(
        **_fields(alert),  # type: ignore[arg-type]
        kind="decision",
        event=event,
        reason=clip(reason, MAX_REASON_CHARS),
        at=time.time() if at is None else at,
    )


def outcome(
    alert: AlertMessage,
    target: TargetRef,
    event: Outcome,
    *,
    reason: str = "",
    attempt: int | None = None,
    message_id: str | None = None,
    at: float | None = None,
) -> AlertRecord:
    """The record of one delivery attempt's outcome for one target."""
    return AlertRecord(
        **_fields(alert),  # type: ignore[arg-type]
        kind="delivery",
        event=event,
        target=clip(target.name, MAX_SHORT_CHARS),
        target_id=target.id,
        reason=clip(reason, MAX_REASON_CHARS),
        attempt=attempt,
        message_id=message_id,
        at=time.time() if at is None else at,
    )
