"""process_article: one article message in, the alerts it should raise out. Pure: no I/O."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from services.core.models import AlertMessage, ArticleMessage
from workers.extract import extract_article
from workers.rules.matcher import RuleSet


@dataclass(frozen=True)
class ArticleResult:
    article_id: str
    story_id: str
    alerts: tuple[AlertMessage, ...]


def story_id_for(message: ArticleMessage) -> str:
    """For now each article is its own story; story clustering will group copies."""
    return message.id


def alert_id_for(rule: str, story_id: str) -> str:
    return hashlib.sha256(f"{rule}\x00{story_id}".encode()).hexdigest()[:32]


def process_article(message: ArticleMessage, rules: RuleSet) -> ArticleResult:
    """Decode, reduce to text, match every rule; raises InputRejected for unusable input."""
    article = extract_article(message)
    story_id = story_id_for(message)
    alerts = tuple(
        AlertMessage(
            alert_id=alert_id_for(match.rule, story_id),
            rule=match.rule,
            rules_version=rules.version,
            notify=list(match.notify),
            article_id=message.id,
            story_id=story_id,
            title=article.title,
            source=message.source,
            language=article.language,
            url=article.url,
            published_at=article.published_at,
            matched_terms=list(match.terms),
            snippet=match.snippet,
            delivery=match.delivery,
        )
        for match in rules.match(article.document(message.source))
    )
    return ArticleResult(message.id, story_id, alerts)
