"""The `newswatch worker` process: an RQ worker on the `articles` queue."""

from __future__ import annotations

from services.core.queues import articles_queue, connect, make_worker, ping, worker_name
from services.core.settings import Settings
from workers import context
from workers.rules.loader import RulesHolder
from workers.stories import StoryConfig

RULES_FILE = "rules.yaml"


def run_worker(settings: Settings, name: str | None = None) -> None:
    """Validate the rules, then take jobs until SIGTERM/SIGINT (the current job finishes)."""
    redis = connect(settings.redis_url_value())
    ping(redis)
    rules = RulesHolder(settings.config_dir / RULES_FILE, settings.rules_reload_seconds)
    rules.current()  # a broken rules file stops start-up with its messages
    stories = StoryConfig.from_settings(settings)
    context.install(context.WorkerContext(redis=redis, rules=rules, stories=stories))
    unique_name = name or worker_name("worker")
    worker = make_worker(redis, articles_queue(redis), unique_name)
    worker.work(with_scheduler=True, logging_level="WARNING")
