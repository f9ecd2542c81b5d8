"""Feeds that misbehave in every known way, polled in one cycle beside two good feeds.

For each hostile feed: the good feeds are still polled in the same cycle, memory stays
bounded, exactly one clear log line names the feed and the problem, and the feed's health
(what `newswatch feeds --json` prints) shows it. The cycle runs once per module (it is the
slow part: the hanging and trickling servers each hold a fetch until the deadline); each
case then checks its own row of the outcome.
"""

from __future__ import annotations

import logging
import shutil
import time
import tracemalloc
import zlib
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
import redis as redis_lib

from services.cli_feeds import feeds_health_json
from services.core.queues import articles_queue
from services.core.settings import Settings
from services.poller.service import Poller
from tests.conftest import CONFIG
from tests.integration.test_fetch import (
    Handler,
    LocalServer,
    _RequestHandler,
    raw_head,
    redirect,
    reply,
    then_hang,
    trickle,
    zeros_compressed,
)

DEADLINE = 2.5
RETRY_AFTER = 5000
MEMORY_LIMIT = 80 * 1024 * 1024  # the 50 MB body and the 200 MB bomb are both larger


def rss(name: str, items: int = 3) -> bytes:
    entries = "".join(
        f"<item><guid>{name}-{i}</guid><title>{name} story {i}</title>"
        f"<description>Body of story {i}.</description></item>"
        for i in range(items)
    )
    return (
        "<?xml version='1.0' encoding='utf-8'?><rss version='2.0'><channel>"
        f"<title>{name}</title>{entries}</channel></rss>"
    ).encode()


def billion_laughs() -> bytes:
    levels = ['<!ENTITY lol0 "lol">'] + [
        f'<!ENTITY lol{n} "{f"&lol{n - 1};" * 10}">' for n in range(1, 10)
    ]
    return (
        f"<?xml version='1.0'?><!DOCTYPE rss [{''.join(levels)}]>"
        "<rss version='2.0'><channel><title>&lol9;</title></channel></rss>"
    ).encode()


def huge_entity() -> bytes:
    big = "x" * (5 * 1024 * 1024)
    uses = "&big;" * 100
    return (
        f'<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY big "{big}">]>'
        f"<rss version='2.0'><channel><item><title>{uses}</title></item></channel></rss>"
    ).encode()


LATIN1 = (
    "<?xml version='1.0' encoding='utf-8'?><rss version='2.0'><channel><title>Caf\xe9</title>"
    "<item><guid>l-1</guid><title>Caf\xe9 cr\xe8me</title><description>Le caf\xe9.</description>"
    "</item></channel></rss>"
).encode("latin-1")
HTML = b"<!doctype html><html><head><title>Home</title></head><body><p>Welcome</p></body></html>"
MEGABYTE = b"<item>" + b"x" * (1024 * 1024 - 6)


def fifty_megabytes(h: _RequestHandler) -> None:
    """50 MB without a Content-Length, written until the client hangs up."""
    h.wfile.write(raw_head(200, {"Content-Type": "application/rss+xml"}))
    for _ in range(50):
        h.wfile.write(MEGABYTE)


@dataclass(frozen=True)
class Case:
    route: Handler | None
    ok: bool
    problem: str  # in the log line and in the feed's last error ("" for a healthy feed)


def cases() -> dict[str, Case]:
    gzip = {"Content-Type": "application/rss+xml", "Content-Encoding": "gzip"}
    xml = {"Content-Type": "application/rss+xml; charset=utf-8"}
    return {
        "good-1": Case(reply(200, rss("good-1"), xml), True, ""),
        "good-2": Case(reply(200, rss("good-2"), xml), True, ""),
        "hang": Case(then_hang(b""), False, "timed out"),
        "trickle": Case(
            trickle(raw_head(200, {"Content-Length": "100"}), b"x" * 100, 1.0),
            False,
            "timed out: overall deadline",
        ),
        "http-500": Case(reply(500, b"oops"), False, "unavailable: HTTP 500"),
        "http-503": Case(reply(503, b"busy", {"Retry-After": str(RETRY_AFTER)}), False, "HTTP 503"),
        "not-modified": Case(reply(304), True, ""),
        "redirect-loop": Case(None, False, "redirect loop"),
        "metadata": Case(
            redirect("http://169.254.169.254/latest/meta-data/"),
            False,
            "refused: resolves to cloud metadata address 169.254.169.254",
        ),
        "fifty-mb": Case(fifty_megabytes, False, "refused: body over"),
        "gzip-bomb": Case(
            reply(200, zeros_compressed(200, zlib.MAX_WBITS | 16), gzip),
            False,
            "refused: decompressed body over",
        ),
        "billion-laughs": Case(reply(200, billion_laughs(), xml), False, "declares XML entities"),
        "huge-entity": Case(reply(200, huge_entity(), xml), False, "declares XML entities"),
        "invalid-xml": Case(reply(200, b"<<<>>> not xml &&&", xml), False, "not a readable feed"),
        "latin1-as-utf8": Case(reply(200, LATIN1, xml), True, "parsed as windows-1252"),
        "html-page": Case(reply(200, HTML, {"Content-Type": "text/html"}), False, "not a readable"),
        "empty-200": Case(reply(200, b"", xml), False, "not a readable feed"),
    }


CASES = cases()


@dataclass
class Outcome:
    seconds: float
    peak_bytes: int
    fetched: Counter[str]
    polled: list[str]
    lines: list[logging.LogRecord]
    health: dict[str, dict[str, Any]]
    queued_jobs: int


class _Collect(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.INFO)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)


def write_feeds(config: Path, server: LocalServer) -> None:
    lines = ["version: 1", "feeds:"]
    for name in CASES:
        lines += [f"  - name: {name}", f"    url: {server.url('/' + name)}"]
    (config / "feeds.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")


@pytest.fixture(scope="module")
def outcome(valkey_server: Any, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Outcome]:
    root = tmp_path_factory.mktemp("hostile")
    (root / "config").mkdir()
    shutil.copy(CONFIG / "rules.yaml", root / "config" / "rules.yaml")
    url = f"redis://127.0.0.1:{valkey_server.port}/0"
    settings = Settings(
        redis_url=url,
        config_dir=root / "config",
        state_dir=root / "var",
        drop_dir=root / "drops",
        fetch_allowed_networks=["127.0.0.0/8"],
        fetch_timeout_seconds=DEADLINE,
        feed_concurrency=4,
        _env_file=None,  # type: ignore[call-arg]
    )
    client = redis_lib.Redis.from_url(url)
    client.flushall()
    collect = _Collect()
    logger = logging.getLogger("services.poller")
    logger.addHandler(collect)
    previous_level = logger.level
    logger.setLevel(logging.INFO)
    with LocalServer() as server:
        for name, case in CASES.items():
            if case.route is not None:
                server.routes["/" + name] = case.route
        server.routes["/redirect-loop"] = redirect("/redirect-loop-2")
        server.routes["/redirect-loop-2"] = redirect("/redirect-loop")
        write_feeds(settings.config_dir, server)
        poller = Poller(settings, client)
        tracemalloc.start()
        started = time.perf_counter()
        try:
            results = poller.feed_poller.poll_due(poller.feeds.current())
            seconds = time.perf_counter() - started
            peak = tracemalloc.get_traced_memory()[1]
        finally:
            tracemalloc.stop()
            logger.removeHandler(collect)
            logger.setLevel(previous_level)
        yield Outcome(
            seconds=seconds,
            peak_bytes=peak,
            fetched=Counter(path for path, _ in server.requests),
            polled=[r.feed for r in results],
            lines=collect.records,
            health={row["name"]: row for row in feeds_health_json(settings)},
            queued_jobs=articles_queue(client).count,
        )
    client.flushall()
    client.close()


def lines_about(outcome: Outcome, name: str, level: int) -> list[str]:
    return [
        r.getMessage()
        for r in outcome.lines
        if r.levelno == level and r.getMessage().startswith(f"feed {name}:")
    ]


def test_one_cycle_polls_every_feed_once_and_ends_near_the_deadline(outcome: Outcome) -> None:
    assert sorted(outcome.polled) == sorted(CASES)
    assert all(outcome.fetched["/" + name] == 1 for name in CASES)
    assert outcome.seconds < 3 * DEADLINE


def test_memory_stays_bounded(outcome: Outcome) -> None:
    print(f"peak traced memory during the cycle: {outcome.peak_bytes / 1e6:.1f} MB")
    assert outcome.peak_bytes < MEMORY_LIMIT


def test_good_feeds_are_read_beside_the_hostile_ones(outcome: Outcome) -> None:
    for name in ("good-1", "good-2"):
        assert outcome.health[name]["status"] == "ok"
        assert outcome.health[name]["items_seen"] == 3
    assert outcome.queued_jobs >= 1


@pytest.mark.parametrize("name", [n for n, c in CASES.items() if not c.ok])
def test_failure_is_one_clear_log_line(outcome: Outcome, name: str) -> None:
    (line,) = lines_about(outcome, name, logging.WARNING)
    assert CASES[name].problem in line
    assert "failure 1, next try in" in line


@pytest.mark.parametrize("name", [n for n, c in CASES.items() if not c.ok])
def test_failure_shows_in_the_feed_health(outcome: Outcome, name: str) -> None:
    health = outcome.health[name]
    assert health["status"] == "failing"
    assert health["failures"] == 1
    assert CASES[name].problem in health["last_error"]
    assert "\n" not in health["last_error"]
    assert health["last_success"] is None and health["failing_since"] is not None


@pytest.mark.parametrize("name", [n for n, c in CASES.items() if c.ok])
def test_healthy_feeds_log_no_warning(outcome: Outcome, name: str) -> None:
    assert lines_about(outcome, name, logging.WARNING) == []
    health = outcome.health[name]
    assert (health["status"], health["failures"], health["last_error"]) == ("ok", 0, None)


def test_feed_declared_utf8_but_latin1_is_read_and_says_so(outcome: Outcome) -> None:
    lines = lines_about(outcome, "latin1-as-utf8", logging.INFO)
    (line,) = [line for line in lines if "despite" in line]
    assert "read 1 entries despite: document declared as utf-8" in line
    assert outcome.health["latin1-as-utf8"]["items_seen"] == 1


def test_retry_after_pushes_the_next_poll(outcome: Outcome) -> None:
    next_poll = datetime.fromisoformat(outcome.health["http-503"]["next_poll"])
    assert (next_poll - datetime.now(UTC)).total_seconds() >= RETRY_AFTER - 60
