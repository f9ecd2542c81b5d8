"""The `newswatch worker` process: an RQ worker on the `articles` queue, plus a rules loop."""

from __future__ import annotations

import threading
from typing import Any

from services.core.loops import start_loop_thread
from services.core.queues import articles_queue, connect, make_worker, ping, worker_name
from services.core.settings import Settings
from services.history.archive import ArchiveConfig
from services.history.records import HistoryBounds
from workers import context
from workers.limits import ArticleLimits
from workers.rules.cache import RulesCache, rules_cache_dir
from workers.rules.loader import RulesHolder, collect_less
from workers.rules.state import publish_rules_state
from workers.stories import StoryConfig


def run_worker(settings: Settings, name: str | None = None) -> None:
    """Validate the rules, then take jobs until SIGTERM/SIGINT (the current job finishes)."""
    redis = connect(settings.redis_url_value())
    ping(redis)
    # The config folder: rules.yaml plus rules.d/*.yaml, each file reloaded on its own.
    rules = RulesHolder(
        settings.config_dir,
        settings.rules_reload_seconds,
        settings.rules_max_bytes,
        RulesCache(rules_cache_dir(settings)),
        isolate=True,
    )
    rules.reload()
    rules.current()  # no valid rules at all stops start-up with the messages
    collect_less()
    stories = StoryConfig.from_settings(settings)
    limits = ArticleLimits.from_settings(settings)
    archive = ArchiveConfig.from_settings(settings)
    history = HistoryBounds.from_settings(settings)
    context.install(
        context.WorkerContext(
            redis=redis,
            rules=rules,
            stories=stories,
            limits=limits,
            archive=archive,
            history=history,
        )
    )
    stop = threading.Event()
    start_rules_loop(redis, rules, stop)
    unique_name = name or worker_name("worker")
    worker = make_worker(redis, articles_queue(redis), unique_name)
    try:
        worker.work(with_scheduler=True, logging_level="WARNING")
    finally:
        stop.set()


def start_rules_loop(redis: Any, rules: RulesHolder, stop: threading.Event) -> threading.Thread:
    """Re-read the rules every ``rules.period`` seconds and publish their state, job or not.

    This thread does every check and compile (only of the files that changed) and swaps the
    new rule set in; jobs on the main thread keep matching with the old set until then."""
    return start_loop_thread(
        redis, "worker", "rules", lambda: rules_step(redis, rules), rules.period, stop
    )


def rules_step(redis: Any, rules: RulesHolder) -> None:
    """One pass of the rules loop: reload the files that changed, then publish the state."""
    rules.reload()
    publish_rules_state(redis, rules)
