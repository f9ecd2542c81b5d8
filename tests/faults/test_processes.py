"""Killed processes, stopped processes, a Redis restart and a bad rules edit mid-run: every
alert reaches the webhook exactly once (counted by its id at the receiver).

Recovery times are printed and written to the JSON summary (conftest.SUMMARY); the only
timed bound is a generous one that catches hangs.
"""

from __future__ import annotations

import contextlib
import signal
import threading
import time
from collections.abc import Callable

import pytest
import redis

from tests.faults.conftest import SUMMARY
from tests.faults.topology import Topology, write_summary

pytestmark = pytest.mark.faults

# Articles dropped before, and while, each fault happens.
BEFORE = 100
DURING = 400
DRIP_SECONDS = 8.0
# Generous: only a hang (or an alert RQ forgot) gets anywhere near it.
DRAIN_LIMIT_SECONDS = 240.0


def drip(topology: Topology, count: int, seconds: float) -> threading.Thread:
    """Drop `count` articles spread over `seconds` in the background."""

    def run() -> None:
        waves = 16
        for _ in range(waves):
            topology.drop(count // waves)
            time.sleep(seconds / waves)

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    return thread


def watch_retries(topology: Topology, seconds: float = 60.0) -> list[float]:
    """In the background: when the `retries` counter first moves (a dead worker's job
    re-queued); the list stays empty if it never does (no job was in flight)."""
    seen: list[float] = []
    start = topology.counters().get("retries", 0)

    def run() -> None:
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline and not seen:
            with contextlib.suppress(redis.RedisError):  # Valkey may be down in this very case
                if topology.counters().get("retries", 0) > start:
                    seen.append(time.monotonic())
            time.sleep(0.2)

    threading.Thread(target=run, daemon=True).start()
    return seen


def kill(*roles: str, mid_job: bool = True) -> Callable[[Topology], None]:
    """kill -9, the moment the first of `roles` is running a job (when it runs jobs)."""

    def fault(topology: Topology) -> None:
        if mid_job:
            topology.notes["killed_mid_job"] = topology.wait_busy(roles[0])
        for role in roles:
            topology.kill(role, signal.SIGKILL, restart_after=0)

    return fault


def stop_everything(topology: Topology) -> None:
    topology.stop_all(signal.SIGTERM)
    time.sleep(1.0)
    topology.start_all()


def valkey(sig: int, down: float) -> Callable[[Topology], None]:
    return lambda topology: topology.valkey_down(sig, down)


def bad_rules(topology: Topology) -> None:
    path = topology.config / "rules.yaml"
    good = path.read_text(encoding="utf-8")
    path.write_text(good + "  - name: [broken\n", encoding="utf-8")
    time.sleep(5.0)
    path.write_text(good, encoding="utf-8")


CASES: dict[str, Callable[[Topology], None]] = {
    "kill -9 one worker": kill("worker-1"),
    "kill -9 both workers": kill("worker-1", "worker-2"),
    "kill -9 notifier mid-send": kill("notifier"),
    "kill -9 poller mid-intake": kill("poller", mid_job=False),
    "SIGTERM everything, restart": stop_everything,
    "Valkey SIGTERM, 5 s down": valkey(signal.SIGTERM, 5.0),
    "Valkey kill -9, AOF restart": valkey(signal.SIGKILL, 3.0),
    "Valkey down 60 s": valkey(signal.SIGKILL, 60.0),
    "Valkey kill -9 between a send and its mark": lambda t: t.valkey_down_mid_send(3.0),
    "bad rules edit mid-run": bad_rules,
}


@pytest.mark.parametrize("case", list(CASES))
def test_fault_loses_and_doubles_nothing(topology: Topology, case: str) -> None:
    topology.drop(BEFORE)
    feeder = drip(topology, DURING, DRIP_SECONDS)
    time.sleep(DRIP_SECONDS / 3)
    fault_at = time.monotonic()
    requeued = watch_retries(topology)
    CASES[case](topology)
    fault_end = time.monotonic()
    feeder.join()
    done = topology.wait_delivered(DRAIN_LIMIT_SECONDS)
    resumed = [t for t in topology.receiver.times if t > fault_end]
    row = (
        topology.ledger()
        | {
            "resumed_after_fault_s": round(resumed[0] - fault_end, 1) if resumed else None,
            "requeued_after_fault_s": round(requeued[0] - fault_at, 1) if requeued else None,
            "drain_after_fault_s": round(topology.receiver.last_time() - fault_at, 1),
            "restarts": topology.restarts(),
        }
        | topology.notes
    )
    counters = topology.counters()
    row |= {"errors": counters.get("errors", 0), "retries": counters.get("retries", 0)}
    print(f"\n{case}: {row}")
    write_summary(SUMMARY, case, row)
    assert done, topology.logs()
    assert (row["lost"], row["duplicated"], row["unknown"]) == (0, 0, 0), topology.logs()
    # Workers and the notifier ride every fault; the poller's loops are another issue's.
    crashed = {role: n for role, n in row["restarts"].items() if n and role != "poller"}
    assert crashed == {}, topology.logs()
