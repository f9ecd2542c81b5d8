"""Stored alerts for the console's alert tests: history records through the notifier's
own writer, and archive entries of the alerted articles (hostile text where asked)."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from services.history import alert_log, records
from services.history.archive import ArchiveEntry, add_entries, encode_entry
from services.history.records import HistoryBounds, TargetRef
from tests.support.notifier import make_alert

RULE = "lavrov-terrorism"


def store_alert(
    redis: Any,
    n: int,
    *,
    at: float,
    title: str | None = None,
    body: str = "Lavrov said the fight against terrorism must go on.",
    source: str = "tass.com",
    story: str | None = None,
    outcome: records.Outcome | None = "sent",
) -> str:
    """An alert decided `queued` at `at` (delivered with `outcome` to one target) and its
    article in the archive; the alert's id."""
    alert = make_alert(
        n,
        title=title or f"Lavrov speaks on terrorism ({n})",
        source=source,
        story_id=story or f"story-{n}",
    )
    written = [records.decision(alert, "queued", at=at)]
    if outcome is not None:
        target = TargetRef("target-1", "json 127.0.0.1")
        written.append(records.outcome(alert, target, outcome, attempt=1, at=at))
    alert_log.record(redis, written, HistoryBounds())
    archive_article(redis, alert.article_id, alert.title, body, source, alert.story_id, at, [RULE])
    return alert.alert_id


def archive_article(
    redis: Any,
    article_id: str,
    title: str,
    body: str,
    source: str,
    story_id: str,
    at: float,
    rules: list[str],
    url: str | None = None,
) -> None:
    entry = ArchiveEntry(
        article_id=article_id,
        source=source,
        title=title,
        body=body,
        url=url or f"https://{source}/{article_id}",
        language="en",
        received_at=datetime.fromtimestamp(at, UTC),
        story_id=story_id,
        rules=rules,
    )
    pipe = redis.pipeline(transaction=True)
    add_entries(pipe, [encode_entry(entry)])
    pipe.execute()
