"""What the alert pages read and do: one alert's detail, its story's other sources, a mark.

A "not relevant" mark mutes the (rule, story) pair (services.history.mutes: the notifier
records the story's later copies and updates as `muted` and sends nothing) and records the
mark (services.history.feedback); a "relevant" mark is recorded and lifts such a mute.
"""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from services.core.settings import Settings
from services.history import feedback, mutes
from services.history.alert_query import AlertHistory, get_alert
from services.history.archive import ArchiveEntry, get_entry, list_entries
from services.history.records import DAY_SECONDS
from services.web.hits import LiveRules, marked
from services.web.models import AlertArticle, AlertDetail, MarkResult, StorySource

# The story's other sources are looked for among the archive entries received within
# STORY_SCAN_WINDOW of the alerted article: at most STORY_SCAN_MAX entries are read, at most
# STORY_SOURCES_MAX listed.
STORY_SCAN_WINDOW = timedelta(days=2)
STORY_SCAN_MAX = 1000
STORY_SOURCES_MAX = 20


def alert_detail(
    redis: Any, settings: Settings, rules: LiveRules, alert_id: str
) -> AlertDetail | None:
    """The alert's page data; None when it has no history (unknown or expired)."""
    alert = get_alert(redis, alert_id)
    if alert is None:
        return None
    entry = get_entry(redis, alert.article_id)
    article = None if entry is None else _article(entry, rules, alert.rule, settings)
    sources, complete = story_sources(redis, entry) if entry is not None else ([], True)
    return AlertDetail(
        alert=alert,
        article=article,
        story_sources=sources,
        story_sources_complete=complete,
        muted=mutes.is_muted(redis, alert.rule, alert.story_id),
        mark=feedback.get_mark(redis, alert.rule, alert.alert_id),
    )


def _article(entry: ArchiveEntry, rules: LiveRules, rule: str, settings: Settings) -> AlertArticle:
    return AlertArticle(
        article_id=entry.article_id,
        source=entry.source,
        url=entry.url,
        language=entry.language,
        received_at=entry.received_at,
        text=marked(entry, rules.get(), rule, settings.match_budget_seconds),
    )


def story_sources(redis: Any, entry: ArchiveEntry) -> tuple[list[StorySource], bool]:
    """Other archived articles of the entry's story (bounded, see above), newest first, and
    whether the scan covered the whole window."""
    if not entry.story_id:
        return [], True
    found: list[StorySource] = []
    offset: int | None = 0
    scanned = 0
    since, until = entry.received_at - STORY_SCAN_WINDOW, entry.received_at + STORY_SCAN_WINDOW
    while offset is not None and scanned < STORY_SCAN_MAX and len(found) < STORY_SOURCES_MAX:
        page = list_entries(redis, since=since, until=until, offset=offset, limit=500)
        scanned += len(page.entries)
        offset = page.next_offset
        found.extend(
            _source(other)
            for other in page.entries
            if other.story_id == entry.story_id and other.article_id != entry.article_id
        )
    return found[:STORY_SOURCES_MAX], offset is None


def _source(entry: ArchiveEntry) -> StorySource:
    return StorySource(
        article_id=entry.article_id,
        title=entry.title,
        source=entry.source,
        url=entry.url,
        received_at=entry.received_at,
        rules=entry.rules,
    )


def mark_alert(redis: Any, settings: Settings, alert: AlertHistory, relevant: bool) -> MarkResult:
    """Record the reader's mark; "not relevant" mutes the story for the rule, "relevant"
    lifts that mute."""
    keep = settings.archive_days * DAY_SECONDS
    if relevant:
        mutes.unmute(redis, alert.rule, alert.story_id)
    else:
        reason = f"marked not relevant on alert {alert.alert_id}"
        mutes.mute(redis, alert.rule, alert.story_id, reason=reason)
    entry = feedback.mark(
        redis,
        alert.alert_id,
        alert.rule,
        alert.story_id,
        alert.article_id,
        relevant,
        keep_seconds=keep,
    )
    return MarkResult(mark=entry, muted=not relevant)
