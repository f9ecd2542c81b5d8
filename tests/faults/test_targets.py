"""Alert targets misbehaving mid-run: every alert still reaches every target once, and a
hanging target does not hold up another one.

Recovery and drain times go to the JSON summary beside the process faults' rows.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from tests.faults.cases import assert_exactly_once, run_case
from tests.faults.topology import Receiver, Topology, webhook

pytestmark = pytest.mark.faults

OUTAGE_SECONDS = 60.0


def failing_for(seconds: float, status: int, headers: dict[str, str]) -> Callable[[Topology], None]:
    """The webhook answers `status` (with `headers`) for `seconds`, then 200 again."""

    def fault(topology: Topology) -> None:
        until = time.monotonic() + seconds

        def answer() -> tuple[int, dict[str, str]]:
            return (status, headers) if time.monotonic() < until else (200, {})

        topology.receiver.answer = answer

    return fault


@pytest.mark.parametrize(
    ("case", "fault"),
    [
        ("webhook 500 for a minute", failing_for(OUTAGE_SECONDS, 500, {})),
        ("webhook 429 with Retry-After", failing_for(15.0, 429, {"Retry-After": "3"})),
    ],
)
def test_failing_webhook_gets_every_alert_once(
    topology: Topology, case: str, fault: Callable[[Topology], None]
) -> None:
    row = run_case(topology, case, fault)
    assert_exactly_once(topology, row)
    assert row["resent_same_id"] == 0


@pytest.fixture
def second() -> Iterator[Receiver]:
    with webhook(Receiver()) as rec:
        yield rec


@pytest.fixture
def two_targets(tmp_path: Path, receiver: Receiver, second: Receiver) -> Iterator[Topology]:
    topo = Topology(tmp_path / "topology", receiver, others=(second,))
    topo.start()
    try:
        yield topo
    finally:
        topo.close()


def test_hanging_webhook_does_not_hold_up_the_other_target(
    two_targets: Topology, receiver: Receiver, second: Receiver
) -> None:
    def hang(topology: Topology) -> None:
        receiver.hang_until = time.monotonic() + OUTAGE_SECONDS

    started = time.monotonic()
    row = run_case(two_targets, "webhook hanging for a minute: the hanging one", hang)
    other = two_targets.ledger(second)
    # The second target got everything while the first was still hanging.
    other_done = second.last_time() - started
    print(f"second target: {other}, all delivered {other_done:.1f}s after the load began")
    assert_exactly_once(two_targets, row)
    assert (other["lost"], other["duplicated"], other["resent_same_id"]) == (0, 0, 0)
    assert second.last_time() < receiver.hang_until
