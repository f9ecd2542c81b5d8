"""Poll each feed when due, with conditional GET, and keep its health in Redis.

Due feeds are claimed from the shared schedule (services.poller.schedule), so replicas never
poll one feed twice, and fetched by a pool of `concurrency` threads: a feed that hangs holds
one thread until its deadline while the others carry on. A failing feed logs one clear line
per failure and backs off (services.poller.feed_state); the first success brings it back to
its interval. Long outages raise ops alerts (services.poller.feed_alerts).
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Iterable, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from dataclasses import dataclass
from typing import Any

from services.core import stats
from services.core.errors import NewswatchError, TransientError
from services.core.failures import STORE_ERRORS, ItemGuard, describe, record_failure
from services.core.logs import escape
from services.core.models import ArticleMessage
from services.poller import feed_state
from services.poller.feed_alerts import FeedAlerts
from services.poller.feed_entries import (
    FeedLimits,
    ParsedFeed,
    dropped_fields,
    entry_label,
    entry_to_article,
    read_feed,
)
from services.poller.feeds_config import FeedConfig
from services.poller.fetch import FetchPolicy, fetch_url
from services.poller.intake import Intake
from services.poller.schedule import FeedSchedule

log = logging.getLogger(__name__)

DEFAULT_CONCURRENCY = 16
DEFAULT_ALERT_AFTER_SECONDS = 6 * 3600.0
ENTRY = "feed entry"
# Notes on left-out fields shown in a poll's one log line.
DROPPED_NOTES_SHOWN = 5


@dataclass(frozen=True)
class PollResult:
    feed: str
    ok: bool
    queued: int = 0
    duplicates: int = 0
    entries: int = 0
    failed_entries: int = 0


@dataclass(frozen=True)
class SubmitOutcome:
    queued: int = 0
    duplicates: int = 0
    failed: int = 0


class FeedPoller:
    """Fetches feeds and hands their entries to the intake."""

    def __init__(
        self,
        redis: Any,
        intake: Intake,
        policy: FetchPolicy,
        *,
        concurrency: int = DEFAULT_CONCURRENCY,
        alert_after_seconds: float = DEFAULT_ALERT_AFTER_SECONDS,
        limits: FeedLimits | None = None,
    ) -> None:
        self.redis = redis
        self.intake = intake
        self.policy = policy
        self.concurrency = concurrency
        self.limits = limits or FeedLimits()
        # Names of the entries that failed in each feed's last poll (recorded once each).
        self._failed_entries: dict[str, set[str]] = {}
        self.schedule = FeedSchedule(redis, lease_seconds=4 * policy.deadline)
        self.alerts = FeedAlerts(redis, alert_after_seconds)

    def poll_all(self, feeds: Sequence[FeedConfig]) -> list[PollResult]:
        """Poll every enabled feed now, due or not (`--once`), `concurrency` at a time."""
        enabled = [f for f in feeds if f.enabled]
        self.schedule.sync(f.name for f in enabled)
        with ThreadPoolExecutor(max_workers=self.concurrency) as pool:
            return list(pool.map(self.poll, enabled))

    def poll_due(
        self, feeds: Sequence[FeedConfig], stop: threading.Event | None = None
    ) -> list[PollResult]:
        """Claim and poll due feeds until none is due; claims stop when `stop` is set."""
        by_name = {f.name: f for f in feeds if f.enabled}
        self.schedule.sync(by_name)
        results: list[PollResult] = []
        pending: set[Future[PollResult]] = set()
        with ThreadPoolExecutor(max_workers=self.concurrency) as pool:
            while True:
                if stop is None or not stop.is_set():
                    room = 2 * self.concurrency - len(pending)
                    for feed in self._claim(by_name, room):
                        pending.add(pool.submit(self.poll, feed))
                if not pending:
                    return results
                done, pending = wait(pending, return_when=FIRST_COMPLETED)
                results.extend(future.result() for future in done)

    def _claim(self, by_name: dict[str, FeedConfig], limit: int) -> Iterable[FeedConfig]:
        for name in self.schedule.claim(limit):
            if name in by_name:
                yield by_name[name]
            else:  # removed or disabled by an edit another replica has not seen yet
                self.schedule.forget()

    def poll(self, feed: FeedConfig) -> PollResult:
        """Fetch one feed and queue its new entries; failures are recorded, never raised
        (Redis being away excepted: the loop waits that out)."""
        state = feed_state.read_state(self.redis, feed.name)
        try:
            return self._poll(feed, state)
        except NewswatchError as exc:
            self._record_failure(feed, state, str(exc), getattr(exc, "retry_after", None))
        except STORE_ERRORS:
            raise
        # Item edge: whatever a hostile feed makes a library raise is this feed's failure,
        # backed off like any other, never the feeds loop's death.
        except Exception as exc:
            log.debug("feed %s: unexpected error", escape(feed.name), exc_info=exc)
            self._record_failure(feed, state, describe(exc), unexpected=True)
        return PollResult(feed.name, ok=False)

    def _poll(self, feed: FeedConfig, state: dict[str, str]) -> PollResult:
        result = fetch_url(
            feed.url,
            self.policy,
            etag=state.get("etag"),
            last_modified=state.get("last_modified"),
        )
        parsed = (
            ParsedFeed([])
            if result.not_modified
            else read_feed(result.body, result.headers, feed.url, self.limits)
        )
        if parsed.problem:
            log.info(
                "feed %s: read %d entries despite: %s",
                escape(feed.name),
                len(parsed.entries),
                escape(parsed.problem),
            )
        if parsed.left_out:
            log.info(
                "feed %s: read the newest %d entries, left out %d (NEWSWATCH_MAX_FEED_ENTRIES)",
                escape(feed.name),
                len(parsed.entries),
                parsed.left_out,
            )
        articles, failed, dropped = self._articles(feed, parsed)
        outcome = self._submit(feed, articles)
        failed += outcome.failed
        self._record_success(feed, state, result.etag, result.last_modified, len(parsed.entries))
        if not result.not_modified:  # a 304 is the same document: its state stands
            feed_state.write_degraded(self.redis, feed, failed, parsed.left_out, len(dropped))
            self._note_dropped_fields(feed, dropped)
        if outcome.queued:
            log.info("feed %s: queued %d new entr(ies)", escape(feed.name), outcome.queued)
        return PollResult(
            feed.name, True, outcome.queued, outcome.duplicates, len(parsed.entries), failed
        )

    def _articles(
        self, feed: FeedConfig, parsed: ParsedFeed
    ) -> tuple[list[ArticleMessage], int, list[str]]:
        """Each entry's article, each under its own guard: an entry that fails is recorded
        and skipped, the others go on. Also the notes on fields left out of entries."""
        articles: list[ArticleMessage] = []
        failed: set[str] = set()
        dropped: list[str] = []
        for raw in parsed.entries:
            name = f"{feed.name}: {entry_label(raw)}"
            try:
                entry = parsed.to_entry(raw)
                dropped.extend(f"{entry_label(raw)}: {note}" for note in dropped_fields(entry))
                article = entry_to_article(feed, entry)
            except STORE_ERRORS:
                raise
            # Item edge: an entry a library chokes on is skipped; the feed's others go on.
            except Exception as exc:  # noqa: BLE001
                failed.add(name)
                self._entry_failed(feed, name, exc)
                continue
            if article is not None:
                articles.append(article)
        self._failed_entries[feed.name] = failed
        if feed.full_text and articles:
            # Only new entries cost a page fetch; seen ones are counted as duplicates later.
            fresh = {a.id for a in self.intake.unseen(articles)}
            articles = [self._with_page(feed, a) if a.id in fresh else a for a in articles]
        return articles, len(failed), dropped

    def _note_dropped_fields(self, feed: FeedConfig, dropped: list[str]) -> None:
        """One log line per poll for the fields left out of its entries, and a count (the
        entries themselves were kept; `feeds` shows the count per feed)."""
        if not dropped:
            return
        shown = "; ".join(dropped[:DROPPED_NOTES_SHOWN])
        more = (
            f" (and {len(dropped) - DROPPED_NOTES_SHOWN} more)"
            if len(dropped) > DROPPED_NOTES_SHOWN
            else ""
        )
        log.warning(
            "feed %s: %d field(s) left out of entries, entries kept: %s%s",
            escape(feed.name),
            len(dropped),
            escape(shown, 600),
            more,
        )
        stats.bump(self.redis, feed_fields_dropped=len(dropped))

    def _entry_failed(self, feed: FeedConfig, name: str, exc: Exception) -> None:
        """Record a failed entry once: the same entry failing again on the next polls (it
        stays in the feed for a while) is only counted in the feed's degraded state."""
        if name in self._failed_entries.get(feed.name, set()):
            return
        if not isinstance(exc, NewswatchError):
            log.debug("%s %s: unexpected error", ENTRY, escape(name), exc_info=exc)
        record_failure(self.redis, ENTRY, name, describe(exc))

    def _submit(self, feed: FeedConfig, articles: list[ArticleMessage]) -> SubmitOutcome:
        """Queue the articles; if the queue refuses the lot, queue them one by one so only
        the entry at fault is recorded and skipped."""
        try:
            outcome = self.intake.submit(articles)
            return SubmitOutcome(outcome.queued, outcome.duplicates)
        except STORE_ERRORS:
            raise
        except TransientError:  # the store's trouble, not an entry's: the poll fails as such
            raise
        # Item edge: one article the queue would not take must not lose the feed's others.
        except Exception:  # noqa: BLE001
            total = SubmitOutcome()
            for article in articles:
                name = f"{feed.name}: {escape(article.origin_ref, 120)}"
                with ItemGuard(self.redis, ENTRY, name) as guard:
                    one = self.intake.submit([article])
                    total = SubmitOutcome(
                        total.queued + one.queued, total.duplicates + one.duplicates, total.failed
                    )
                if guard.failure:
                    total = SubmitOutcome(total.queued, total.duplicates, total.failed + 1)
            return total

    def _with_page(self, feed: FeedConfig, article: ArticleMessage) -> ArticleMessage:
        """The entry with its linked page as content; the entry itself if the page fails."""
        if not article.url:
            return article
        try:
            page = fetch_url(article.url, self.policy)
        except NewswatchError as exc:
            log.warning(
                "feed %s: linked page not fetched, using the entry: %s",
                escape(feed.name),
                escape(exc),
            )
            return article
        encoding, content = ArticleMessage.carry_bytes(page.body)
        return article.model_copy(
            update={"content_type": "html", "encoding": encoding, "content": content}
        )

    def _record_success(
        self,
        feed: FeedConfig,
        state: dict[str, str],
        etag: str | None,
        last_modified: str | None,
        items: int,
    ) -> None:
        fields = feed_state.success_fields(feed, etag, last_modified, time.time())
        pipe = self.redis.pipeline(transaction=False)
        feed_state.write_success(pipe, feed, fields, items)
        self.schedule.reschedule(feed.name, float(fields["next_due"]), pipe)
        pipe.execute()
        if state.get("failures", "0") != "0":
            log.info("feed %s: polled successfully again", escape(feed.name))
        self.alerts.after_success(feed, state)

    def _record_failure(
        self,
        feed: FeedConfig,
        state: dict[str, str],
        message: str,
        retry_after: float | None = None,
        *,
        unexpected: bool = False,
    ) -> None:
        now = time.time()
        fields = feed_state.failure_fields(feed, state, escape(message), retry_after, now)
        feed_state.write_failure(self.redis, feed, fields)
        self.schedule.reschedule(feed.name, float(fields["next_due"]))
        if unexpected:  # listed among the failed items as well, for an operator to look at
            record_failure(self.redis, "feed", feed.name, fields["last_error"])
            self.alerts.after_failure(feed, fields, state.get("alerted_outage"))
            return
        stats.record_error(self.redis, f"feed {escape(feed.name)}", fields["last_error"])
        log.warning(
            "feed %s: %s (failure %s, next try in %.0fs)",
            escape(feed.name),
            fields["last_error"],
            fields["failures"],
            float(fields["next_due"]) - now,
        )
        self.alerts.after_failure(feed, fields, state.get("alerted_outage"))
