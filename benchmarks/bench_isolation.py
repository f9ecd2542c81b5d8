"""Target isolation: alerts/s delivered to a healthy webhook while a second target hangs
(accepts the connection and never answers), beside the same run with no second target.

Both through the real notifier (RQ job, per-target lanes and sender threads, apprise) on an
embedded Valkey; the hanging target keeps apprise's default 4 s read timeout, so without
isolation each alert would wait for it (about 0.25 alerts/s).
"""

from __future__ import annotations

import socket
import sys
import tempfile
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from benchmarks.bench_alerts import through_notifier, webhook
from benchmarks.harness import Row


@contextmanager
def hanging_port() -> Iterator[tuple[int, list[socket.socket]]]:
    """A TCP port that accepts connections and never answers; the accepted sockets."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(64)
    listener.settimeout(0.2)
    held: list[socket.socket] = []
    stop = threading.Event()

    def accept() -> None:
        while not stop.is_set():
            try:
                held.append(listener.accept()[0])
            except OSError:
                continue

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    try:
        yield int(listener.getsockname()[1]), held
    finally:
        stop.set()
        thread.join()
        for conn in held:
            conn.close()
        listener.close()


def run(quick: bool) -> list[Row]:
    count = 200 if quick else 1000
    with tempfile.TemporaryDirectory() as tmp, webhook() as (port, hook):
        root = Path(tmp)
        healthy = f"json://127.0.0.1:{port}/hook"
        alone = through_notifier(root, healthy, count, lambda: len(hook.arrivals))
        with hanging_port() as (stuck, held):
            urls = [f"json://127.0.0.1:{stuck}/hook", healthy]
            beside = through_notifier(root, urls, count, lambda: len(hook.arrivals))
            attempts = len(held)
    return [
        Row(
            "alerts",
            "delivered/s to a webhook while another target hangs",
            beside,
            alone,
            "al/s",
            target="ratio ~1",
            note=f"{count} alerts, 1 notifier; baseline: same webhook, no hanging target; "
            f"the hanging target got {attempts} connection(s) meanwhile",
        )
    ]


if __name__ == "__main__":
    from benchmarks.harness import format_table

    print(format_table(run(quick="--quick" in sys.argv)))
