"""Poll each feed when due, with conditional GET, and keep its health in Redis.

A failing feed logs one clear line per failure and backs off exponentially (capped); it comes
back to its normal interval on the first success.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any

from services.core import keys, stats
from services.core.errors import NewswatchError
from services.core.models import ArticleMessage
from services.poller.feed_entries import entry_to_article, parse_feed
from services.poller.feeds_config import FeedConfig
from services.poller.fetch import FetchPolicy, fetch_url
from services.poller.intake import Intake

log = logging.getLogger(__name__)

MAX_BACKOFF_SECONDS = 6 * 3600.0
CONCURRENT_FETCHES = 8


@dataclass(frozen=True)
class PollResult:
    feed: str
    ok: bool
    queued: int = 0
    duplicates: int = 0


class FeedPoller:
    """Fetches feeds and hands their entries to the intake."""

    def __init__(self, redis: Any, intake: Intake, policy: FetchPolicy) -> None:
        self.redis = redis
        self.intake = intake
        self.policy = policy

    def poll_all(self, feeds: Sequence[FeedConfig]) -> list[PollResult]:
        """Poll every enabled feed now, a few at a time."""
        enabled = [f for f in feeds if f.enabled]
        with ThreadPoolExecutor(max_workers=CONCURRENT_FETCHES) as pool:
            return list(pool.map(self.poll, enabled))

    def poll_due(self, feeds: Sequence[FeedConfig]) -> list[PollResult]:
        now = time.time()
        due = [f for f in feeds if f.enabled and self._next_due(f) <= now]
        return self.poll_all(due) if due else []

    def poll(self, feed: FeedConfig) -> PollResult:
        """Fetch one feed and queue its new entries; failures are recorded, never raised."""
        state = self._state(feed)
        try:
            result = fetch_url(
                feed.url,
                self.policy,
                etag=state.get("etag"),
                last_modified=state.get("last_modified"),
            )
            entries = (
                [] if result.not_modified else parse_feed(result.body, result.headers, feed.url)
            )
        except NewswatchError as exc:
            self._record_failure(feed, state, exc)
            return PollResult(feed.name, ok=False)
        articles = [a for a in (entry_to_article(feed, e) for e in entries) if a is not None]
        if feed.full_text:
            # Only new entries cost a page fetch; seen ones are counted as duplicates below.
            fresh = {a.id for a in self.intake.unseen(articles)}
            articles = [self._with_page(feed, a) if a.id in fresh else a for a in articles]
        outcome = self.intake.submit(articles)
        self._record_success(feed, result.etag, result.last_modified, len(articles))
        if outcome.queued:
            log.info("feed %s: queued %d new entr(ies)", feed.name, outcome.queued)
        return PollResult(feed.name, True, outcome.queued, outcome.duplicates)

    def _with_page(self, feed: FeedConfig, article: ArticleMessage) -> ArticleMessage:
        """The entry with its linked page as content; the entry itself if the page fails."""
        if not article.url:
            return article
        try:
            page = fetch_url(article.url, self.policy)
        except NewswatchError as exc:
            log.warning("feed %s: linked page not fetched, using the entry: %s", feed.name, exc)
            return article
        encoding, content = ArticleMessage.carry_bytes(page.body)
        return article.model_copy(
            update={"content_type": "html", "encoding": encoding, "content": content}
        )

    def _state(self, feed: FeedConfig) -> dict[str, str]:
        raw = self.redis.hgetall(keys.feed_state(feed.name))
        return {k.decode(): v.decode() for k, v in raw.items()}

    def _next_due(self, feed: FeedConfig) -> float:
        value = self.redis.hget(keys.feed_state(feed.name), "next_due")
        return float(value) if value else 0.0

    def _record_success(
        self, feed: FeedConfig, etag: str | None, last_modified: str | None, items: int
    ) -> None:
        now = time.time()
        key = keys.feed_state(feed.name)
        pipe = self.redis.pipeline(transaction=False)
        pipe.hset(
            key,
            mapping={
                "etag": etag or "",
                "last_modified": last_modified or "",
                "last_success": f"{now:.0f}",
                "failures": 0,
                "next_due": f"{now + feed.interval:.0f}",
            },
        )
        pipe.hincrby(key, "items_seen", items)
        pipe.expire(key, keys.FEED_STATE_TTL_SECONDS)
        pipe.execute()

    def _record_failure(self, feed: FeedConfig, state: dict[str, str], exc: NewswatchError) -> None:
        failures = int(state.get("failures") or 0) + 1
        delay = min(feed.interval * 2 ** (failures - 1), MAX_BACKOFF_SECONDS)
        retry_after = getattr(exc, "retry_after", None)
        if retry_after:
            delay = max(delay, float(retry_after))
        message = str(exc).splitlines()[0][:300]
        self.redis.hset(
            keys.feed_state(feed.name),
            mapping={
                "last_error": message,
                "last_error_at": f"{time.time():.0f}",
                "failures": failures,
                "next_due": f"{time.time() + delay:.0f}",
            },
        )
        stats.record_error(self.redis, f"feed {feed.name}", message)
        log.warning(
            "feed %s: %s (failure %d, next try in %.0fs)", feed.name, message, failures, delay
        )
