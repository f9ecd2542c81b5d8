"""The built-in channel when none is configured: print the alert and append it to a log."""

from __future__ import annotations

import json
import os
from pathlib import Path

from services.core.models import AlertMessage

LOG_TARGET_ID = "alert-log"


def append_alert(path: Path, alert: AlertMessage) -> None:
    """One JSON object per line; O_APPEND keeps concurrent notifiers' lines whole."""
    path.parent.mkdir(parents=True, exist_ok=True)
    line = json.dumps(alert.model_dump(mode="json"), ensure_ascii=False) + "\n"
    fd = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)
    try:
        os.write(fd, line.encode("utf-8"))
    finally:
        os.close(fd)


def print_alert(alert: AlertMessage) -> None:
    print(f"ALERT [newswatch] {alert.rule}: {alert.title} — “{alert.snippet}”", flush=True)
