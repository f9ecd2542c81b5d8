"""Queue new articles exactly once: skip seen identities, enqueue and mark seen atomically,
and return only once the writes are durable (fsynced to the server's append-only file).

Durability uses `WAITAOF 1 0 <timeout>` (Redis 7.2+, Valkey). A server that cannot answer it
(append-only persistence off, or an older Redis) is logged once and the intake carries on
with "written" rather than "fsynced" (see the README's operations section).
"""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import redis as redis_lib

from services.core import counters, keys, stats
from services.core.models import ArticleBatch, ArticleMessage
from services.core.queues import articles_queue, batch_job_data

log = logging.getLogger(__name__)

# How long the intake waits for the local fsync (Valkey's everysec policy: about a second).
WAITAOF_TIMEOUT_MS = 5000


class DurabilityTimeout(redis_lib.TimeoutError):
    """The server did not fsync the intake's writes in time: the caller retries (as an outage)."""


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
        self.fsync = True  # until the server says it cannot WAITAOF

    def wait_durable(self) -> None:
        """Block until every write so far is in the server's fsynced append-only file."""
        if not self.fsync:
            return
        try:
            local, _replicas = self.redis.waitaof(1, 0, WAITAOF_TIMEOUT_MS)
        except redis_lib.ResponseError as exc:
            self.fsync = False
            log.warning(
                "intake: the Redis server cannot confirm fsync (WAITAOF: %s); drops leave the "
                "inbox once written, not once fsynced",
                str(exc).splitlines()[0][:120],
            )
            return
        if int(local) < 1:
            raise DurabilityTimeout("Redis did not fsync the intake's writes in time")

    def submit(self, articles: Sequence[ArticleMessage]) -> IntakeResult:
        """Queue the articles never seen before; the rest count as duplicates."""
        fresh = self.unseen(articles)
        for start in range(0, len(fresh), self.batch_size):
            self._enqueue(fresh[start : start + self.batch_size])
        duplicates = len(articles) - len(fresh)
        if duplicates:
            self.redis.hincrby(keys.STATS, "duplicates", duplicates)
        if fresh:
            self.wait_durable()
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
        stats.bump(pipe, articles_in=len(batch))
        for origin, count in Counter(a.origin for a in batch).items():
            counters.bump_labelled(pipe, "articles_in_by_kind", origin, count)
        pipe.execute()
