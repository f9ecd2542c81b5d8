"""The alert log channel: every alert that goes out, one JSON line in `var/alerts.jsonl`.

It is written whether or not other channels are configured (alone, it is the channel, and
each alert is also printed). Each alert is written once (`nw:delivered:{alert}:alert-log`):
sent now, or when the digest holding it goes out; muted and held alerts are not written
until then. The file is bounded: before a line would take it past `max_bytes` it is renamed
to `alerts.jsonl.1` (replacing the previous one) and a new file is started, so the log never
takes more than twice `NEWSWATCH_ALERTS_LOG_MAX_BYTES` on disk. Python's RotatingFileHandler
is not used: it formats log records, and is no safer across processes than this.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from services.core.models import AlertMessage

LOG_TARGET_ID = "alert-log"
DEFAULT_MAX_BYTES = 10 * 1024 * 1024


def append_alert(path: Path, alert: AlertMessage, max_bytes: int = DEFAULT_MAX_BYTES) -> None:
    """One JSON object per line; O_APPEND keeps concurrent notifiers' lines whole."""
    path.parent.mkdir(parents=True, exist_ok=True)
    line = (json.dumps(alert.model_dump(mode="json"), ensure_ascii=False) + "\n").encode("utf-8")
    rotate_if_full(path, len(line), max_bytes)
    fd = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)
    try:
        os.write(fd, line)
    finally:
        os.close(fd)


def rotate_if_full(path: Path, adding: int, max_bytes: int) -> bool:
    """Move the log to `<name>.1` when `adding` bytes would take it past `max_bytes`."""
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        return False
    if size == 0 or size + adding <= max_bytes:
        return False
    try:
        os.replace(path, rotated(path))
    except FileNotFoundError:  # another notifier rotated it a moment ago
        return False
    return True


def rotated(path: Path) -> Path:
    return path.with_name(path.name + ".1")


def print_alert(alert: AlertMessage) -> None:
    print(f"ALERT [newswatch] {alert.rule}: {alert.title} — “{alert.snippet}”", flush=True)
