"""What a worker process holds between jobs: Redis client, live rules, story settings, bounds."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from services.history.archive import ArchiveConfig
from services.history.records import HistoryBounds
from workers.limits import ArticleLimits
from workers.rules.loader import RulesHolder
from workers.stories.config import StoryConfig


@dataclass
class WorkerContext:
    redis: Any
    rules: RulesHolder
    stories: StoryConfig = field(default_factory=StoryConfig)
    limits: ArticleLimits = field(default_factory=ArticleLimits)
    archive: ArchiveConfig = field(default_factory=ArchiveConfig)
    history: HistoryBounds = field(default_factory=HistoryBounds)


_context: WorkerContext | None = None


def install(context: WorkerContext) -> None:
    """Set by the worker process at start-up, before it takes jobs."""
    global _context
    _context = context


def current() -> WorkerContext:
    if _context is None:
        raise RuntimeError("worker context not installed: start jobs with `newswatch worker`")
    return _context
