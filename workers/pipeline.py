"""From one article message to the alerts it should raise. Pure: no I/O.

Two steps, so a batch can find its stories in one Redis call in between:
:func:`match_article` cleans, matches every rule and fingerprints the text;
:func:`alerts_for` turns the matches into alerts once the article's story is known.
:func:`process_article` does both for an article taken as its own story.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from services.core.errors import InputRejected
from services.core.models import AlertMessage, ArticleMessage
from workers.extract import Article, extract_article
from workers.limits import ArticleLimits
from workers.query import BudgetExceeded
from workers.rules.matcher import RuleMatch, RuleSet
from workers.stories import Fingerprint, StoryAssignment, fingerprint


@dataclass(frozen=True)
class ArticleResult:
    article_id: str
    story_id: str
    alerts: tuple[AlertMessage, ...]


@dataclass(frozen=True)
class MatchedArticle:
    """An article cleaned, matched and fingerprinted, before its story is known."""

    message: ArticleMessage
    article: Article
    matches: tuple[RuleMatch, ...]
    fingerprint: Fingerprint
    rules_version: str


def alert_id_for(rule: str, story_id: str, version: int = 0) -> str:
    """Stable per (rule, story), and distinct per material update of the story."""
    story = story_id if version == 0 else f"{story_id}\x00v{version}"
    return hashlib.sha256(f"{rule}\x00{story}".encode()).hexdigest()[:32]


DEFAULT_LIMITS = ArticleLimits()


def match_article(
    message: ArticleMessage, rules: RuleSet, limits: ArticleLimits = DEFAULT_LIMITS
) -> MatchedArticle:
    """Decode, reduce to text, match every rule; raises InputRejected for unusable input or
    when matching runs past the article's time budget."""
    article = extract_article(message, limits.cleaning)
    try:
        matches = tuple(rules.match(article.document(), limits.match_budget_seconds))
    except BudgetExceeded as exc:
        raise InputRejected(f"{message.origin_ref}: {exc}") from None
    print_ = fingerprint(
        message.id,
        article.source,
        article.title,
        article.body,
        article.url,
        limits.story_max_words,
    )
    return MatchedArticle(message, article, matches, print_, rules.version)


def alerts_for(matched: MatchedArticle, story: StoryAssignment) -> ArticleResult:
    """One alert per matching rule, in the article's story.

    A rule with ``realert_on_update`` sees a story's material update as a new alert (its own
    alert id and claim); other rules keep the story's first alert id, so copies and updates
    are claimed away.
    """
    message, article = matched.message, matched.article
    alerts = []
    for match in matched.matches:
        version = story.version if match.realert_on_update else 0
        alerts.append(
            AlertMessage(
                alert_id=alert_id_for(match.rule, story.story_id, version),
                rule=match.rule,
                rules_version=matched.rules_version,
                notify=list(match.notify),
                article_id=message.id,
                story_id=story.story_id,
                story_version=version,
                title=article.title,
                source=article.source,
                language=article.language,
                url=article.url,
                published_at=article.published_at,
                authors=list(article.authors),
                matched_terms=list(match.terms),
                snippet=match.snippet,
                also_reported_by=list(story.other_sources),
                delivery=match.delivery,
            )
        )
    return ArticleResult(message.id, story.story_id, tuple(alerts))


def process_article(
    message: ArticleMessage, rules: RuleSet, story: StoryAssignment | None = None
) -> ArticleResult:
    """Both steps; without ``story`` the article is its own story."""
    matched = match_article(message, rules)
    return alerts_for(matched, story or StoryAssignment.alone(message.id))
