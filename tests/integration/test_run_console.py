"""The console is an optional child of `newswatch run`: when it cannot run (its port taken,
say), the pipeline goes on without it; any other child that keeps failing stops the run."""

from __future__ import annotations

import socket

import pytest

from services.supervisor.children import spawn
from services.supervisor.run import _revive
from tests.support.processes import clean_environment


@pytest.fixture
def taken_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        sock.listen()
        yield sock.getsockname()[1]


@pytest.mark.parametrize(("optional", "goes_on"), [(True, True), (False, False)])
def test_a_child_that_cannot_start(redis_url, taken_port, optional, goes_on):
    env = clean_environment(
        NEWSWATCH_REDIS_URL=redis_url, NEWSWATCH_WEB_ADDRESS=f"127.0.0.1:{taken_port}"
    )
    child = spawn("web", ["web"], env, optional=optional)
    results = []
    for _ in range(10):  # at most MAX_RESTARTS restarts, then given up
        child.process.wait(timeout=60)
        results.append(_revive([child]))
        if not results[-1] or child.abandoned:
            break
    assert results[-1] is goes_on
    assert child.abandoned is optional
