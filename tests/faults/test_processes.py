"""Killed processes, stopped processes, a Redis restart and a bad rules edit mid-run: every
alert reaches the webhook exactly once (counted by its id at the receiver).

Recovery times are printed and written to the JSON summary (conftest.SUMMARY); the only
timed bound is a generous one that catches hangs.
"""

from __future__ import annotations

import signal
import threading
import time
from collections.abc import Callable

import pytest

from tests.faults.cases import assert_exactly_once, run_case
from tests.faults.topology import Topology

pytestmark = pytest.mark.faults


def kill(*roles: str, mid_job: bool = True) -> Callable[[Topology], None]:
    """kill -9, the moment the first of `roles` is running a job (when it runs jobs)."""

    def fault(topology: Topology) -> None:
        if mid_job:
            topology.notes["killed_mid_job"] = topology.wait_busy(roles[0])
        for role in roles:
            topology.kill(role, signal.SIGKILL, restart_after=0)

    return fault


def kill_notifier_mid_send(topology: Topology) -> None:
    """kill -9 the notifier while the webhook holds a body it has not answered yet: the
    ambiguous window (the copy it sends again carries the same alert id)."""
    fired = threading.Event()

    def hook() -> None:
        topology.kill("notifier", signal.SIGKILL, restart_after=0)
        fired.set()

    topology.receiver.on_next = hook
    topology.notes["killed_mid_send"] = fired.wait(60)


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
    "kill -9 notifier mid-send": kill_notifier_mid_send,
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
    row = run_case(topology, case, CASES[case])
    assert_exactly_once(topology, row)
