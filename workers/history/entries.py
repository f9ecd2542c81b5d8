"""The archive entries of one batch: each processed article as cleaned, each rejected one
with its reason.

:class:`BatchRecord` collects, while a batch runs, what became of each article; after the
alerts are claimed, :func:`archive_entries` encodes one entry per article under that
article's own item guard (text that cannot be stored fails that article's entry, never the
batch). The worker writes them in the step that deletes the raw messages (workers.jobs).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from services.core.failures import ItemGuard
from services.core.models import AlertMessage, ArticleMessage
from services.history.archive import EXCERPT_MAX_CHARS, ArchiveEntry, StoredEntry, encode_entry
from services.history.prefilter import build_filter
from workers.history.filters import filter_items, filter_tag
from workers.pipeline import MatchedArticle
from workers.query import Document, analyze
from workers.stories import StoryAssignment

TITLE_MAX_CHARS = 1000  # of a rejected article's title as the source gave it


@dataclass(frozen=True)
class Rejection:
    """An article the batch could not process: its message when it was readable, and why."""

    article_id: str
    message: ArticleMessage | None
    reason: str


@dataclass
class BatchRecord:
    """What became of each article of a batch, in the order the batch saw them."""

    processed: list[tuple[MatchedArticle, StoryAssignment]] = field(default_factory=list)
    rejected: list[Rejection] = field(default_factory=list)

    def done(self, item: MatchedArticle, story: StoryAssignment) -> None:
        self.processed.append((item, story))

    def reject(self, article_id: str, message: ArticleMessage | None, reason: str) -> None:
        self.rejected.append(Rejection(article_id, message, reason))


def archive_entries(
    redis: Any, record: BatchRecord, alerts: Sequence[AlertMessage]
) -> list[StoredEntry]:
    """One encoded entry per article of the batch; an article whose entry cannot be built
    is recorded as that article's failure and left out."""
    alert_ids: dict[str, list[str]] = defaultdict(list)
    for alert in alerts:
        alert_ids[alert.article_id].append(alert.alert_id)
    stored: list[StoredEntry] = []
    for item, story in record.processed:
        with ItemGuard(redis, "article", f"{item.message.id} (archive)"):
            stored.append(processed_entry(item, story, alert_ids.get(item.message.id, [])))
    for rejection in record.rejected:
        with ItemGuard(redis, "article", f"{rejection.article_id} (archive)"):
            stored.append(rejected_entry(rejection))
    return stored


def processed_entry(
    item: MatchedArticle, story: StoryAssignment, alert_ids: Sequence[str]
) -> StoredEntry:
    """The entry of a cleaned and matched article, with its word filter."""
    message, article = item.message, item.article
    entry = ArchiveEntry(
        article_id=message.id,
        source=article.source,
        origin=message.origin,
        origin_ref=message.origin_ref,
        title=article.title,
        body=article.body,
        url=article.url,
        language=article.language,
        published_at=article.published_at,
        received_at=message.received_at,
        story_id=story.story_id,
        story_version=story.version,
        story_copy=story.joined,
        rules=[match.rule for match in item.matches],
        alert_ids=list(alert_ids),
        rules_version=item.rules_version,
    )
    return encode_entry(entry, word_filter(article.document()))


def word_filter(doc: Document) -> bytes:
    """The stored word filter of an article as the matcher sees it."""
    analyzed = analyze(doc)
    return build_filter(filter_tag(analyzed), filter_items(analyzed))


def rejected_entry(rejection: Rejection) -> StoredEntry:
    """The entry of a rejected article: what the message said, the start of its content."""
    message = rejection.message
    if message is None:
        entry = ArchiveEntry(
            article_id=rejection.article_id,
            status="rejected",
            reason=rejection.reason,
            received_at=datetime.now(UTC),
        )
        return encode_entry(entry)
    excerpt = message.content[:EXCERPT_MAX_CHARS] if message.encoding == "utf-8" else ""
    url = _storable(message.url) if message.url else None
    entry = ArchiveEntry(
        article_id=message.id,
        status="rejected",
        reason=rejection.reason,
        source=message.source,
        origin=message.origin,
        origin_ref=message.origin_ref,
        title=_storable((message.title or "")[:TITLE_MAX_CHARS]),
        excerpt=_storable(excerpt),
        url=url,
        language=_storable(message.language or "") or None,
        published_at=message.published_at,
        received_at=message.received_at,
    )
    return encode_entry(entry)


def _storable(text: str) -> str:
    """Hostile text as JSON can store it: lone surrogates replaced, NULs dropped."""
    return text.encode("utf-8", "replace").decode("utf-8").replace("\x00", "")
