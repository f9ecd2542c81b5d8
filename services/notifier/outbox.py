"""What the notifier sends: one alert, or a digest of several. Stored in Redis as JSON while
some target still has to get it (a retry or a parked delivery reads it back by id)."""

from __future__ import annotations

import hashlib
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from services.core import keys
from services.core.models import ID_PATTERN, AlertMessage


class Outgoing(BaseModel):
    """A message for the targets carrying `notify` tags (all targets when empty)."""

    model_config = ConfigDict(frozen=True, extra="forbid", hide_input_in_errors=True)

    schema_version: Literal[1] = 1
    id: str = Field(pattern=ID_PATTERN)
    kind: Literal["alert", "digest"]
    rule: str
    notify: list[str] = Field(default_factory=list)
    template: str | None = None
    alerts: list[AlertMessage] = Field(min_length=1)
    since: float | None = Field(default=None, description="digest: epoch s of the first match")

    @classmethod
    def single(cls, alert: AlertMessage) -> Outgoing:
        """One alert on its own; its id is the alert's, so (rule, story, target) is once."""
        return cls(
            id=alert.alert_id,
            kind="alert",
            rule=alert.rule,
            notify=list(alert.notify),
            template=alert.delivery.template,
            alerts=[alert],
        )

    @property
    def headline(self) -> str:
        """A short description for operators (CLI listings, logs)."""
        if self.kind == "alert":
            return self.alerts[0].title
        return f"digest of {len(self.alerts)} match(es)"


def rule_key(rule: str) -> str:
    """A rule name as it appears in Redis keys and job ids (names may hold any character)."""
    return hashlib.sha256(rule.encode()).hexdigest()[:16]


def save(redis: Any, message: Outgoing) -> None:
    redis.set(
        keys.outgoing(message.id),
        message.model_dump_json(),
        ex=keys.OUTGOING_TTL_SECONDS,
    )


def load(redis: Any, message_id: str) -> Outgoing | None:
    raw = redis.get(keys.outgoing(message_id))
    return None if raw is None else Outgoing.model_validate_json(raw)
