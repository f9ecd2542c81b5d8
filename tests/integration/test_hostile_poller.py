"""Hostile drops and feeds in front of the real poller on a real Valkey.

For each case: the poller keeps going, a good drop or entry beside the bad one is queued
(and alerts, through the real workers and notifier), and the bad one is visible with its
reason: in drops/failed/ beside its `.error.txt`, in the failed items `newswatch status`
lists, and in the feed's health. No timings are asserted; `make bench` has those figures.
"""

from __future__ import annotations

import json
import logging
import os
import shutil
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from services.cli_feeds import feeds_health_json
from services.core.errors import StoreUnavailable
from services.core.failures import FailedItem, read_failures
from services.core.settings import Settings
from services.core.stats import read_stats
from services.poller import drop_folder, feed_poller
from services.poller.service import Poller
from services.status import collect_status, extra_lines
from tests.conftest import CONFIG, SEEDS
from tests.support.http import LocalServer, local_server
from tests.support.pipeline import delivered_alerts, run_notifier, run_workers
from tests.support.processes import clean_environment, settings_environment

GOOD_DROP = "zz-good.txt"  # sorts after every bad drop: the scan reaches it last
GOOD_TEXT = (SEEDS / "tass-lavrov-terrorists-migration.txt").read_bytes()
FORGED = "forged\n12:00:00 ERROR   poller: everything is fine.txt"


def write(data: bytes) -> Callable[[Path], None]:
    return lambda path: path.write_bytes(data)


def make_nested_folder(path: Path) -> None:
    """A folder inside a source folder (inbox/<name>/<name>): drops are files, one level down
    at most."""
    path.mkdir()
    (path / path.name).mkdir()


def leftover(inbox: Path) -> list[str]:
    """What is still in the inbox, its (empty) source folders aside; while a running poller
    moves a folder away mid-walk, that folder (it was still there)."""
    try:
        return sorted(
            str(p.relative_to(inbox))
            for p in inbox.rglob("*")
            if not (p.is_dir() and p.parent == inbox)
        )
    except FileNotFoundError as exc:
        return [str(exc.filename)]


def make_fifo(path: Path) -> None:
    os.mkfifo(path)


@dataclass(frozen=True)
class DropCase:
    name: str
    make: Callable[[Path], None]
    reason: str


DROP_CASES = {
    "deep-json": DropCase("deep.json", write(b"[" * 100_000 + b"]" * 100_000), "nested deeper"),
    "huge-number": DropCase(
        "number.json", write(b'{"text": "x", "n": ' + b"1" * 5000 + b"}"), "5000-digit number"
    ),
    "deep-object": DropCase(
        "object.json", write(b'{"a":' * 50_000 + b"1" + b"}" * 50_000), "nested deeper"
    ),
    "long-name": DropCase("a" * 251 + ".txt", write(b""), "empty file"),
    "newline-name": DropCase(FORGED, write(b""), "empty file"),
    "control-name": DropCase("ctl\x1b[2J\x07.html", write(b"%PDF-1.7"), "binary file"),
    "not-utf8-name": DropCase(os.fsdecode(b"bad\xff\xfe.txt"), write(b"\x7fELF"), "executable"),
    "folder": DropCase("folder.json", make_nested_folder, "a folder inside a source folder"),
    "fifo": DropCase("pipe.txt", make_fifo, "not a regular file"),
    "invalid-json": DropCase("broken.json", write(b'{"text": '), "invalid JSON"),
    "wrong-json": DropCase("list.json", write(b"[1, 2]"), "JSON drop"),
}


@pytest.fixture
def poller(redis: Any, settings: Settings) -> Poller:
    return Poller(settings, redis)


def take(poller: Poller) -> None:
    """Scan until every file in the inbox is settled and handled."""
    poller.run_once(threading.Event())


def failed_files(folder: Path) -> list[Path]:
    return [p for p in folder.iterdir() if not p.name.endswith(".error.txt")]


def only_failure(redis: Any, kind: str) -> FailedItem:
    (item,) = [f for f in read_failures(redis) if f.kind == kind]
    return item


@pytest.mark.parametrize("case", DROP_CASES.values(), ids=DROP_CASES.keys())
def test_a_bad_drop_is_set_aside_with_its_reason_and_the_next_is_queued(
    redis: Any, poller: Poller, case: DropCase, caplog: pytest.LogCaptureFixture
) -> None:
    inbox = poller.drops.inbox
    case.make(inbox / case.name)
    (inbox / GOOD_DROP).write_bytes(GOOD_TEXT)
    with caplog.at_level(logging.INFO):
        take(poller)
    assert leftover(inbox) == []
    assert os.listdir(poller.drops.processed) == [GOOD_DROP]
    assert read_stats(redis).articles_in == 1
    (moved,) = failed_files(poller.drops.failed)
    reason_file = moved.with_name(moved.name + ".error.txt")
    assert case.reason in reason_file.read_text(encoding="utf-8")
    assert moved.name[:3] == case.name[:3]  # recognisable, however shortened
    item = only_failure(redis, "drop")
    assert case.reason in item.reason
    assert "\n" not in item.name and item.name.encode("utf-8")
    assert all("\n" not in r.getMessage() for r in caplog.records)


def test_every_hostile_drop_at_once_leaves_the_good_one_alerting(
    redis: Any, settings: Settings, poller: Poller
) -> None:
    for case in DROP_CASES.values():
        case.make(poller.drops.inbox / case.name)
    (poller.drops.inbox / GOOD_DROP).write_bytes(GOOD_TEXT)
    poller.run_once(threading.Event())
    run_workers(redis, settings)
    run_notifier(redis, settings)
    assert len(delivered_alerts(settings)) == 1
    assert len(failed_files(poller.drops.failed)) == len(DROP_CASES)
    assert {f.kind for f in read_failures(redis)} == {"drop"}
    assert len(read_failures(redis)) == len(DROP_CASES)


def test_a_name_that_is_not_utf8_is_taken_and_shown_escaped(redis: Any, poller: Poller) -> None:
    name = os.fsdecode(b"caf\xe9-lavrov.txt")
    (poller.drops.inbox / name).write_bytes(GOOD_TEXT)
    take(poller)
    assert read_stats(redis).articles_in == 1
    assert os.listdir(poller.drops.processed) == [name]
    (key,) = redis.keys("nw:article:*")
    assert json.loads(redis.get(key))["origin_ref"] == "caf\\xe9-lavrov.txt"


def test_a_file_that_vanishes_mid_scan_is_skipped_quietly(
    redis: Any, poller: Poller, monkeypatch: pytest.MonkeyPatch
) -> None:
    inbox = poller.drops.inbox
    for name in ("a.txt", "b.txt", GOOD_DROP):
        (inbox / name).write_bytes(GOOD_TEXT + name.encode())
    real_read = drop_folder.read_drop

    def read_and_remove_next(path: Path, data: bytes, *rest: Any) -> Any:
        if path.name == "a.txt":
            (inbox / "b.txt").unlink()  # another process takes it between listing and read
        return real_read(path, data, *rest)

    monkeypatch.setattr(drop_folder, "read_drop", read_and_remove_next)
    take(poller)
    assert read_stats(redis).articles_in == 2
    assert read_failures(redis) == []


def test_a_drop_that_cannot_be_moved_is_recorded_once_not_retried(
    redis: Any, poller: Poller
) -> None:
    failed = poller.drops.failed
    failed.rmdir()
    failed.write_text("not a folder", encoding="utf-8")  # moving into it fails, even as root
    (poller.drops.inbox / "empty.txt").write_bytes(b"")
    for _ in range(3):
        take(poller)
    assert os.listdir(poller.drops.inbox) == ["empty.txt"]
    # Its failure, and that it could not be set aside: once each, not once per scan.
    first, second = (f.reason for f in reversed(read_failures(redis)))
    assert first == "empty file"
    assert second.startswith("not moved to failed/ (NotADirectoryError")
    assert second.endswith("empty file; left in inbox/")
    (poller.drops.inbox / "empty.txt").write_bytes(b" ")  # changed: tried again
    take(poller)
    assert len(read_failures(redis)) == 4


class UnavailableIntake:
    """An intake whose store says "not now" (e.g. writes not yet durable)."""

    redis = None

    def submit(self, articles: Any) -> Any:
        raise StoreUnavailable("the queue is not durable yet")


def test_drops_the_queue_cannot_take_yet_wait_in_the_inbox(redis: Any, poller: Poller) -> None:
    (poller.drops.inbox / GOOD_DROP).write_bytes(GOOD_TEXT)
    for _ in range(2):
        poller.drops.scan(UnavailableIntake())  # type: ignore[arg-type]
    assert os.listdir(poller.drops.inbox) == [GOOD_DROP]
    assert os.listdir(poller.drops.failed) == []
    take(poller)  # the store is back
    assert os.listdir(poller.drops.processed) == [GOOD_DROP]


def test_an_inbox_that_cannot_be_listed_is_recorded_once(redis: Any, poller: Poller) -> None:
    inbox = poller.drops.inbox
    inbox.rmdir()
    inbox.write_text("not a folder", encoding="utf-8")
    for _ in range(3):
        poller.scan_drops()
    item = only_failure(redis, "drop folder")
    assert item.name.endswith("inbox") and item.reason.startswith("NotADirectoryError")
    inbox.unlink()  # removed: made again, and drops are taken again
    poller.scan_drops()
    (inbox / GOOD_DROP).write_bytes(GOOD_TEXT)
    take(poller)
    assert read_stats(redis).articles_in == 1


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads files whatever their mode")
def test_an_unreadable_drop_is_set_aside(redis: Any, poller: Poller) -> None:
    path = poller.drops.inbox / "locked.txt"
    path.write_bytes(GOOD_TEXT)
    path.chmod(0)
    take(poller)
    assert "PermissionError" in only_failure(redis, "drop").reason


# --- feeds ---


def rss(items: str, title: str = "Wire") -> bytes:
    return (
        f"<?xml version='1.0' encoding='utf-8'?><rss version='2.0'><channel><title>{title}</title>"
        f"{items}</channel></rss>"
    ).encode()


def item(guid: str, link: str = "", title: str = "Lavrov warns of terror threat") -> str:
    link_tag = f"<link>{link}</link>" if link else ""
    guid_tag = f"<guid>{guid}</guid>" if guid else ""
    return (
        f"<item>{guid_tag}{link_tag}<title>{title}</title>"
        "<description>Sergey Lavrov said the terrorist threat remains.</description></item>"
    )


def json_feed(items: list[str]) -> bytes:
    return (
        '{"version": "https://jsonfeed.org/version/1.1", "title": "J", "items": ['
        + ", ".join(items)
        + "]}"
    ).encode()


GOOD_JSON_ITEM = '{"id": "j-good", "title": "Lavrov", "content_text": "Lavrov on terror."}'
BOMB = '<!DOCTYPE rss [<!ENTITY a "{}">]>'.format("A" * 1000)


def bomb(codec: str) -> bytes:
    items = item("b1").replace("Sergey", "&a;&a;&a;")
    text = f'<?xml version="1.0" encoding="{codec}"?>{BOMB}' + rss(items).decode().split("?>", 1)[1]
    return text.encode(codec)


@dataclass(frozen=True)
class FeedCase:
    body: bytes
    queued: int  # good entries queued
    bad_entries: tuple[str, ...] = ()  # fragments of the failed entries' names
    problem: str = ""  # for a feed refused as a whole


FEED_CASES = {
    "bad-link": FeedCase(
        rss(item("", "http://[oops/x") + item("ok-1") + item("ok-2")), 2, ("http://[oops/x",)
    ),
    "json-items": FeedCase(
        json_feed(
            [
                '{"id": ' + "9" * 5000 + ', "content_text": "x"}',
                '{"id": "far", "content_text": "x", "date_published": "9999-12-31T23:00:00-05:00"}',
                '{"id": "bad-date", "content_text": "x", "date_published": "yesterday"}',
                '"an item that is not an object"',
                GOOD_JSON_ITEM,
            ]
        ),
        4,  # a bad field (the huge id, the far or unreadable date) is left out, the item kept
        ("str",),
    ),
    "flood": FeedCase(rss("".join(item(f"f{i}") for i in range(3000))), 100),
    "bomb-cp037": FeedCase(bomb("cp037"), 0, problem="declares XML entities"),
    "bomb-utf7": FeedCase(bomb("utf-7"), 0, problem="declares XML entities"),
    "bomb-utf16": FeedCase(bomb("utf-16-le"), 0, problem="declares XML entities"),
    "deep-json": FeedCase(
        b'{"version": "https://jsonfeed.org/version/1", "items": '
        + b"[" * 100_000
        + b"]" * 100_000
        + b"}",
        0,
        problem="nested deeper",
    ),
    "attribute-bomb": FeedCase(
        rss(item("a1").replace("<title>", "<title" + " a=''" * 100_000 + ">")),
        0,
        problem="more than 64 attributes",
    ),
    "good": FeedCase(rss(item("g-1")), 1),
}


def serve_feeds(server: LocalServer, settings: Settings, **extra: bytes) -> Settings:
    lines = ["version: 1", "feeds:"]
    for name, body in {**{n: c.body for n, c in FEED_CASES.items()}, **extra}.items():
        server.routes[f"/{name}"] = lambda r, body=body: (200, {}, body)
        lines += [f"  - name: {name}", f"    url: {server.url('/' + name)}", "    interval: 5m"]
    (settings.config_dir / "feeds.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return settings.model_copy(
        update={"fetch_allowed_networks": ["127.0.0.0/8"], "max_feed_entries": 100}
    )


@dataclass
class FeedsOutcome:
    results: dict[str, feed_poller.PollResult]
    health: dict[str, dict[str, Any]]
    failures: list[FailedItem]


@pytest.fixture
def feeds_outcome(redis: Any, settings: Settings) -> Iterator[FeedsOutcome]:
    with local_server() as server:
        settings = serve_feeds(server, settings)
        poller = Poller(settings, redis)
        results = poller.feed_poller.poll_all(poller.feeds.current())
        health = {row["name"]: row for row in feeds_health_json(settings)}
        yield FeedsOutcome({r.feed: r for r in results}, health, read_failures(redis, 500))


@pytest.mark.parametrize("name", FEED_CASES, ids=FEED_CASES.keys())
def test_each_hostile_feed_queues_its_good_entries(feeds_outcome: FeedsOutcome, name: str) -> None:
    assert feeds_outcome.results[name].queued == FEED_CASES[name].queued


@pytest.mark.parametrize(
    "name", [n for n, c in FEED_CASES.items() if c.bad_entries], ids=lambda n: str(n)
)
def test_a_bad_entry_is_recorded_and_its_feed_marked_degraded(
    feeds_outcome: FeedsOutcome, name: str
) -> None:
    case = FEED_CASES[name]
    failed = [f for f in feeds_outcome.failures if f.name.startswith(f"{name}: ")]
    assert {f.kind for f in failed} == {"feed entry"}
    for fragment in case.bad_entries:
        assert [f for f in failed if fragment in f.name], fragment
    assert len(failed) == len(case.bad_entries)
    health = feeds_outcome.health[name]
    assert (health["status"], health["failed_entries"]) == ("degraded", len(case.bad_entries))


@pytest.mark.parametrize("name", [n for n, c in FEED_CASES.items() if c.problem])
def test_a_refused_feed_is_failing_with_its_reason(feeds_outcome: FeedsOutcome, name: str) -> None:
    health = feeds_outcome.health[name]
    assert health["status"] == "failing"
    assert FEED_CASES[name].problem in health["last_error"]


def test_json_feed_fields_left_out_are_counted_on_the_feed(feeds_outcome: FeedsOutcome) -> None:
    # the 5000-digit id, the date past 9999 and the unreadable date; their items were queued
    assert feeds_outcome.health["json-items"]["dropped_fields"] == 3


def test_a_flood_is_cut_to_the_bound(feeds_outcome: FeedsOutcome) -> None:
    assert feeds_outcome.health["flood"]["left_out_entries"] == 2900
    assert feeds_outcome.results["flood"].entries == 100


def test_a_bad_entry_still_in_the_feed_next_poll_is_not_recorded_again(
    redis: Any, settings: Settings
) -> None:
    with local_server() as server:
        settings = serve_feeds(server, settings)
        poller = Poller(settings, redis)
        for _ in range(2):
            poller.feed_poller.poll_all(poller.feeds.current())
        health = {row["name"]: row for row in feeds_health_json(settings)}
    bad_link = [f for f in read_failures(redis, 500) if f.name.startswith("bad-link: ")]
    assert len(bad_link) == 1
    assert health["bad-link"]["status"] == "degraded"


def test_an_unexpected_error_in_a_poll_is_that_feeds_failure(
    redis: Any, settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    real_read = feed_poller.read_feed

    def explode_for_one(body: bytes, headers: Any, url: str, limits: Any) -> Any:
        if url.endswith("/bad-link"):
            raise RuntimeError("a library blew up\non two lines")
        return real_read(body, headers, url, limits)

    monkeypatch.setattr(feed_poller, "read_feed", explode_for_one)
    with local_server() as server:
        settings = serve_feeds(server, settings)
        poller = Poller(settings, redis)
        results = {r.feed: r for r in poller.feed_poller.poll_all(poller.feeds.current())}
        health = {row["name"]: row for row in feeds_health_json(settings)}
    assert not results["bad-link"].ok and results["good"].queued == 1
    assert health["bad-link"]["status"] == "failing"
    assert health["bad-link"]["last_error"] == "RuntimeError: a library blew up on two lines"
    assert health["bad-link"]["next_poll"] is not None
    assert only_failure(redis, "feed").name == "bad-link"


# --- the whole poller, running ---


def wait_for(condition: Callable[[], bool], seconds: float = 90.0) -> bool:
    """Poll for a condition (a generous limit for slow machines, not a timing check)."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.1)
    return False


def test_the_running_poller_survives_everything_and_shows_it(
    redis: Any, settings: Settings, capsys: pytest.CaptureFixture[str]
) -> None:
    with local_server() as server:
        settings = serve_feeds(server, settings)
        poller = Poller(settings, redis)
        for case in DROP_CASES.values():
            case.make(poller.drops.inbox / case.name)
        stop = threading.Event()
        runner = threading.Thread(target=poller.run_forever, args=(stop,), daemon=True)
        runner.start()
        try:
            assert wait_for(lambda: not leftover(poller.drops.inbox))
            (poller.drops.inbox / GOOD_DROP).write_bytes(GOOD_TEXT)  # after the bad ones
            assert wait_for(lambda: os.listdir(poller.drops.processed) == [GOOD_DROP])
            assert wait_for(lambda: len(collect_status(redis).heartbeats) == 2)
            assert runner.is_alive()
            status = collect_status(redis)
        finally:
            stop.set()
            runner.join(timeout=60)
    assert sorted(b.loop.rsplit("/", 1)[1] for b in status.heartbeats) == ["drops", "feeds"]
    kinds = {(f.kind, f.name.split(":")[0]) for f in status.failed_items}
    assert ("drop", "deep.json") in kinds and ("feed entry", "json-items") in kinds
    assert set(status.degraded_feeds) == {"bad-link", "json-items"}
    text = "\n".join(extra_lines(status))
    assert "failed drop deep.json at" in text and "DEGRADED" in text
    run_workers(redis, settings)
    run_notifier(redis, settings)
    assert any(a.get("source") == "drop" for a in delivered_alerts(settings))


@pytest.mark.slow
def test_newswatch_run_once_survives_every_hostile_drop(tmp_path: Path) -> None:
    shutil.copytree(CONFIG, tmp_path / "config")
    (tmp_path / "config" / "feeds.yaml").write_text("version: 1\nfeeds: []\n", encoding="utf-8")
    inbox = tmp_path / "drops" / "inbox"
    inbox.mkdir(parents=True)
    for case in DROP_CASES.values():
        case.make(inbox / case.name)
    (inbox / GOOD_DROP).write_bytes(GOOD_TEXT)
    environment = clean_environment(
        NEWSWATCH_DROP_SETTLE_SECONDS="0.2", NEWSWATCH_EXAMPLE_DROPS="false"
    )
    done = subprocess.run(
        [sys.executable, "-m", "services", "run", "--once", "--timeout", "120"],
        cwd=tmp_path,
        env=environment,
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert "alerts sent 1" in done.stdout + done.stderr
    assert len(failed_files(tmp_path / "drops" / "failed")) == len(DROP_CASES)
    assert "forged\\x0a12:00:00 ERROR" in done.stdout + done.stderr
    assert "\n12:00:00 ERROR   poller: everything is fine" not in done.stdout + done.stderr


def test_newswatch_status_shows_failed_items_and_heartbeats(
    redis: Any, settings: Settings, redis_url: str, poller: Poller
) -> None:
    DROP_CASES["newline-name"].make(poller.drops.inbox / FORGED)
    take(poller)
    environment = settings_environment(settings, redis_url)
    text = subprocess.run(
        [sys.executable, "-m", "services", "status"],
        env=environment,
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    ).stdout
    assert "failed drop forged\\x0a12:00:00 ERROR   poller: everything is fine.txt at" in text
    assert "\n12:00:00 ERROR" not in text
    assert "/drops: last beat" in text and "/feeds: last beat" in text
    data = json.loads(
        subprocess.run(
            [sys.executable, "-m", "services", "status", "--json"],
            env=environment,
            capture_output=True,
            text=True,
            timeout=60,
            check=True,
        ).stdout
    )
    (failed,) = data["failed_items"]
    assert (failed["kind"], failed["reason"]) == ("drop", "empty file")
    assert {beat["loop"].rsplit("/", 1)[1] for beat in data["heartbeats"]} == {"drops", "feeds"}


DYING_POLLER = """
import sys, threading
from services.core.settings import Settings
from services.core.queues import connect
from services.poller.service import Poller

settings = Settings()
poller = Poller(settings, connect(settings.redis_url_value()))
def broken_pass(stop):
    raise RuntimeError("the feeds loop itself broke")
poller.poll_feeds = broken_pass
poller.run_forever(threading.Event())
print("run_forever returned")
"""


def test_a_dead_feeds_loop_takes_the_poller_down_non_zero(
    settings: Settings, redis_url: str
) -> None:
    done = subprocess.run(
        [sys.executable, "-c", DYING_POLLER],
        env=settings_environment(settings, redis_url),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 70, done.stdout + done.stderr
    assert "poller feeds loop died: RuntimeError: the feeds loop itself broke" in done.stderr
    assert "run_forever returned" not in done.stdout


@pytest.mark.parametrize(
    ("edit", "reason"),
    [
        (b"version: 1\nfeeds:\n  - name: [unclosed\n", "feeds.yaml"),
        (b"version: 1\nfeeds: " + b"[" * 100_000 + b"]" * 100_000 + b"\n", ""),
        (b"\xff\xfe\x00garbage", ""),
        (b"version: 1\nfeeds:\n  - name: x\n    url: ftp://nope\n", "url"),
    ],
    ids=["syntax", "deep", "binary", "invalid-url"],
)
def test_a_bad_feeds_edit_keeps_the_last_good_list_and_is_listed(
    redis: Any, settings: Settings, edit: bytes, reason: str
) -> None:
    path = settings.config_dir / "feeds.yaml"
    path.write_text(
        "version: 1\nfeeds:\n  - name: wire\n    url: https://example.org/rss\n", encoding="utf-8"
    )
    poller = Poller(settings, redis)
    assert [f.name for f in poller.feeds.current()] == ["wire"]
    write_settled(path, edit)
    assert [f.name for f in poller.feeds.current()] == ["wire"]
    assert [f.name for f in poller.feeds.current()] == ["wire"]  # recorded once, not per look
    item = only_failure(redis, "feeds reload")
    assert item.name.endswith("feeds.yaml") and reason in item.reason


def write_settled(path: Path, data: bytes) -> None:
    """Write ``path`` as if saved a second ago: an edit the poller takes at its next look."""
    path.write_bytes(data)
    os.utime(path, (time.time() - 1, time.time() - 1))


def test_a_feeds_edit_still_being_written_keeps_the_list_until_it_settles(
    redis: Any, settings: Settings
) -> None:
    path = settings.config_dir / "feeds.yaml"
    wire = b"version: 1\nfeeds:\n  - name: wire\n    url: https://example.org/rss\n"
    path.write_bytes(wire)
    poller = Poller(settings, redis)
    assert [f.name for f in poller.feeds.current()] == ["wire"]
    path.write_bytes(b"version: 1\nfeeds: []\n")  # an in-place save caught half way
    assert [f.name for f in poller.feeds.current()] == ["wire"]
    write_settled(path, wire.replace(b"wire", b"news"))
    assert [f.name for f in poller.feeds.current()] == ["news"]
