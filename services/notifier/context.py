"""What the notifier process holds between jobs: Redis, channels and the alert log path."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from services.notifier.channels import ChannelsHolder


@dataclass
class NotifierContext:
    redis: Any
    channels: ChannelsHolder
    alert_log: Path


_context: NotifierContext | None = None


def install(context: NotifierContext) -> None:
    global _context
    _context = context


def current() -> NotifierContext:
    if _context is None:
        raise RuntimeError("notifier context not installed: start with `newswatch notifier`")
    return _context
