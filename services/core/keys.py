"""Every Redis key newswatch writes, and how long each lives. One place, units in names."""

from __future__ import annotations

PREFIX = "nw"

ARTICLES_QUEUE = "articles"
ALERTS_QUEUE = "alerts"

STATS = f"{PREFIX}:stats"
RECENT_ERRORS = f"{PREFIX}:errors"
RECENT_ERRORS_MAX = 200

ALERT_CLAIM_TTL_SECONDS = 90 * 24 * 3600
DELIVERED_TTL_SECONDS = 90 * 24 * 3600
FEED_STATE_TTL_SECONDS = 90 * 24 * 3600


ARTICLE_TTL_SECONDS = 2 * 24 * 3600


def article(article_id: str) -> str:
    """The article message JSON, written by the intake and read by a worker."""
    return f"{PREFIX}:article:{article_id}"


def seen(article_id: str) -> str:
    """Set once an article has been queued: the same entry or drop content is not queued again."""
    return f"{PREFIX}:seen:{article_id}"


def alert_claim(story_id: str, rule: str) -> str:
    """Holds the article id that alerted this story for this rule: one alert per story."""
    return f"{PREFIX}:alerted:{story_id}:{rule}"


def delivered(alert_id: str, target: str) -> str:
    """Set once an alert reached a target, so retries never send it twice."""
    return f"{PREFIX}:delivered:{alert_id}:{target}"


def feed_state(feed_name: str) -> str:
    """Conditional-GET validators and health of one feed."""
    return f"{PREFIX}:feed:{feed_name}"


def rules_state() -> str:
    """Hash of the rules the workers use: version, stale (1/0), error, checked_at (epoch s)."""
    return f"{PREFIX}:rules"


# Feed scheduling: a sorted set of feed name -> epoch second the feed is next due. Not under
# `nw:feed:`, which holds only the per-feed state hashes (`newswatch status` scans it).
FEEDS_DUE = f"{PREFIX}:feeds:due"
