"""Run one fault case against a topology: load before and during the fault, then the
ledger row (lost, duplicated, resent, recovery times, restarts, counters)."""

from __future__ import annotations

import contextlib
import threading
import time
from collections.abc import Callable
from typing import Any

import redis

from tests.faults.conftest import SUMMARY
from tests.faults.topology import Receiver, Topology, write_summary

# Articles dropped before, and while, each fault happens.
BEFORE = 100
DURING = 400
DRIP_SECONDS = 8.0
# Generous: only a hang (or an alert RQ forgot) gets anywhere near it.
DRAIN_LIMIT_SECONDS = 300.0


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


def run_case(
    topology: Topology,
    case: str,
    fault: Callable[[Topology], None],
    receiver: Receiver | None = None,
) -> dict[str, Any]:
    """Drop load, inject `fault` mid-run, wait for every alert; the row is printed and kept
    in the JSON summary. `receiver` picks the target the row is about (default: the first)."""
    receiver = receiver or topology.receiver
    topology.drop(BEFORE)
    feeder = drip(topology, DURING, DRIP_SECONDS)
    time.sleep(DRIP_SECONDS / 3)
    fault_at = time.monotonic()
    requeued = watch_retries(topology)
    fault(topology)
    fault_end = time.monotonic()
    feeder.join()
    done = topology.wait_delivered(DRAIN_LIMIT_SECONDS)
    resumed = [t for t in receiver.times if t > fault_end]
    row: dict[str, Any] = (
        topology.ledger(receiver)
        | {
            "all_delivered": done,
            "resumed_after_fault_s": round(resumed[0] - fault_end, 1) if resumed else None,
            "requeued_after_fault_s": round(requeued[0] - fault_at, 1) if requeued else None,
            "drain_after_fault_s": round(receiver.last_time() - fault_at, 1),
            "restarts": topology.restarts(),
        }
        | topology.notes
    )
    counters = topology.counters()
    row |= {"errors": counters.get("errors", 0), "retries": counters.get("retries", 0)}
    print(f"\n{case}: {row}")
    write_summary(SUMMARY, case, row)
    return row


def assert_exactly_once(topology: Topology, row: dict[str, Any]) -> None:
    """Every alert arrived, none twice; workers and the notifier never had to be restarted
    (the poller's loops are another issue's)."""
    assert row["all_delivered"], topology.logs()
    assert (row["lost"], row["duplicated"], row["unknown"]) == (0, 0, 0), topology.logs()
    crashed = {role: n for role, n in row["restarts"].items() if n and role != "poller"}
    assert crashed == {}, topology.logs()
