"""What the notifier process holds between jobs: Redis, channels, templates and retry policy.

Installing a context with `background` set (the default: the `newswatch notifier` process)
starts the per-target senders (notifier.senders) that deliver what the jobs put on the
targets' lanes; tests install it without them and drive the lanes themselves.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from services.history.records import HistoryBounds
from services.notifier.alert_log import DEFAULT_MAX_BYTES
from services.notifier.channels import ChannelsHolder
from services.notifier.render import Renderer

DEFAULT_ATTEMPTS = 6
DEFAULT_BACKOFF_SECONDS = 2.0
DEFAULT_FAILURES_BEFORE_OPS = 3
# Consecutive failures of one target that open its circuit, and how long it then rests.
DEFAULT_CIRCUIT_FAILURES = 5
DEFAULT_CIRCUIT_COOLDOWN_SECONDS = 30.0


@dataclass
class NotifierContext:
    redis: Any
    channels: ChannelsHolder
    alert_log: Path
    renderer: Renderer = field(default_factory=lambda: Renderer(None))
    attempts: int = DEFAULT_ATTEMPTS
    backoff_seconds: float = DEFAULT_BACKOFF_SECONDS
    failures_before_ops: int = DEFAULT_FAILURES_BEFORE_OPS
    clock: Callable[[], float] = time.time
    circuit_failures: int = DEFAULT_CIRCUIT_FAILURES
    circuit_cooldown_seconds: float = DEFAULT_CIRCUIT_COOLDOWN_SECONDS
    background: bool = True
    history: HistoryBounds = field(default_factory=HistoryBounds)
    alert_log_max_bytes: int = DEFAULT_MAX_BYTES


_context: NotifierContext | None = None


def install(context: NotifierContext) -> None:
    global _context
    _context = context
    if context.background:
        from services.notifier import senders  # the senders read the context: import late

        senders.start(context)


def current() -> NotifierContext:
    if _context is None:
        raise RuntimeError("notifier context not installed: start with `newswatch notifier`")
    return _context
