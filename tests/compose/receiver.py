"""A webhook receiver for the compose test: appends every POST body to a JSON-lines file.

Runs inside the test's compose network (`python receiver.py FILE`), standard library only.
GET answers 404, so a feed pointed at it fails without leaving the network.
"""

from __future__ import annotations

import json
import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

MAX_BODY_BYTES = 1024 * 1024
PORT = 8080
LOCK = threading.Lock()


class Handler(BaseHTTPRequestHandler):
    def do_POST(self) -> None:
        length = min(int(self.headers.get("Content-Length") or 0), MAX_BODY_BYTES)
        body = self.rfile.read(length).decode("utf-8", "replace")
        line = json.dumps({"path": self.path, "body": body}, ensure_ascii=False)
        with LOCK, open(sys.argv[1], "a", encoding="utf-8") as out:
            out.write(line + "\n")
        self.send_response(200)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def do_GET(self) -> None:
        self.send_error(404)

    def log_message(self, format: str, *args: object) -> None:
        pass


if __name__ == "__main__":
    ThreadingHTTPServer(("0.0.0.0", PORT), Handler).serve_forever()
