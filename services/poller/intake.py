"""Queue new articles exactly once: skip seen identities, enqueue and mark seen atomically."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from services.core import keys
from services.core.models import ArticleBatch, ArticleMessage
from services.core.queues import articles_queue, batch_job_data


@dataclass(frozen=True)
class IntakeResult:
    queued: int
    duplicates: int


class Intake:
    """Hands articles to the `articles` queue in batches of `batch_size`."""

    def __init__(self, redis: Any, batch_size: int, seen_ttl_seconds: int) -> None:
        self.redis = redis
        self.batch_size = batch_size
        self.seen_ttl_seconds = seen_ttl_seconds
        self.queue = articles_queue(redis)

    def submit(self, articles: Sequence[ArticleMessage]) -> IntakeResult:
        """Queue the articles never seen before; the rest count as duplicates."""
        fresh = self.unseen(articles)
        for start in range(0, len(fresh), self.batch_size):
            self._enqueue(fresh[start : start + self.batch_size])
        duplicates = len(articles) - len(fresh)
        if duplicates:
            self.redis.hincrby(keys.STATS, "duplicates", duplicates)
        return IntakeResult(len(fresh), duplicates)

    def unseen(self, articles: Sequence[ArticleMessage]) -> list[ArticleMessage]:
        """The articles whose identity has not been queued before (first of each id)."""
        unique = list({a.id: a for a in reversed(articles)}.values())[::-1]
        if not unique:
            return []
        pipe = self.redis.pipeline(transaction=False)
        for article in unique:
            pipe.exists(keys.seen(article.id))
        flags = pipe.execute()
        return [a for a, seen in zip(unique, flags, strict=True) if not seen]

    def _enqueue(self, batch: Sequence[ArticleMessage]) -> None:
        # One MULTI/EXEC: articles, job and "seen" marks land together or not at all.
        pipe = self.redis.pipeline(transaction=True)
        for article in batch:
            pipe.set(
                keys.article(article.id), article.model_dump_json(), ex=keys.ARTICLE_TTL_SECONDS
            )
        job = batch_job_data(ArticleBatch(article_ids=[a.id for a in batch]))
        self.queue.enqueue_many([job], pipeline=pipe)
        for article in batch:
            pipe.set(keys.seen(article.id), 1, ex=self.seen_ttl_seconds)
        pipe.hincrby(keys.STATS, "articles_in", len(batch))
        pipe.execute()
