"""Drive a docker compose project from a test: the compose client, containers, waits, images.

Works with `docker compose` (v2) and Debian's `docker-compose` 1.29; NEWSWATCH_COMPOSE picks
one explicitly (e.g. NEWSWATCH_COMPOSE=docker-compose).
"""

from __future__ import annotations

import json
import os
import shlex
import shutil
import subprocess
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import REPO

OVERRIDE = Path("tests") / "compose" / "docker-compose.test.yml"
COMMAND_TIMEOUT_SECONDS = 300


def docker_or_skip() -> list[str]:
    """The compose client; in CI a missing Docker fails the test, elsewhere it skips."""
    problem = _docker_problem()
    if problem is None:
        return compose_client()
    if os.environ.get("CI"):
        pytest.fail(f"compose test: {problem} (.ci/run prepares Docker in CI)")
    pytest.skip(f"compose test skipped: {problem}")


def _docker_problem() -> str | None:
    if shutil.which("docker") is None:
        return "no docker client installed"
    info = subprocess.run(["docker", "info"], capture_output=True, text=True, check=False)
    if info.returncode != 0:
        return "no Docker engine answers (`docker info` failed)"
    if not compose_client():
        return "neither `docker compose` nor `docker-compose` is installed"
    return None


def compose_client() -> list[str]:
    chosen = os.environ.get("NEWSWATCH_COMPOSE")
    if chosen:
        return shlex.split(chosen)
    v2 = subprocess.run(["docker", "compose", "version"], capture_output=True, check=False)
    if v2.returncode == 0:
        return ["docker", "compose"]
    v1 = shutil.which("docker-compose")
    return [v1] if v1 else []


def fresh_copy(target: Path) -> Path:
    """The checkout's tracked and new (not ignored) files, as a fresh clone would have them."""
    listed = subprocess.run(
        ["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
        cwd=REPO,
        capture_output=True,
        check=True,
    ).stdout.split(b"\0")
    for name in filter(None, listed):
        source = REPO / os.fsdecode(name)
        if source.is_file():
            (target / os.fsdecode(name)).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, target / os.fsdecode(name))
    return target


class Project:
    """One compose project (its own name) run from `folder` with the test override."""

    def __init__(self, client: list[str], folder: Path, name: str, env: dict[str, str]) -> None:
        self.client = client
        self.folder = folder
        self.name = name
        self.env = {**os.environ, **env}
        self.started = time.monotonic()

    def compose(
        self, *args: str, check: bool = True, timeout: float = COMMAND_TIMEOUT_SECONDS
    ) -> str:
        command = [*self.client, "-p", self.name, "-f", "docker-compose.yml", "-f", str(OVERRIDE)]
        result = subprocess.run(
            [*command, *args],
            cwd=self.folder,
            env=self.env,
            capture_output=True,
            text=True,
            timeout=timeout,
            check=False,
        )
        if check and result.returncode != 0:
            raise AssertionError(f"compose {' '.join(args)} failed:\n{result.stderr[-3000:]}")
        return result.stdout

    def exec(self, service: str, *args: str, check: bool = True) -> str:
        return self.compose("exec", "-T", service, *args, check=check)

    def status(self) -> dict[str, Any]:
        """`newswatch status --json`, run in the poller container."""
        loaded: dict[str, Any] = json.loads(self.exec("poller", "newswatch", "status", "--json"))
        return loaded

    def valkey(self, *commands: str) -> list[str]:
        """Answers of valkey-cli to each command (one per line), in the valkey container."""
        script = "printf '%s\\n' " + " ".join(shlex.quote(c) for c in commands) + " | valkey-cli"
        return self.exec("valkey", "sh", "-c", script).split()

    def wait_in_valkey(self, first: str, second: str, timeout: float) -> None:
        """Return as soon as both valkey-cli commands answer a positive number.

        The loop runs inside the valkey container, so the test sees a short-lived state (a
        batch in hand while others wait) within milliseconds, not one `exec` round trip."""
        script = (
            f'end=$(( $(date +%s) + {int(timeout)} )); while [ "$(date +%s)" -lt "$end" ]; do '
            f"set -- $(printf '%s\\n' {shlex.quote(first)} {shlex.quote(second)} | valkey-cli); "
            '[ "$1" -gt 0 ] && [ "$2" -gt 0 ] && exit 0; sleep 0.02; done; exit 1'
        )
        valkey_id = self.compose("ps", "-q", "valkey").strip()
        done = subprocess.run(["docker", "exec", valkey_id, "sh", "-c", script], check=False)
        assert done.returncode == 0, f"not within {timeout:.0f}s: {first} and {second} both > 0"

    def containers(self) -> dict[str, dict[str, Any]]:
        """`docker inspect` of every container of the project, by service name."""
        ids = self.compose("ps", "-q").split()
        if not ids:
            return {}
        out = subprocess.run(
            ["docker", "inspect", *ids], capture_output=True, text=True, check=True
        ).stdout
        return {c["Config"]["Labels"]["com.docker.compose.service"]: c for c in json.loads(out)}

    def main_pid(self, service: str) -> int:
        pid: int = self.containers()[service]["State"]["Pid"]
        return pid


def wait_for(
    what: str,
    predicate: Callable[[], bool],
    timeout: float,
    every: float = 0.5,
    detail: Callable[[], str] = lambda: "",
) -> float:
    """Seconds until `predicate()` held; fails the test after `timeout` seconds, saying
    `detail()` (the state it ended in)."""
    start = time.monotonic()
    while not predicate():
        if time.monotonic() - start > timeout:
            raise AssertionError(f"not within {timeout:.0f}s: {what} {detail()}".rstrip())
        time.sleep(every)
    return time.monotonic() - start


def image_holds(image: str, needles: Sequence[bytes]) -> list[bytes]:
    """Which of `needles` occur anywhere in `docker save IMAGE` (layers are plain tars)."""
    found: set[bytes] = set()
    overlap = max(len(n) for n in needles)
    tail = b""
    with subprocess.Popen(["docker", "save", image], stdout=subprocess.PIPE) as save:
        assert save.stdout is not None
        while chunk := save.stdout.read(1 << 20):
            window = tail + chunk
            found.update(n for n in needles if n in window)
            tail = window[-overlap:]
    assert save.returncode == 0, f"docker save {image} failed"
    return sorted(found)
