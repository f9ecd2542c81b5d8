"""A tiny real HTTP server on loopback: serves canned responses and records requests."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


@dataclass
class Recorded:
    method: str
    path: str
    headers: dict[str, str]
    body: bytes
    at: float = field(default_factory=time.time)  # when it arrived (epoch s)


Responder = Callable[[Recorded], tuple[int, dict[str, str], bytes]]


@dataclass
class LocalServer:
    port: int
    requests: list[Recorded] = field(default_factory=list)
    routes: dict[str, Responder] = field(default_factory=dict)

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.port}{path}"


@contextmanager
def local_server() -> Iterator[LocalServer]:
    state = LocalServer(port=0)

    class Handler(BaseHTTPRequestHandler):
        def _handle(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            rec = Recorded(self.command, self.path, dict(self.headers), self.rfile.read(length))
            state.requests.append(rec)
            responder = state.routes.get(self.path.split("?")[0])
            status, headers, body = responder(rec) if responder else (404, {}, b"not found")
            self.send_response(status)
            for name, value in headers.items():
                self.send_header(name, value)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        do_GET = do_POST = _handle

        def log_message(self, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    state.port = server.server_address[1]
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield state
    finally:
        server.shutdown()
        server.server_close()
