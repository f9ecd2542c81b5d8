"""A real `newswatch notifier` killed (kill -9) while a target holds a send: after a restart
every alert reaches every target, the healthy target never gets a copy, and the one copy
the ambiguous window allows carries the same id (so the receiver can drop it)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
from collections import Counter
from collections.abc import Callable

import pytest

from tests.support.http import Recorded, local_server
from tests.support.notifier import enqueue, make_alert, write_channels
from tests.support.processes import settings_environment

pytestmark = pytest.mark.slow
Reply = tuple[int, dict[str, str], bytes]
ALERTS = 5


def start_notifier(settings) -> subprocess.Popen[bytes]:
    env = settings_environment(
        settings, str(settings.redis_url_value()), NEWSWATCH_LOG_LEVEL="WARNING"
    )
    return subprocess.Popen(
        [sys.executable, "-m", "services", "notifier"],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,  # kill -9 takes its whole process group, like `docker kill`
    )


def wait_for(condition: Callable[[], bool], seconds: float = 90.0) -> bool:
    """Poll a condition; the deadline only stops a broken run (not a timing assertion)."""
    deadline = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > deadline:
            return False
        time.sleep(0.1)
    return True


def ids(requests: list[Recorded]) -> Counter[str]:
    return Counter(r.headers.get("Idempotency-Key", "?") for r in requests)


def test_notifier_killed_mid_send_delivers_everything_once_per_id(redis, settings):
    release = threading.Event()

    def hold_the_first(rec: Recorded) -> Reply:
        if len(slow.requests) == 1:
            release.wait(60)  # the notifier dies while this request is in flight
        return 200, {}, b"{}"

    with local_server() as slow, local_server() as healthy:
        slow.routes["/hook"] = hold_the_first
        healthy.routes["/hook"] = lambda _: (200, {}, b"{}")
        write_channels(
            settings,
            (f"json://127.0.0.1:{slow.port}/hook?rto=5", "team"),
            (f"json://127.0.0.1:{healthy.port}/hook", "team"),
        )
        enqueue(redis, *(make_alert(n) for n in range(ALERTS)))
        first = start_notifier(settings)
        second = None
        try:
            assert wait_for(lambda: len(slow.requests) == 1 and len(healthy.requests) == ALERTS)
            os.killpg(first.pid, signal.SIGKILL)
            first.wait(10)
            release.set()  # the receiver got that body: the ambiguous window
            second = start_notifier(settings)
            assert wait_for(lambda: len(ids(slow.requests)) == ALERTS)
        finally:
            release.set()
            for proc in (first, second):
                if proc is not None and proc.poll() is None:
                    os.killpg(proc.pid, signal.SIGTERM)
                    proc.wait(30)
    assert ids(healthy.requests) == Counter({f"alert-{n}": 1 for n in range(ALERTS)})
    copies = ids(slow.requests)
    assert sorted(copies) == sorted(f"alert-{n}" for n in range(ALERTS))
    assert sum(copies.values()) <= ALERTS + 1  # at most the one copy, with the same id
