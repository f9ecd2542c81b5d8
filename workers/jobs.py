"""RQ job entry points for the `articles` queue (enqueued by dotted path)."""

from __future__ import annotations

import logging
import time
from collections.abc import Sequence
from typing import Any

from services.core import counters, keys, stats
from services.core.failures import STORE_ERRORS, ItemGuard
from services.core.models import AlertMessage, ArticleBatch, ArticleMessage
from services.core.queues import content_job_id
from services.history.archive import ArchiveConfig, StoredEntry, add_entries, trim
from services.history.rule_hits import count_hits
from workers import context
from workers.alerts import claim_alerts, enqueue_alerts
from workers.history.entries import BatchRecord, archive_entries
from workers.limits import ArticleLimits
from workers.pipeline import (
    DEFAULT_LIMITS,
    ArticleResult,
    MatchedArticle,
    alerts_for,
    match_article,
)
from workers.rules.matcher import RuleSet
from workers.stories import StoryAssignment, StoryConfig, assign_stories, record_alerted_rules

log = logging.getLogger(__name__)


def process_batch(payload: dict[str, Any]) -> dict[str, int]:
    """Match a batch of articles and queue the alerts they raise."""
    ctx = context.current()
    batch = ArticleBatch.model_validate(payload)
    batch_id = content_job_id("articles", batch.article_ids)
    if ctx.redis.exists(keys.batch_done(batch_id)):
        return {"processed": 0, "alerts": 0, "rejected": 0}  # a re-run after it was stored
    rules = ctx.rules.current()  # compiled by the rules loop (workers.process), never here
    record = BatchRecord()
    articles = load_articles(ctx.redis, batch.article_ids, record)
    results, rejected = run_batch(ctx.redis, articles, rules, ctx.stories, ctx.limits, record)
    alerts = claim_alerts(ctx.redis, [a for r in results for a in r.alerts], ctx.history)
    enqueue_alerts(ctx.redis, alerts)
    archived = archive_entries(ctx.redis, record, alerts) if ctx.archive.enabled else []
    done = {r.article_id for r in results}
    waited = [time.time() - a.received_at.timestamp() for a in articles if a.id in done]
    finish_batch(
        ctx.redis,
        batch_id,
        batch.article_ids,
        alerts,
        ctx.stories,
        results,
        rejected,
        archived,
        waited,
        [match.rule for item, _ in record.processed for match in item.matches],
    )
    trim_archive(ctx.redis, ctx.archive)
    return {"processed": len(results), "alerts": len(alerts), "rejected": rejected}


def finish_batch(
    redis: Any,
    batch_id: str,
    article_ids: list[str],
    alerts: list[AlertMessage],
    stories: StoryConfig,
    results: list[ArticleResult],
    rejected: int,
    archived: Sequence[StoredEntry] = (),
    latencies: Sequence[float] = (),
    rule_hits: Sequence[str] = (),
) -> None:
    """One MULTI/EXEC: counters, the alerted rules, the archive entries written in place of
    the raw articles (deleted: they are processed) and the batch marked done, so a re-run
    neither counts nor reports it twice."""
    pipe = redis.pipeline(transaction=True)
    record_alerted_rules(pipe, alerts, stories.window_ms)
    stats.bump(
        pipe,
        processed=len(results),
        rejected=rejected,
        matched=sum(1 for r in results if r.alerts),
    )
    add_entries(pipe, archived)
    count_hits(pipe, rule_hits)  # per rule and hour, for the console's rules page
    counters.observe_many(pipe, "processing", latencies)  # intake to processed, per article
    pipe.delete(*[keys.article(i) for i in article_ids])
    pipe.set(keys.batch_done(batch_id), 1, ex=keys.BATCH_DONE_TTL_SECONDS)
    pipe.execute()


def trim_archive(redis: Any, config: ArchiveConfig) -> None:
    """Keep the archive within its days and byte cap; the batch is stored already, so a
    failure here is the trim's own (recorded), never the batch's."""
    with ItemGuard(redis, "archive", "trim"):
        trim(redis, config)


def load_articles(
    redis: Any, article_ids: list[str], record: BatchRecord | None = None
) -> list[ArticleMessage]:
    """The stored article messages; one that expired before a worker got to it is reported,
    one that is not a valid message is that article's failure (and ``record``'s rejection)."""
    stored = redis.mget([keys.article(i) for i in article_ids])
    articles = []
    for article_id, raw in zip(article_ids, stored, strict=True):
        if raw is None:
            message = f"article {article_id} expired before it was processed"
            log.error("%s", message)
            stats.record_error(redis, "worker", message)
            continue
        with ItemGuard(redis, "article", article_id) as guard:
            articles.append(ArticleMessage.model_validate_json(raw))
        if guard.failure is not None and record is not None:
            record.reject(article_id, None, guard.failure.reason)
    return articles


def run_batch(
    redis: Any,
    articles: list[ArticleMessage],
    rules: RuleSet,
    stories: StoryConfig | None = None,
    limits: ArticleLimits = DEFAULT_LIMITS,
    record: BatchRecord | None = None,
) -> tuple[list[ArticleResult], int]:
    """Match each article, find every article's story in one Redis call, then build alerts.

    Each article runs under its own item guard: whatever goes wrong with it (unusable input,
    a time budget overrun, an unexpected error from a library on hostile input) is recorded
    as that article's failure (`newswatch status` lists it) and the batch carries on.
    Returns the results and how many articles failed; ``record`` (for the archive) learns
    each article's outcome.
    """
    record = record or BatchRecord()
    matched: list[MatchedArticle] = []
    rejected = 0
    for article in articles:
        with ItemGuard(redis, "article", article_name(article)) as guard:
            matched.append(match_article(article, rules, limits))
        if guard.failure is not None:
            rejected += 1
            record.reject(article.id, article, guard.failure.reason)
    found = _stories(redis, matched, stories or StoryConfig())
    results = []
    for item, story in zip(matched, found, strict=True):
        if story is None:
            rejected += 1
            record.reject(item.message.id, item.message, "story assignment failed")
            continue
        with ItemGuard(redis, "article", article_name(item.message)) as guard:
            result = alerts_for(item, story)
            for alert in result.alerts:
                alert.model_dump_json()  # unserialisable text fails this article, not the batch
            results.append(result)
        if guard.failure is not None:
            rejected += 1
            record.reject(item.message.id, item.message, guard.failure.reason)
        else:
            record.done(item, story)
    return results, rejected


def article_name(article: ArticleMessage) -> str:
    """How an article is named in logs and the failed-items list: id, origin and URL."""
    url = f" {article.url}" if article.url else ""
    return f"{article.id} ({article.origin_ref}){url}"


def _stories(
    redis: Any, matched: list[MatchedArticle], config: StoryConfig
) -> list[StoryAssignment | None]:
    """Every article's story in one Redis call; if that call fails on the batch's data, one
    call per article under its own guard, so one bad fingerprint fails only its article."""
    try:
        return list(assign_stories(redis, [m.fingerprint for m in matched], config))
    except STORE_ERRORS:
        raise
    # Item guard of the batch's story step: retried per article just below.
    except Exception:  # noqa: BLE001
        log.warning("story assignment failed for a batch; assigning its articles one by one")
    found: list[StoryAssignment | None] = []
    for item in matched:
        story = None
        with ItemGuard(redis, "article", article_name(item.message)):
            story = assign_stories(redis, [item.fingerprint], config)[0]
        found.append(story)
    return found
