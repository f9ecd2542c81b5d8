"""One full poll cycle of thousands of feeds served by a local server, beside feedparser alone.

The server (its own process) answers 80 % of the feeds 304 Not Modified, since their ETag
matches; the other 20 % send 50 entries, of which 5 are new (the other 45 are already marked
seen in Redis, as after earlier cycles). The poller runs in a child process so its peak
memory (ru_maxrss) is its own: one `FeedPoller.poll_due` over every feed, claims through the
shared schedule, fetch, parse, identity check and queueing of the new entries included. The
baseline is feedparser's own parse time for the same changed bodies, in this process.

    python -m benchmarks.bench_feeds [--quick]
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import feedparser

from benchmarks.harness import Row

REPO = Path(__file__).resolve().parents[1]
ENTRIES = 50
NEW_ENTRIES = 5
CHANGED_EVERY = 5  # one feed in five has new entries: 20 %
ETAG = '"v1"'


def changed(n: int) -> bool:
    return n % CHANGED_EVERY == 0


def feed_url(port: int, n: int) -> str:
    return f"http://127.0.0.1:{port}/f{n}"


def guid(n: int, i: int) -> str:
    return f"urn:bench:{n}:{i}"


def feed_body(n: int) -> bytes:
    """The current document of feed n: entries 0..4 are the new ones."""
    items = "".join(
        f"<item><title>Story {i} of feed {n}: ministers meet</title>"
        f"<link>https://news.example.org/{n}/{i}?utm_source=rss</link>"
        f"<guid isPermaLink='false'>{guid(n, i)}</guid>"
        "<pubDate>Mon, 23 Oct 2017 10:00:00 GMT</pubDate>"
        f"<description>&lt;p&gt;The talks on item {i} lasted four hours and ended with a "
        "statement on trade, security and the next meeting.&lt;/p&gt;</description></item>"
        for i in range(ENTRIES)
    )
    return (
        "<?xml version='1.0' encoding='utf-8'?><rss version='2.0'><channel>"
        f"<title>Feed {n}</title><link>https://news.example.org/</link>{items}</channel></rss>"
    ).encode()


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def do_GET(self) -> None:
        n = int(self.path.rsplit("f", 1)[1])
        if not changed(n) and self.headers.get("If-None-Match") == ETAG:
            self.send_response(304)
            self.send_header("ETag", ETAG)
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        body = feed_body(n)
        self.send_response(200)
        self.send_header("Content-Type", "application/rss+xml; charset=utf-8")
        self.send_header("ETag", '"v2"')
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        """Quiet."""


def serve(port_file: Path) -> None:
    """The feed server process: writes its port to `port_file`, serves until killed."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    server.daemon_threads = True
    server.request_queue_size = 256
    port_file.write_text(str(server.server_address[1]), encoding="utf-8")
    server.serve_forever()


def seed(redis_url: str, port: int, count: int) -> None:
    """State as after earlier cycles: every feed has its ETag, old entries are seen."""
    import redis

    from services.core import keys

    client = redis.Redis.from_url(redis_url)
    client.flushall()
    pipe = client.pipeline(transaction=False)
    for n in range(count):
        pipe.hset(keys.feed_state(f"f{n}"), mapping={"etag": ETAG, "last_success": "1"})
        if changed(n):
            url = feed_url(port, n)
            for i in range(NEW_ENTRIES, ENTRIES):
                digest = hashlib.sha256(f"{url}\x00guid:{guid(n, i)}".encode()).hexdigest()
                pipe.set(keys.seen("f" + digest[:40]), 1)
        if n % 500 == 499:
            pipe.execute()
    pipe.execute()


def poll_cycle(redis_url: str, port: int, count: int) -> dict[str, float]:
    """In the child process: one poll_due over every feed; its figures as JSON."""
    import redis

    from services.core.settings import Settings
    from services.poller.feed_poller import FeedPoller
    from services.poller.feeds_config import FeedConfig
    from services.poller.fetch import FetchPolicy
    from services.poller.intake import Intake

    settings = Settings(_env_file=None)  # type: ignore[call-arg]
    client = redis.Redis.from_url(redis_url, max_connections=None)
    feeds = [FeedConfig(name=f"f{n}", url=feed_url(port, n)) for n in range(count)]
    intake = Intake(client, settings.batch_size, settings.seen_ttl_days * 86400)
    policy = FetchPolicy(allowed_networks=("127.0.0.0/8",))
    poller = FeedPoller(client, intake, policy, concurrency=settings.feed_concurrency)
    started = time.perf_counter()
    results = poller.poll_due(feeds)
    seconds = time.perf_counter() - started
    return {
        "seconds": seconds,
        "polled": len(results),
        "ok": sum(r.ok for r in results),
        "queued": sum(r.queued for r in results),
        "concurrency": settings.feed_concurrency,
        "maxrss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    }


def feedparser_seconds(count: int) -> float:
    """feedparser alone on the changed feeds' bodies (same options as the poller)."""
    bodies = [feed_body(n) for n in range(count) if changed(n)]
    headers = {"content-type": "application/rss+xml; charset=utf-8"}
    started = time.perf_counter()
    for body in bodies:
        feedparser.parse(
            io.BytesIO(body),
            response_headers=headers,
            sanitize_html=False,
            resolve_relative_uris=False,
        )
    return time.perf_counter() - started


def measure(count: int) -> dict[str, float]:
    """Start Valkey and the feed server, seed, run the poller child; its figures."""
    from services.supervisor.embedded_valkey import EmbeddedValkey

    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        valkey = EmbeddedValkey(root / "valkey")
        valkey.start()
        env = dict(os.environ, PYTHONPATH=str(REPO))
        server = subprocess.Popen(
            [sys.executable, "-m", "benchmarks.bench_feeds", "serve", str(root / "port")],
            cwd=REPO,
            env=env,
        )
        try:
            port = _wait_for_port(root / "port")
            seed(valkey.url, port, count)
            command = ["poll", valkey.url, str(port), str(count)]
            child = subprocess.run(
                [sys.executable, "-m", "benchmarks.bench_feeds", *command],
                cwd=REPO,
                env=env,
                capture_output=True,
                text=True,
                check=True,
            )
            figures: dict[str, float] = json.loads(child.stdout.strip().splitlines()[-1])
            return figures
        finally:
            server.terminate()
            server.wait()
            valkey.stop()


def _wait_for_port(path: Path) -> int:
    for _ in range(200):
        if path.exists() and path.read_text(encoding="utf-8"):
            return int(path.read_text(encoding="utf-8"))
        time.sleep(0.05)
    raise RuntimeError("feed server did not start")


def run(quick: bool) -> list[Row]:
    count = 300 if quick else 5000
    figures = measure(count)
    parse = feedparser_seconds(count)
    changed_feeds = len([n for n in range(count) if changed(n)])
    seconds, queued = figures["seconds"], figures["queued"]
    note = (
        f"{count} feeds, {count - changed_feeds} answer 304, {changed_feeds} send {ENTRIES} "
        f"entries of which {NEW_ENTRIES} new; {figures['ok']:.0f}/{figures['polled']:.0f} ok; "
        f"concurrency {figures['concurrency']:.0f}; baseline: feedparser alone on the "
        f"{changed_feeds} changed bodies"
    )
    return [
        Row("feeds", "poll cycle wall time", seconds, parse, "s", "<= 60 s (5,000 feeds)", note),
        Row("feeds", "feeds polled per second", count / seconds, None, "feeds/s"),
        Row("feeds", "new entries queued per second", queued / seconds, None, "entries/s"),
        Row("feeds", "peak poller memory (ru_maxrss)", figures["maxrss_mb"], None, "MB", "<= 300"),
    ]


def main(argv: list[str]) -> None:
    if argv[:1] == ["serve"]:
        serve(Path(argv[1]))
    elif argv[:1] == ["poll"]:
        print(json.dumps(poll_cycle(argv[1], int(argv[2]), int(argv[3]))))
    else:
        from benchmarks.harness import format_table

        print(format_table(run(quick="--quick" in argv)))


if __name__ == "__main__":
    main(sys.argv[1:])
