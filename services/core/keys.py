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


# Stories (workers.stories): every key below lives at most one story window
# (NEWSWATCH_STORY_WINDOW_DAYS) after its last write, so memory follows the window's volume.
STORIES = f"{PREFIX}:stories"
STORY_SOURCES_MAX = 50


def story_doc(article_id: str) -> str:
    """One article's story id, story version and compact MinHash signature."""
    return f"{PREFIX}:sdoc:{article_id}"


def story_band(token: str) -> str:
    """An LSH band value: holds the first article whose signature has it."""
    return f"{PREFIX}:sband:{token}"


def story_exact(digest: str) -> str:
    """An exact identity (canonical URL or normalised-text hash): holds its story id."""
    return f"{PREFIX}:sexact:{digest}"


def story(story_id: str) -> str:
    """Hash of one story: first title, first seen, first source and URL, version, length."""
    return f"{PREFIX}:story:{story_id}"


def story_sources(story_id: str) -> str:
    """Sorted set: each source that ran the story, in order of arrival (bounded)."""
    return f"{PREFIX}:story:{story_id}:sources"


def story_rules(story_id: str) -> str:
    """Set of the rules that alerted for the story."""
    return f"{PREFIX}:story:{story_id}:rules"


def alert_update_claim(story_id: str, version: int, rule: str) -> str:
    """Like alert_claim, for a material update of the story (realert_on_update rules)."""
    return f"{PREFIX}:alerted:{story_id}:v{version}:{rule}"
