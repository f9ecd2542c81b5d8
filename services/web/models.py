"""The JSON API's response and request models (shown by the OpenAPI page at /docs).

`Status` (services.status) is what `/api/status` returns, the same as `newswatch status
--json`; `Parked` (services.notifier.parking) is one parked delivery. Models of new page
groups go here too, so the API's vocabulary stays in one place.
"""

from __future__ import annotations

from datetime import datetime
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from services.core.counters import HourCounts
from services.history.alert_query import AlertHistory
from services.history.feedback import Mark
from services.notifier.parking import Parked
from services.status import Heartbeat, QueueStatus, Status
from services.web.hits import MarkedText
from workers.stories.records import StoryRecord

__all__ = [
    "Activity",
    "Deliveries",
    "FeedHealth",
    "Feeds",
    "Health",
    "Heartbeat",
    "HourCounts",
    "Parked",
    "QueueStatus",
    "Readiness",
    "RetryRequest",
    "RetryResult",
    "RulesState",
    "Status",
]

RETRY_IDS_MAX = 1000


class Activity(BaseModel):
    """Articles in, processed, matched and alerts sent per clock hour, oldest first."""

    hours: list[HourCounts]


class RulesState(BaseModel):
    """The rules the workers use: version, since when, stale (an invalid edit) and why."""

    reported: bool
    version: str = ""
    checked_at: float | None = None
    stale: bool = False
    error: str = ""


FeedState = Literal["ok", "failing", "degraded", "never polled"]


class FeedHealth(BaseModel):
    """One feed's health as the poller recorded it (times are epoch seconds)."""

    name: str
    state: FeedState
    last_poll: float | None = None
    last_success: float | None = None
    last_error: str = ""
    last_error_at: float | None = None
    failures: int = 0
    failing_since: float | None = None
    next_due: float | None = None
    backoff_seconds: float = Field(0.0, description="wait before the next try while failing")
    entries_seen: int = Field(0, description="entries read over all successful polls")
    failed_entries: int = Field(0, description="entries of the last poll that failed")


class Feeds(BaseModel):
    feeds: list[FeedHealth]


class Deliveries(BaseModel):
    """Parked deliveries (oldest first, at most `limit`), how many are parked in all, and how
    many wait on the targets' lanes."""

    parked: list[Parked]
    total: int
    waiting: int


class RetryRequest(BaseModel):
    """Which parked deliveries to send again: their ids, or all of them."""

    model_config = ConfigDict(extra="forbid", hide_input_in_errors=True)

    ids: list[str] = Field(default_factory=list, max_length=RETRY_IDS_MAX)
    all: bool = False

    @model_validator(mode="after")
    def _one_choice(self) -> RetryRequest:
        if self.all == bool(self.ids):
            raise ValueError("give either `ids` or `all: true`")
        if any(len(i) > 64 for i in self.ids):
            raise ValueError("an id is at most 64 characters")
        return self


class RetryResult(BaseModel):
    queued: list[Parked]
    missing: list[str]


class Health(BaseModel):
    status: Literal["ok"] = "ok"


class Readiness(BaseModel):
    """Ready when Redis answers and the workers have loaded rules."""

    ready: bool
    redis: bool
    rules_loaded: bool
    rules_stale: bool = False


# --- rules and the tester (issue 13, phase 2b) ---

QUERY_MAX_CHARS = 2000
RULE_NAME_MAX_CHARS = 200
ARTICLE_ID_MAX_CHARS = 128


class RuleRow(BaseModel):
    """One live rule: articles it matched in the last 24 h and 7 days (hourly counters the
    worker keeps), when it last matched, and its alerts in the same windows."""

    name: str
    description: str = ""
    query: str
    hits_24h: int = 0
    hits_7d: int = 0
    last_hit: float | None = None
    alerts_24h: int = 0
    alerts_7d: int = 0
    last_alert: float | None = None


class Rules(BaseModel):
    """The live rules (config/rules.yaml) and their version; `error` when it cannot be read."""

    version: str = ""
    error: str = ""
    rules: list[RuleRow]


class BacktestRequest(BaseModel):
    """A query to try on the archive: alone, or as an edit of the live rule `rule` (then
    the result lists what the edit adds and removes). `since` is how far back (`12h`,
    `7d`), at most the archive's days."""

    model_config = ConfigDict(extra="forbid", hide_input_in_errors=True)

    query: str = Field(min_length=1, max_length=QUERY_MAX_CHARS)
    rule: str | None = Field(default=None, max_length=RULE_NAME_MAX_CHARS)
    since: str = Field(default="7d", max_length=16)


class BacktestArticle(BaseModel):
    """One archived article the query matches, with its marked snippet."""

    article_id: str
    title: str
    source: str
    url: str | None
    snippet: str
    terms: list[str]
    story_id: str | None
    received_at: datetime


class BacktestResult(BaseModel):
    """What the query matches in the archive, newest first (at most `shown_max` listed of
    each list; the totals count all). `errors`: the query does not parse (nothing run).
    `complete` is False when the run stopped at its time budget (only the newest articles
    were read)."""

    query: str
    rule: str | None = None
    since_seconds: float
    errors: list[str] = Field(default_factory=list)
    warnings: list[str] = Field(default_factory=list)
    matches: list[BacktestArticle] = Field(default_factory=list)
    total: int = 0
    stories: int = 0
    added: list[BacktestArticle] | None = None
    removed: list[BacktestArticle] | None = None
    added_total: int = 0
    removed_total: int = 0
    scanned: int = 0
    decoded: int = 0
    over_budget: int = 0
    complete: bool = True
    shown_max: int


class WhyNot(BaseModel):
    """Why the query does (or does not) match one archived article: `lines` as
    `newswatch rules test --archive` says it."""

    article_id: str
    found: bool
    matched: bool = False
    title: str = ""
    lines: list[str] = Field(default_factory=list)


class NotSuggestion(BaseModel):
    """A word common in the articles marked not relevant and rare in the rule's other
    matches: `marked` of the marked articles hold it; adding `NOT term` to the rule would
    remove `removes` of its past matches (`others`: the other matches holding it)."""

    term: str
    marked: int
    others: int
    removes: int
    score: float


# --- alerts, stories and feedback (issue 13, phase 2a) ---


class AlertList(BaseModel):
    """A page of alerts, newest first; `next_offset` for the next page (None: the last).
    `complete` is False when a source/text filter stopped at its scan bound: narrow the
    time range to see further."""

    alerts: list[AlertHistory]
    next_offset: int | None
    complete: bool = True


class StorySource(BaseModel):
    """Another archived article of the alert's story."""

    article_id: str
    title: str
    source: str
    url: str | None
    received_at: datetime
    rules: list[str]


class AlertArticle(BaseModel):
    """The alerted article as archived, its text cut into segments with the hits marked."""

    article_id: str
    source: str
    url: str | None
    language: str | None
    received_at: datetime
    text: MarkedText


class AlertDetail(BaseModel):
    """One alert: its history (decision, outcome per target), the article with the rule's
    hits marked (None once it left the archive), the story's other sources, whether the
    (rule, story) is muted, and the reader's mark if any."""

    alert: AlertHistory
    article: AlertArticle | None
    story_sources: list[StorySource]
    story_sources_complete: bool
    muted: bool
    mark: Mark | None


class MarkRequest(BaseModel):
    """A reader's verdict on an alert: `relevant: false` also mutes its story for the rule."""

    model_config = ConfigDict(extra="forbid")

    relevant: bool


class MarkResult(BaseModel):
    mark: Mark
    muted: bool


class Stories(BaseModel):
    """Recent stories, newest first: where each ran and the rules that alerted for it."""

    stories: list[StoryRecord]
