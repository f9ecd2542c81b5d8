"""Logging set-up shared by every process: one line per event, the process role in each."""

from __future__ import annotations

import logging
import sys

QUIET_LOGGERS = ("rq", "apprise", "urllib3", "feedparser")


def setup_logging(level: str, role: str) -> None:
    """Configure the root logger; apprise stays at WARNING (at DEBUG it prints tokens)."""
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(
        logging.Formatter(f"%(asctime)s %(levelname)-7s {role}: %(message)s", "%H:%M:%S")
    )
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level)
    for name in QUIET_LOGGERS:
        logging.getLogger(name).setLevel(max(logging.WARNING, logging.getLevelName(level)))
