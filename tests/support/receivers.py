"""Real alert receivers on loopback: an SMTP server (aiosmtpd), a silent server that never
answers, and an IRC server (Debian's ngircd) with a listening client."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword

NGIRCD = shutil.which("ngircd") or (
    "/usr/sbin/ngircd" if os.path.exists("/usr/sbin/ngircd") else None
)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def require_binary(path: str | None, name: str) -> str:
    """The binary, or skip — but only outside CI: under CI a missing receiver fails."""
    if path:
        return path
    if os.environ.get("CI"):
        pytest.fail(f"{name} is not installed (.ci/run installs it)")
    pytest.skip(f"{name} is not installed (apt-get install {name})")


@dataclass
class SmtpReceiver:
    """Accepts mail; `replies` answers the next DATA commands instead ("" = accept)."""

    port: int
    password: str | None = None
    replies: list[str] = field(default_factory=list)
    messages: list[bytes] = field(default_factory=list)
    auth_attempts: int = 0

    def url(self, user: str = "alerts", password: str | None = None, extra: str = "") -> str:
        auth = f"{user}:{password}@" if password else ""
        return (
            f"mailto://{auth}127.0.0.1:{self.port}?to=desk@example.org"
            f"&from=newswatch@example.org&cto=2&rto=2{extra}"
        )

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        if self.replies:
            reply = self.replies.pop(0)
            if reply:
                return reply
        self.messages.append(envelope.original_content or envelope.content)
        return "250 OK"

    def authenticate(
        self, server: Any, session: Any, envelope: Any, mechanism: str, data: Any
    ) -> AuthResult:
        self.auth_attempts += 1
        ok = isinstance(data, LoginPassword) and data.password.decode() == (self.password or "")
        return AuthResult(success=ok, handled=False)


@contextmanager
def smtp_receiver(password: str | None = None) -> Iterator[SmtpReceiver]:
    receiver = SmtpReceiver(port=free_port(), password=password)
    controller = Controller(
        receiver,
        hostname="127.0.0.1",
        port=receiver.port,
        authenticator=receiver.authenticate,
        auth_require_tls=False,
        auth_required=False,
    )
    controller.start()
    try:
        yield receiver
    finally:
        controller.stop()


@contextmanager
def silent_server() -> Iterator[int]:
    """A TCP port that accepts connections and never says a word (a hung SMTP server)."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(16)
    held: list[socket.socket] = []
    stop = threading.Event()

    def accept() -> None:
        listener.settimeout(0.2)
        while not stop.is_set():
            try:
                conn, _ = listener.accept()
                held.append(conn)
            except OSError:
                continue

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    try:
        yield int(listener.getsockname()[1])
    finally:
        stop.set()
        thread.join()
        for conn in held:
            conn.close()
        listener.close()


NGIRCD_CONF = """[Global]
Name = irc.newswatch.test
Info = newswatch test server
Listen = 127.0.0.1
Ports = {port}
MotdPhrase = test
[Limits]
MaxConnectionsIP = 0
[Options]
DNS = no
Ident = no
PAM = no
[Channel]
Name = #news
Modes = +n
"""


@dataclass
class IrcListener:
    """A client sitting in a channel, collecting what is said there."""

    sock: socket.socket
    lines: list[str] = field(default_factory=list)

    def said(self, timeout: float = 10.0, wanted: str = "") -> list[str]:
        deadline = time.monotonic() + timeout
        buffer = b""
        self.sock.settimeout(0.2)
        while time.monotonic() < deadline:
            try:
                chunk = self.sock.recv(65536)
            except TimeoutError:
                chunk = b""
            buffer += chunk
            *complete, buffer = buffer.split(b"\r\n")
            for raw in complete:
                line = raw.decode("utf-8", "replace")
                if line.startswith("PING"):
                    self.sock.sendall(b"PONG" + raw[4:] + b"\r\n")
                elif " PRIVMSG #news :" in line:
                    self.lines.append(line.split(" PRIVMSG #news :", 1)[1])
            if wanted and any(wanted in line for line in self.lines):
                break
        return self.lines


@contextmanager
def irc_server(tmp_path: Path) -> Iterator[tuple[int, IrcListener]]:
    binary = require_binary(NGIRCD, "ngircd")
    port = free_port()
    conf = tmp_path / "ngircd.conf"
    conf.write_text(NGIRCD_CONF.format(port=port), encoding="utf-8")
    conf.chmod(0o644)
    proc = subprocess.Popen(
        [binary, "-n", "-f", str(conf)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    try:
        sock = _connect(port)
        sock.sendall(b"NICK listener\r\nUSER listener 0 * :listener\r\nJOIN #news\r\n")
        listener = IrcListener(sock)
        _wait_for(sock, b" 366 ")  # end of the channel's names list: joined
        yield port, listener
        sock.close()
    finally:
        proc.terminate()
        proc.wait(timeout=5)


def _connect(port: int) -> socket.socket:
    deadline = time.monotonic() + 5
    while True:
        try:
            return socket.create_connection(("127.0.0.1", port), timeout=5)
        except OSError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.05)


def _wait_for(sock: socket.socket, marker: bytes) -> None:
    seen = b""
    deadline = time.monotonic() + 5
    while marker not in seen and time.monotonic() < deadline:
        seen += sock.recv(65536)
    assert marker in seen, seen[-500:]
