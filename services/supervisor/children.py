"""Start and stop the supervisor's child processes."""

from __future__ import annotations

import ctypes
import os
import signal
import subprocess
import sys
import time
from dataclasses import dataclass, field

PR_SET_PDEATHSIG = 1


def child_preexec() -> None:
    """Own session (Ctrl-C reaches only the supervisor, which stops children in order) and
    SIGTERM if the supervisor dies, so nothing is left running behind it."""
    os.setsid()
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(PR_SET_PDEATHSIG, signal.SIGTERM)
    except (OSError, AttributeError):  # not Linux: the session still isolates Ctrl-C
        pass


# A child that exits this often is crash-looping: restarting it again would only hide that.
MAX_RESTARTS = 5
RESTART_WINDOW_SECONDS = 60.0
# Exit code of a configuration error (see services.cli): restarting cannot fix it.
EXIT_CONFIG = 2


@dataclass
class Child:
    role: str
    args: list[str]
    env: dict[str, str]
    process: subprocess.Popen[bytes]
    restarts: list[float] = field(default_factory=list)
    # An optional child (the console) that keeps failing is left stopped; the rest runs on.
    optional: bool = False
    abandoned: bool = False

    @property
    def running(self) -> bool:
        return self.process.poll() is None

    def restart(self) -> bool:
        """Start the command again; False when it crash-loops or failed on its configuration."""
        now = time.monotonic()
        self.restarts = [t for t in self.restarts if now - t < RESTART_WINDOW_SECONDS]
        if self.process.returncode == EXIT_CONFIG or len(self.restarts) >= MAX_RESTARTS:
            return False
        self.restarts.append(now)
        self.process = _popen(self.args, self.env)
        return True


def _popen(args: list[str], env: dict[str, str]) -> subprocess.Popen[bytes]:
    command = [sys.executable, "-m", "services", *args]
    return subprocess.Popen(command, env=env, preexec_fn=child_preexec)  # noqa: S603


def spawn(role: str, args: list[str], env: dict[str, str], optional: bool = False) -> Child:
    """Run `newswatch <args>` as a child with the given environment."""
    return Child(role, args, env, _popen(args, env), optional=optional)


def stop_all(children: list[Child], timeout: float) -> None:
    """SIGTERM each child once (RQ's warm shutdown: the current job finishes), then wait."""
    for child in children:
        if child.running:
            child.process.send_signal(signal.SIGTERM)
    for child in children:
        try:
            child.process.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            child.process.kill()
            child.process.wait()
