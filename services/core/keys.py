"""Every Redis key newswatch writes, and how long each lives. One place, units in names."""

from __future__ import annotations

PREFIX = "nw"

ARTICLES_QUEUE = "articles"
ALERTS_QUEUE = "alerts"

STATS = f"{PREFIX}:stats"
RECENT_ERRORS = f"{PREFIX}:errors"
RECENT_ERRORS_MAX = 200
# Items (drops, entries, articles, deliveries, reloads) whose failure was contained.
FAILED_ITEMS = f"{PREFIX}:failed-items"
FAILED_ITEMS_MAX = 500
# Each long-running loop's last beat: "<role>@<host>:<pid>/<loop>" -> epoch seconds.
HEARTBEATS = f"{PREFIX}:heartbeats"

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


# Alert delivery (the notifier). Rule names are hashed into keys (see notifier.outbox.rule_key).
OUTGOING_TTL_SECONDS = 30 * 24 * 3600
PARKED = f"{PREFIX}:parked"
DIGESTS_DUE = f"{PREFIX}:digests:due"


def outgoing(message_id: str) -> str:
    """A message (one alert or a digest) kept while some target still has to get it."""
    return f"{PREFIX}:outgoing:{message_id}"


def delivery_lock(message_id: str, target: str) -> str:
    """Held while one notifier sends a message to a target, so a duplicate copy waits."""
    return f"{PREFIX}:sending:{message_id}:{target}"


def alert_decision(alert_id: str) -> str:
    """How the notifier took an alert ("now" or "held"): a duplicate copy follows it."""
    return f"{PREFIX}:decided:{alert_id}"


def pending_digest(rule_key: str) -> str:
    """Alerts of one rule waiting for their digest: alert id -> alert JSON."""
    return f"{PREFIX}:pending:{rule_key}"


def pending_digest_meta(rule_key: str) -> str:
    """The rule, tags and delivery policy of a pending digest (JSON)."""
    return f"{PREFIX}:pending-meta:{rule_key}"


def digest_batch(rule_key: str, due: int) -> str:
    """A digest's alerts between being taken from the pending set and being stored to send."""
    return f"{PREFIX}:digest-batch:{rule_key}:{due}"


def digest_ref(rule_key: str, due: int) -> str:
    """The message id of the digest sent for (rule, due time), so a re-run sends that one."""
    return f"{PREFIX}:digest-ref:{rule_key}:{due}"


def rule_gate(rule_key: str) -> str:
    """Set for `min_interval` after a rule's alert went out: the next ones wait for a digest."""
    return f"{PREFIX}:gate:{rule_key}"


def rule_hour_count(rule_key: str, hour: int) -> str:
    """Alerts a rule sent in one clock hour (epoch hour number), for `max_per_hour`."""
    return f"{PREFIX}:hourly:{rule_key}:{hour}"


def target_health(target: str) -> str:
    """Consecutive failures of one target, since when, and whether ops were told."""
    return f"{PREFIX}:target:{target}"


# Stories (workers.stories): every key below lives at most one story window
# (NEWSWATCH_STORY_WINDOW_DAYS) after its last write, so memory follows the window's volume.
STORIES = f"{PREFIX}:stories"


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


# Faults and recovery (issue 11): the last Redis outage a process saw, for `status`.
LAST_OUTAGE = f"{PREFIX}:last-outage"
LAST_OUTAGE_TTL_SECONDS = 30 * 24 * 3600
# Set by the worker sweep that re-queues a dead worker's job, so two sweeps never both do.
SWEEP_LOCK_TTL_SECONDS = 2


def sweep_lock(queue_name: str) -> str:
    """Held by the one worker sweeping a queue's started jobs for dead workers."""
    return f"{PREFIX}:sweep:{queue_name}"


def batch_done(job_id: str) -> str:
    """Set when a batch's results are stored and its raw articles deleted: a re-run skips it."""
    return f"{PREFIX}:batch-done:{job_id}"


BATCH_DONE_TTL_SECONDS = 24 * 3600


# Per-target delivery lanes (notifier.lanes): each target has its own durable queue, so a slow
# or failing target never holds up the others, and one sender per target at a time (a lease).
# The (message, target) lock of a lane send lasts this plus the target's connect and read
# timeouts; the lease is renewed every second while its holder lives.
SEND_LOCK_SECONDS = 15
LANE_LEASE_MS = 20_000


def lane(target: str) -> str:
    """Sorted set: message ids waiting for one target -> epoch second they are due."""
    return f"{PREFIX}:lane:{target}"


def lane_inflight(target: str) -> str:
    """Hash: message ids the target's sender has taken and not yet settled -> attempt."""
    return f"{PREFIX}:lane-inflight:{target}"


def lane_attempts(target: str) -> str:
    """Hash: message id -> the attempt number its next try will be."""
    return f"{PREFIX}:lane-attempts:{target}"


def lane_lease(target: str) -> str:
    """The token of the one notifier sending to a target now (expires if it dies)."""
    return f"{PREFIX}:lane-lease:{target}"


# --- rules edits ---
RULES_FAILURE_TTL_SECONDS = 7 * 24 * 3600


def rules_failure(digest: str) -> str:
    """Set by the first worker that lists an invalid rules edit: every worker sees the same
    edit, and it is listed (and counted) once."""
    return f"{PREFIX}:rules-failure:{digest}"


# --- history: the article archive (services.history.archive) ---
# Four keys hold the whole archive, so its size is one number and trimming one script.
ARCHIVE_TIMES = f"{PREFIX}:archive:times"  # sorted set: article id -> received epoch ms
ARCHIVE_DOCS = f"{PREFIX}:archive:docs"  # hash: article id -> zlib of the entry's JSON
ARCHIVE_FILTERS = f"{PREFIX}:archive:filters"  # hash: article id -> word filter (prefilter)
ARCHIVE_BYTES = f"{PREFIX}:archive:bytes"  # int: bytes of docs + filters (for the byte cap)


# --- alert history and mutes (issue 12) ---
# Per alert: a list of its records (JSON, oldest first); indexes: sorted sets of alert ids by
# the time of their latest record, overall and per rule. All live NEWSWATCH_ARCHIVE_DAYS.
ALERT_HISTORY_BY_TIME = f"{PREFIX}:alert-history:by-time"
# Muted (rule, story) pairs: sorted set of "<rule key>:<story id>" -> epoch s the mute ends.
MUTES = f"{PREFIX}:mutes"
MUTE_TTL_SECONDS = 30 * 24 * 3600


def alert_history(alert_id: str) -> str:
    """List: one alert's decision and delivery records (JSON), oldest first, capped."""
    return f"{PREFIX}:alert-history:alert:{alert_id}"


def alert_history_rule(rule_key: str) -> str:
    """Sorted set: alert ids of one rule -> epoch s of their latest record."""
    return f"{PREFIX}:alert-history:rule:{rule_key}"


def mute(rule_key: str, story_id: str) -> str:
    """Set while a (rule, story) pair is muted: its alerts are recorded, not sent (JSON)."""
    return f"{PREFIX}:mute:{rule_key}:{story_id}"


# --- console (issue 13): hourly counters, labelled counters and latency histograms ---
STATS_HOUR_TTL_SECONDS = 2 * 24 * 3600
# Counters split by a label from a small fixed set (source kind, channel scheme):
# field "<counter>|<label>" -> count.
STATS_LABELLED = f"{PREFIX}:stats:labelled"


def stats_hour(hour: int) -> str:
    """Hash of the main counters incremented in one clock hour (epoch hour number)."""
    return f"{PREFIX}:stats:hour:{hour}"


def latency(name: str) -> str:
    """Histogram of one latency: field per bucket upper bound, plus `sum` and `count`."""
    return f"{PREFIX}:latency:{name}"


def rules_reload(version: str) -> str:
    """Set by the first worker that publishes a rules version: `rules_reloads` counts it once."""
    return f"{PREFIX}:rules-reload:{version}"


# --- console rules page (issue 13): matched articles per rule and clock hour ---
RULE_HITS_TTL_SECONDS = 8 * 24 * 3600
# Hash: rule name -> epoch s of its latest matched article (expires with the hourly buckets).
RULE_HITS_LAST = f"{PREFIX}:rule-hits:last"


def rule_hits_hour(hour: int) -> str:
    """Hash: rule name -> articles it matched in one clock hour (epoch hour number)."""
    return f"{PREFIX}:rule-hits:hour:{hour}"


# --- console feedback (issue 13): "relevant" / "not relevant" marks on alerts ---
# Per rule: a hash alert id -> the Mark (JSON) and a sorted set alert id -> epoch s marked
# (to trim the oldest past FEEDBACK_MAX_PER_RULE). Both live NEWSWATCH_ARCHIVE_DAYS.
FEEDBACK_MAX_PER_RULE = 5000


def feedback_marks(rule_key: str) -> str:
    """Hash: one rule's marks, alert id -> Mark JSON (services.history.feedback)."""
    return f"{PREFIX}:feedback:marks:{rule_key}"


def feedback_times(rule_key: str) -> str:
    """Sorted set: one rule's marked alert ids -> epoch s of the latest mark."""
    return f"{PREFIX}:feedback:times:{rule_key}"
