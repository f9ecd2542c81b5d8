"""`newswatch run` as a user runs it: a real process tree on an embedded Valkey."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.conftest import session_config
from tests.support.processes import clean_environment

pytestmark = pytest.mark.slow


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """The shipped rules and examples in a fresh folder, no feeds, no channels."""
    shutil.copytree(session_config(), tmp_path / "config")
    return tmp_path


def newswatch(project: Path, *args: str, **env: str) -> subprocess.Popen[str]:
    environment = clean_environment(**{"NEWSWATCH_DROP_SETTLE_SECONDS": "0.2", **env})
    return subprocess.Popen(
        [sys.executable, "-m", "services", *args],
        cwd=project,
        env=environment,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )


def run_once(project: Path, **env: str) -> str:
    proc = newswatch(project, "run", "--once", "--timeout", "120", **env)
    output, _ = proc.communicate(timeout=180)
    assert proc.returncode == 0, output
    return output


def alert_lines(project: Path) -> list[dict[str, object]]:
    path = project / "var" / "alerts.jsonl"
    if not path.exists():
        return []
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def test_first_run_once_alerts_once_per_example_drop(project):
    output = run_once(project)
    assert len(alert_lines(project)) == 2
    assert "alerts sent 2" in output
    assert not list((project / "drops" / "inbox").iterdir())


def test_second_run_once_delivers_nothing(project):
    run_once(project)
    output = run_once(project)
    assert len(alert_lines(project)) == 2
    assert "alerts sent 0" in output


def test_run_once_exits_with_empty_queues(project):
    run_once(project)
    proc = newswatch(project, "run", "--once")
    proc.communicate(timeout=180)
    # The embedded server keeps its data: inspect it through a second supervisor-free start.
    from services.supervisor.embedded_valkey import EmbeddedValkey

    server = EmbeddedValkey(project / "var" / "valkey")
    server.start()
    try:
        import redis

        client = redis.Redis.from_url(server.url)
        assert client.llen("rq:queue:articles") == 0
        assert client.llen("rq:queue:alerts") == 0
        assert client.zcard("rq:wip:articles") == 0
    finally:
        server.stop()


def make_articles(inbox: Path, count: int) -> None:
    inbox.mkdir(parents=True, exist_ok=True)
    for i in range(count):
        (inbox / f"article-{i:04d}.txt").write_text(
            f"Report number {i}\n\nSergey Lavrov spoke about terrorism on day {i}. " * 20,
            encoding="utf-8",
        )


def test_ctrl_c_during_a_run_loses_nothing(project):
    make_articles(project / "drops" / "inbox", 400)
    proc = newswatch(project, "run", NEWSWATCH_BATCH_SIZE="5", NEWSWATCH_WORKERS="2")
    deadline = time.monotonic() + 60
    log = project / "var" / "alerts.jsonl"
    while time.monotonic() < deadline and (not log.exists() or len(alert_lines(project)) < 20):
        time.sleep(0.05)
    proc.send_signal(signal.SIGINT)
    output, _ = proc.communicate(timeout=120)
    assert proc.returncode == 0, output
    interrupted_at = len(alert_lines(project))
    assert interrupted_at < 400, "the run finished before Ctrl-C; the test proves nothing"
    run_once(project)
    ids = [a["article_id"] for a in alert_lines(project)]
    assert len(ids) == len(set(ids)), "an article alerted twice"
    assert len(ids) == 400  # every generated article exactly once


def wait_for_alerts(project: Path, count: int, seconds: float) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if len(alert_lines(project)) >= count:
            return True
        time.sleep(0.1)
    return False


def test_running_service_picks_up_a_new_drop_within_seconds(project):
    proc = newswatch(project, "run")
    try:
        assert wait_for_alerts(project, 2, 60), "the example drops were not processed"
        new = project / "drops" / "inbox" / "late.txt"
        new.write_text(
            "Lavrov on terrorism\n\n"
            + "Sergey Lavrov spoke about the fight against terrorism in Geneva today. " * 5,
            encoding="utf-8",
        )
        copied_at = time.monotonic()
        assert wait_for_alerts(project, 3, 15), "a file dropped into a running service was missed"
        assert time.monotonic() - copied_at < 15
    finally:
        proc.send_signal(signal.SIGINT)
        output, _ = proc.communicate(timeout=120)
    assert proc.returncode == 0, output


def worker_pids(parent: int) -> list[int]:
    """Pids of `newswatch worker` children of the supervisor (from /proc)."""
    pids = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            cmdline = (entry / "cmdline").read_bytes().split(b"\0")
        except OSError:
            continue
        if int(stat[1]) == parent and b"worker" in cmdline:
            pids.append(int(entry.name))
    return sorted(pids)


def test_a_killed_worker_is_restarted_and_the_service_keeps_working(project):
    proc = newswatch(project, "run", NEWSWATCH_WORKERS="1")
    try:
        assert wait_for_alerts(project, 2, 60)
        (victim,) = worker_pids(proc.pid)
        os.kill(victim, signal.SIGKILL)
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline and worker_pids(proc.pid) in ([], [victim]):
            time.sleep(0.1)
        (replacement,) = worker_pids(proc.pid)
        assert replacement != victim
        (project / "drops" / "inbox" / "after.txt").write_text(
            "Lavrov on terrorism\n\n"
            + "Sergey Lavrov spoke about the fight against terrorism in Vienna today. " * 5,
            encoding="utf-8",
        )
        assert wait_for_alerts(project, 3, 20), "no alert after the worker was replaced"
    finally:
        proc.send_signal(signal.SIGINT)
        output, _ = proc.communicate(timeout=120)
    assert proc.returncode == 0, output
    assert "restarted it" in output


def test_status_finds_the_running_embedded_server(project):
    proc = newswatch(project, "run")
    try:
        assert wait_for_alerts(project, 2, 60)
        status = newswatch(project, "status", "--json")
        output, _ = status.communicate(timeout=60)
        assert status.returncode == 0, output
        report = json.loads(output[output.index("{") :])
        assert report["stats"]["alerts_sent"] >= 2
        assert (project / "var" / "run.url").stat().st_mode & 0o077 == 0
    finally:
        proc.send_signal(signal.SIGINT)
        proc.communicate(timeout=120)
    assert not (project / "var" / "run.url").exists()
