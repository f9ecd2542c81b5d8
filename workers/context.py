"""What a worker process holds between jobs: its Redis client and the live rules."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from workers.rules.loader import RulesHolder


@dataclass
class WorkerContext:
    redis: Any
    rules: RulesHolder


_context: WorkerContext | None = None


def install(context: WorkerContext) -> None:
    """Set by the worker process at start-up, before it takes jobs."""
    global _context
    _context = context


def current() -> WorkerContext:
    if _context is None:
        raise RuntimeError("worker context not installed: start jobs with `newswatch worker`")
    return _context
