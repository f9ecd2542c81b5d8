"""Wrong console tokens are limited per client address (services/web/throttle.py)."""

from __future__ import annotations

from services.web.throttle import TokenThrottle


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def throttle(clock: Clock, max_addresses: int = 100) -> TokenThrottle:
    return TokenThrottle(max_failures=3, window=60.0, max_addresses=max_addresses, clock=clock)


def test_an_address_waits_after_too_many_wrong_tokens() -> None:
    clock = Clock()
    limit = throttle(clock)
    for _ in range(3):
        assert limit.wait_seconds("10.0.0.1") == 0
        limit.failed("10.0.0.1")
    assert limit.wait_seconds("10.0.0.1") == 60


def test_the_wait_ends_when_the_oldest_failure_leaves_the_window() -> None:
    clock = Clock()
    limit = throttle(clock)
    for _ in range(3):
        limit.failed("10.0.0.1")
        clock.now += 10
    assert limit.wait_seconds("10.0.0.1") == 30
    clock.now += 30
    assert limit.wait_seconds("10.0.0.1") == 0


def test_other_addresses_are_not_held_back() -> None:
    limit = throttle(Clock())
    for _ in range(3):
        limit.failed("10.0.0.1")
    assert limit.wait_seconds("10.0.0.2") == 0


def test_the_right_token_starts_the_count_again() -> None:
    limit = throttle(Clock())
    limit.failed("10.0.0.1")
    limit.failed("10.0.0.1")
    limit.succeeded("10.0.0.1")
    limit.failed("10.0.0.1")
    assert limit.wait_seconds("10.0.0.1") == 0


def test_at_most_max_addresses_are_remembered() -> None:
    limit = throttle(Clock(), max_addresses=2)
    for address in ("a", "b", "c"):
        for _ in range(3):
            limit.failed(address)
    assert [limit.wait_seconds(a) for a in ("a", "b", "c")] == [0, 60, 60]
