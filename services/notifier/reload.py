"""The notifier's config on its own clock: channels and templates re-checked every few seconds.

Without it an edit of config/apprise.yaml or config/templates/ would only be read when the next
alert arrives, and a broken edit would stay unnoticed until an alert needs it. Each problem is
one failed item (logged once per edit with the file and the reason, counted, listed by
`newswatch status`); the last good channels stay in use.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from services.core.failures import record_failure
from services.core.loops import start_loop_thread
from services.notifier.context import NotifierContext

ROLE = "notifier"
LOOP = "config"


def reporter(redis: Any, kind: str) -> Callable[[str, str], None]:
    """A report callback recording each problem as a failed item of `kind`."""

    def report(name: str, reason: str) -> None:
        record_failure(redis, kind, name, reason)

    return report


def check_config(ctx: NotifierContext) -> None:
    """One pass: re-read apprise.yaml if it changed, compile changed template files."""
    ctx.channels.reload()
    ctx.renderer.check_templates()


def start_config_loop(
    ctx: NotifierContext, interval: float, stop: threading.Event
) -> threading.Thread:
    """The config loop in a daemon thread (heartbeat `notifier/config`)."""
    return start_loop_thread(ctx.redis, ROLE, LOOP, lambda: check_config(ctx), interval, stop)
