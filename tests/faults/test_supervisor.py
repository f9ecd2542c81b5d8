"""`newswatch run` rides its embedded Valkey dying: it starts it again on the same port from
its append-only file, its children wait the outage out, and drops keep turning into alerts."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.faults.topology import REPO, RULES

pytestmark = pytest.mark.faults

LIMIT_SECONDS = 120.0


def wait_for(check, what: str, limit: float = LIMIT_SECONDS):  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + limit
    while time.monotonic() < deadline:
        value = check()
        if value:
            return value
        time.sleep(0.2)
    raise AssertionError(f"timed out waiting for {what}")


def drop(inbox: Path, n: int) -> None:
    tmp = inbox / f".a{n}.tmp"
    tmp.write_text(f"Lavrov on terrorism fault-{n:06d}\n\nLavrov and terrorism, {n}.\n")
    tmp.rename(inbox / f"a{n}.txt")


def alerts(state: Path) -> list[str]:
    path = state / "alerts.jsonl"
    if not path.exists():
        return []
    return [json.loads(line)["title"] for line in path.read_text().splitlines()]


def valkey_pid(state: Path) -> int | None:
    try:
        return int((state / "valkey" / "valkey.pid").read_text())
    except (OSError, ValueError):
        return None


def test_run_restarts_its_dead_valkey_and_keeps_delivering(tmp_path: Path) -> None:
    config, state, drops = tmp_path / "config", tmp_path / "var", tmp_path / "drops"
    config.mkdir()
    (config / "rules.yaml").write_text(RULES, encoding="utf-8")
    (config / "feeds.yaml").write_text("version: 1\nfeeds: []\n", encoding="utf-8")
    (drops / "inbox").mkdir(parents=True)
    env = {k: v for k, v in os.environ.items() if not k.endswith("REDIS_URL")}
    env.update(
        NEWSWATCH_CONFIG_DIR=str(config),
        NEWSWATCH_STATE_DIR=str(state),
        NEWSWATCH_DROP_DIR=str(drops),
        NEWSWATCH_DROP_SETTLE_SECONDS="0",
        NEWSWATCH_EXAMPLE_DROPS="false",
        PYTHONPATH=str(REPO),
    )
    run = subprocess.Popen(
        [sys.executable, "-m", "services", "run"],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    try:
        drop(drops / "inbox", 1)
        wait_for(lambda: len(alerts(state)) == 1, "the first alert")
        first = valkey_pid(state)
        assert first is not None
        os.kill(first, signal.SIGKILL)
        wait_for(lambda: valkey_pid(state) not in (None, first), "a new Valkey")
        drop(drops / "inbox", 2)
        wait_for(lambda: len(alerts(state)) == 2, "the second alert")
        assert run.poll() is None
    finally:
        run.send_signal(signal.SIGTERM)
        _, err = run.communicate(timeout=90)
    assert run.returncode == 0, err.decode(errors="replace")[-3000:]
    assert sorted(alerts(state)) == sorted(set(alerts(state)))
