"""Start and stop the supervisor's child processes."""

from __future__ import annotations

import ctypes
import os
import signal
import subprocess
import sys
from dataclasses import dataclass

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


@dataclass
class Child:
    role: str
    process: subprocess.Popen[bytes]

    @property
    def running(self) -> bool:
        return self.process.poll() is None


def spawn(role: str, args: list[str], env: dict[str, str]) -> Child:
    """Run `newswatch <args>` as a child with the given environment."""
    command = [sys.executable, "-m", "services", *args]
    process = subprocess.Popen(command, env=env, preexec_fn=child_preexec)  # noqa: S603
    return Child(role, process)


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
