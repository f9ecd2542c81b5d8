"""RQ job entry points for the `articles` queue (enqueued by dotted path)."""

from __future__ import annotations

import logging
from typing import Any

from services.core import keys, stats
from services.core.errors import InputRejected
from services.core.models import AlertMessage, ArticleBatch, ArticleMessage
from services.core.queues import content_job_id
from workers import context
from workers.alerts import claim_alerts, enqueue_alerts
from workers.pipeline import ArticleResult, MatchedArticle, alerts_for, match_article
from workers.rules.matcher import RuleSet
from workers.rules.state import publish_rules_state
from workers.stories import StoryConfig, assign_stories, record_alerted_rules

log = logging.getLogger(__name__)


def process_batch(payload: dict[str, Any]) -> dict[str, int]:
    """Match a batch of articles and queue the alerts they raise."""
    ctx = context.current()
    batch = ArticleBatch.model_validate(payload)
    batch_id = content_job_id("articles", batch.article_ids)
    if ctx.redis.exists(keys.batch_done(batch_id)):
        return {"processed": 0, "alerts": 0, "rejected": 0}  # a re-run after it was stored
    rules = ctx.rules.current()
    publish_rules_state(ctx.redis, ctx.rules)
    articles = load_articles(ctx.redis, batch.article_ids)
    results, rejected = run_batch(ctx.redis, articles, rules, ctx.stories)
    alerts = claim_alerts(ctx.redis, [a for r in results for a in r.alerts])
    enqueue_alerts(ctx.redis, alerts)
    finish_batch(ctx.redis, batch_id, batch.article_ids, alerts, ctx.stories, results, rejected)
    return {"processed": len(results), "alerts": len(alerts), "rejected": rejected}


def finish_batch(
    redis: Any,
    batch_id: str,
    article_ids: list[str],
    alerts: list[AlertMessage],
    stories: StoryConfig,
    results: list[ArticleResult],
    rejected: int,
) -> None:
    """One MULTI/EXEC: counters, the alerted rules, the raw articles deleted (they are
    processed) and the batch marked done, so a re-run neither counts nor reports it twice."""
    pipe = redis.pipeline(transaction=True)
    record_alerted_rules(pipe, alerts, stories.window_ms)
    stats.bump(
        pipe,
        processed=len(results),
        rejected=rejected,
        matched=sum(1 for r in results if r.alerts),
    )
    pipe.delete(*[keys.article(i) for i in article_ids])
    pipe.set(keys.batch_done(batch_id), 1, ex=keys.BATCH_DONE_TTL_SECONDS)
    pipe.execute()


def load_articles(redis: Any, article_ids: list[str]) -> list[ArticleMessage]:
    """The stored article messages; one that expired before a worker got to it is reported."""
    stored = redis.mget([keys.article(i) for i in article_ids])
    articles = []
    for article_id, raw in zip(article_ids, stored, strict=True):
        if raw is None:
            message = f"article {article_id} expired before it was processed"
            log.error("%s", message)
            stats.record_error(redis, "worker", message)
            continue
        articles.append(ArticleMessage.model_validate_json(raw))
    return articles


def run_batch(
    redis: Any,
    articles: list[ArticleMessage],
    rules: RuleSet,
    stories: StoryConfig | None = None,
) -> tuple[list[ArticleResult], int]:
    """Match each article, find every article's story in one Redis call, then build alerts.

    An unusable article is recorded and skipped, never fails the batch.
    """
    matched: list[MatchedArticle] = []
    rejected = 0
    for article in articles:
        try:
            matched.append(match_article(article, rules))
        except InputRejected as exc:
            rejected += 1
            log.warning("article rejected: %s", exc)
            stats.record_error(redis, "worker", str(exc))
    found = assign_stories(redis, [m.fingerprint for m in matched], stories or StoryConfig())
    return [alerts_for(m, s) for m, s in zip(matched, found, strict=True)], rejected
