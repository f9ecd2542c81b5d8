"""Versioned messages that cross Redis. Dumped with ``mode="json"``, validated on arrival.

Rules, secrets and channel URLs never travel in a message: a job carries only what it needs
to find them again in its own process's configuration.
"""

from __future__ import annotations

import base64
import re
from datetime import UTC, datetime, time
from typing import Literal
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from services.core.cron import CronError, parse_cron
from services.core.durations import parse_duration

# RQ accepts only these characters in job ids; we derive ids from content with them.
ID_PATTERN = r"^[A-Za-z0-9_-]{1,128}$"


def utc_now() -> datetime:
    return datetime.now(UTC)


class Message(BaseModel):
    """Base of queue messages: immutable, strict about unknown fields."""

    model_config = ConfigDict(frozen=True, extra="forbid", hide_input_in_errors=True)


class ArticleMessage(Message):
    """One article as the poller found it, before decoding and cleaning."""

    schema_version: Literal[1] = 1
    id: str = Field(pattern=ID_PATTERN, description="content- or entry-derived identity")
    origin: Literal["feed", "drop"]
    source: str = Field(description="feed name, or the drop folder's source label")
    origin_ref: str = Field(description="drop file name or feed entry id, for operators")
    content_type: Literal["text", "html", "fragment", "article"] = Field(
        description="text: a page copied as text; html: a whole page; fragment: feed entry "
        "HTML; article: text that is already just the article (JSON drops)"
    )
    encoding: Literal["utf-8", "base64"] = Field(
        description="utf-8: content is the text; base64: raw bytes the worker must decode"
    )
    content: str
    title: str | None = Field(
        default=None,
        description="the source's title, raw (HTML for feed entries): show or store the "
        "cleaned one, workers.extract.Article.title",
    )
    url: str | None = None
    language: str | None = None
    published_at: datetime | None = None
    received_at: datetime = Field(default_factory=utc_now)
    authors: list[str] = Field(
        default_factory=list, description="author names the source gave (feed entries)"
    )

    @staticmethod
    def carry_bytes(data: bytes) -> tuple[Literal["utf-8", "base64"], str]:
        """(encoding, content): UTF-8 input as text, anything else as base64 for the worker."""
        try:
            return "utf-8", data.decode("utf-8")
        except UnicodeDecodeError:
            return "base64", base64.b64encode(data).decode("ascii")


class ArticleBatch(Message):
    """The payload of one job on the `articles` queue: the ids of several stored articles.

    Article JSON waits in its own Redis key (keys.article): RQ zlib-compresses job payloads,
    which cost the poller more than everything else it does per article.
    """

    schema_version: Literal[1] = 1
    article_ids: list[str] = Field(min_length=1)


class QuietHours(Message):
    """Hours when a rule's alerts wait; what was found is delivered as one digest after."""

    start: time
    end: time
    timezone: str = "UTC"

    @field_validator("timezone")
    @classmethod
    def _known_zone(cls, value: str) -> str:
        return _zone_name(value)


def _zone_name(value: str) -> str:
    try:
        ZoneInfo(value)
    except (ZoneInfoNotFoundError, ValueError):
        raise ValueError(f"unknown time zone {value!r} (use an IANA name)") from None
    return value


class DeliveryPolicy(Message):
    """How a rule's alerts are delivered. Evaluation never waits; only delivery does."""

    mode: Literal["immediate", "digest"] = "immediate"
    digest_every: float | None = Field(default=None, description="seconds, or 30m / 1h / 1d")
    digest_cron: str | None = Field(default=None, description="cron schedule for digests")
    min_interval: float | None = Field(default=None, description="debounce: at most one per")
    max_per_hour: int | None = Field(default=None, ge=1, description="then roll up the rest")
    quiet_hours: QuietHours | None = None
    template: str | None = Field(default=None, description="template name in config/templates")
    timezone: str = Field(default="UTC", description="time zone of digest_cron")

    @field_validator("digest_every", "min_interval", mode="before")
    @classmethod
    def _duration(cls, value: object) -> object:
        return None if value is None else parse_duration(value)

    @field_validator("digest_cron")
    @classmethod
    def _cron(cls, value: str | None) -> str | None:
        if value is not None:
            try:
                parse_cron(value)
            except CronError as exc:
                raise ValueError(f"digest_cron: {exc}") from None
        return value

    @field_validator("timezone")
    @classmethod
    def _known_zone(cls, value: str) -> str:
        return _zone_name(value)

    @field_validator("template")
    @classmethod
    def _template_name(cls, value: str | None) -> str | None:
        if value is not None and not re.fullmatch(r"[A-Za-z0-9_-]{1,64}", value):
            raise ValueError("template: a name of letters, digits, '-' and '_' (no path)")
        return value


class AlertMessage(Message):
    """One rule matched one story: the payload of one job on the `alerts` queue."""

    schema_version: Literal[1] = 1
    alert_id: str = Field(pattern=ID_PATTERN)
    rule: str
    rules_version: str
    notify: list[str] = Field(default_factory=list, description="channel tags; empty: all")
    article_id: str
    story_id: str
    title: str
    source: str
    language: str | None = None
    url: str | None = None
    published_at: datetime | None = None
    matched_terms: list[str]
    snippet: str
    authors: list[str] = Field(default_factory=list, description="the article's author names")
    also_reported_by: list[str] = Field(
        default_factory=list, description="sources of other copies of this story"
    )
    story_version: int = Field(
        default=0, ge=0, description="0: the story's first alert; n: its n-th material update"
    )
    delivery: DeliveryPolicy = Field(default_factory=DeliveryPolicy)
    matched_at: datetime = Field(default_factory=utc_now)


class JsonDrop(BaseModel):
    """The documented JSON drop: one article with `text` or `html`."""

    model_config = ConfigDict(extra="ignore", hide_input_in_errors=True)

    title: str | None = None
    url: str | None = None
    published: datetime | None = None
    text: str | None = None
    html: str | None = None
    source: str | None = None
    language: str | None = None

    @model_validator(mode="after")
    def _needs_content(self) -> JsonDrop:
        if not (self.text or self.html):
            raise ValueError("a JSON drop needs a non-empty `text` or `html`")
        return self
