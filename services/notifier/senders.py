"""The notifier's sender threads: one per configured target, each with its own lane.

A manager loop starts a sender thread for every target in the channels file (a target added
by a reload gets one within a second; a removed target's thread idles) and renews the leases
this process holds, so a send hanging longer than a lease does not lose it. Each sender is a
`run_loop` (heartbeat, Redis outages waited out; a dead sender exits the process so it is
restarted). At exit the senders stop taking new messages and finish the one in hand (bounded),
so a SIGTERM does not cut a send off between the receiver's answer and its mark.
"""

from __future__ import annotations

import atexit
import logging
import threading
import time
from functools import partial

from services.core.loops import start_loop_thread
from services.notifier import lanes, sender
from services.notifier.context import NotifierContext

log = logging.getLogger(__name__)

ROLE = "notifier"
POLL_SECONDS = 0.1
MANAGE_SECONDS = 1.0
EXIT_WAIT_SECONDS = 10.0


class Senders:
    """The sender threads of one notifier process."""

    def __init__(self, ctx: NotifierContext, poll: float = POLL_SECONDS) -> None:
        self.ctx = ctx
        self.poll = poll
        self.stop = threading.Event()
        self.threads: dict[str, threading.Thread] = {}
        self.tokens: dict[str, str] = {}

    def start(self) -> None:
        self.manage()
        start_loop_thread(self.ctx.redis, ROLE, "lanes", self.manage, MANAGE_SECONDS, self.stop)

    def manage(self) -> None:
        """Keep our leases alive while a send is in hand (a hanging target may hold its sender
        longer than a lease lasts), and start a sender for each target that has none yet."""
        for target_id, token in self.tokens.items():
            lanes.renew_lease(self.ctx.redis, target_id, token)
        for target in self.ctx.channels.current():
            if target.id in self.threads:
                continue
            self.tokens[target.id] = sender.new_token()
            step = partial(self.step, target.id)
            name = f"lane-{target.id}"
            self.threads[target.id] = start_loop_thread(
                self.ctx.redis, ROLE, name, step, self.poll, self.stop
            )

    def step(self, target_id: str) -> int:
        """Deliver what is due to one target (its current configuration)."""
        target = next((t for t in self.ctx.channels.current() if t.id == target_id), None)
        if target is None:
            return 0
        token = self.tokens[target_id]
        return sender.send_due(self.ctx, target, token, keep_going=lambda: not self.stop.is_set())

    def close(self, wait: float = EXIT_WAIT_SECONDS) -> None:
        """Stop taking messages, let each sender finish the one in hand, release the leases."""
        self.stop.set()
        deadline = time.monotonic() + wait
        for thread in list(self.threads.values()):
            thread.join(max(0.0, deadline - time.monotonic()))
        for target_id, token in self.tokens.items():
            try:
                lanes.release_lease(self.ctx.redis, target_id, token)
            except Exception:  # noqa: BLE001 - process exit: the lease expires by itself
                log.debug("lease of %s left to expire", target_id)


_running: Senders | None = None


def start(ctx: NotifierContext) -> Senders:
    """Start (once per process) the senders for the installed context."""
    global _running
    if _running is not None:
        _running.close(0)
    _running = Senders(ctx)
    _running.start()
    atexit.register(_running.close)
    return _running


def stop(wait: float = 0.0) -> None:
    """Stop this process's senders (tests; a process exit does it through atexit)."""
    global _running
    if _running is not None:
        _running.close(wait)
        _running = None
