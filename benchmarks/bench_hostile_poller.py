"""Hostile drops and feeds through the poller's per-item work, beside normal input of the
same size: the "hostile" table of `make bench`.

Each case runs in its own child process (so one case's peak memory, ru_maxrss, does not
pollute the next) and does what the poller does for one item: a drop file is read and turned
into its article under the item guard (`DropFolder._read`); a feed body is read with the
per-poll bound and each entry turned into its article under its guard. The value is the
item's CPU seconds, the baseline the same for a normal input of the same size, the note the
child's peak memory. Targets: under 10 s CPU and 500 MB for any one item.

    python -m benchmarks.bench_hostile_poller [--quick]
"""

from __future__ import annotations

import json
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from benchmarks.harness import Row

REPO = Path(__file__).resolve().parents[1]
MB = 1024 * 1024
DROP_CAP = 5 * MB  # NEWSWATCH_MAX_DROP_BYTES default
FEED_CAP = 19 * MB  # under the fetcher's 20 MB decompressed cap
BOMB_ENTITY = '<!DOCTYPE rss [<!ENTITY a "{}">]>'.format("A" * 100)


def rss_items(
    count: int, text_bytes: int, link: str = "https://example.org/{i}", guid: bool = True
) -> str:
    text = ("Lavrov spoke on terror. " * (text_bytes // 24 + 1))[:text_bytes]
    return "".join(
        "<item>"
        + (f"<guid>g{i}</guid>" if guid else "")
        + f"<link>{link.format(i=i)}</link><title>Story {i}</title>"
        f"<description>{text}</description></item>"
        for i in range(count)
    )


def rss(items: str, encoding: str = "utf-8", doctype: str = "") -> bytes:
    head = f'<?xml version="1.0" encoding="{encoding}"?>{doctype}'
    return f"{head}<rss version='2.0'><channel><title>t</title>{items}</channel></rss>".encode(
        encoding
    )


def json_feed(items: list[str]) -> bytes:
    head = '{"version": "https://jsonfeed.org/version/1.1", "title": "j", "items": ['
    return (head + ", ".join(items) + "]}").encode()


def json_items(count: int, text_bytes: int, extra: str = "") -> list[str]:
    text = ("Lavrov spoke on terror. " * (text_bytes // 24 + 1))[:text_bytes]
    return [f'{{"id": "i{i}", "content_text": "{text}"{extra}}}' for i in range(count)]


def fill_to(size: int, count: int) -> int:
    """Text bytes per entry so that `count` entries make about `size` bytes."""
    return max(size // count - 120, 10)


# name -> (kind, hostile input builder, normal input builder of about the same size)
Builder = Callable[[bool], bytes]


def cases(quick: bool) -> dict[str, tuple[str, Builder, Builder]]:
    drop = DROP_CAP // 10 if quick else DROP_CAP
    feed = FEED_CAP // 10 if quick else FEED_CAP
    flood = 15_000 if quick else 150_000

    def normal_json_drop(size: int) -> Builder:
        return lambda _: json.dumps({"text": "Lavrov on terror. " * (size // 18)}).encode()

    def normal_rss(size: int, encoding: str = "utf-8") -> Builder:
        return lambda _: rss(rss_items(50, fill_to(size, 50)), encoding)

    return {
        "drop: JSON nested to the size cap": (
            "drop",
            lambda _: b"[" * (drop // 2) + b"]" * (drop // 2),
            normal_json_drop(drop),
        ),
        "drop: JSON object nested 100,000 deep": (
            "drop",
            lambda _: b'{"a":' * 100_000 + b"1" + b"}" * 100_000,
            normal_json_drop(600_000),
        ),
        "drop: JSON 5,000-digit number": (
            "drop",
            lambda _: b'{"text": "x", "n": ' + b"1" * 5000 + b"}",
            normal_json_drop(5000),
        ),
        "drop: JSON of 100-digit numbers to the cap": (
            "drop",
            lambda _: b'{"text": "x", "n": [' + b",".join([b"9" * 100] * (drop // 101)) + b"]}",
            normal_json_drop(drop),
        ),
        "feed: RSS flood (entries to the size cap)": (
            "feed",
            lambda _: rss(rss_items(flood, 10)),
            normal_rss(feed),
        ),
        "feed: JSON Feed flood": (
            "feed",
            lambda _: json_feed(json_items(flood, 10)),
            lambda _: json_feed(json_items(50, fill_to(feed, 50))),
        ),
        "feed: cp037 entity bomb (~400 bytes)": (
            "feed",
            lambda _: rss(rss_items(1, 20).replace("Lavrov", "&a;" * 10), "cp037", BOMB_ENTITY),
            lambda _: rss(rss_items(1, 250), "cp037"),
        ),
        "feed: utf-16 entity bomb, no BOM": (
            "feed",
            lambda _: rss(rss_items(1, 20).replace("Lavrov", "&a;" * 10), "utf-16-le", BOMB_ENTITY),
            lambda _: rss(rss_items(1, 250), "utf-16-le"),
        ),
        "feed: 500 entries with a bad link": (
            "feed",
            lambda _: rss(rss_items(500, 200, "http://[oops/{i}", guid=False)),
            lambda _: rss(rss_items(500, 200, guid=False)),
        ),
        "feed: JSON items with 5,000-digit ids": (
            "feed",
            lambda _: json_feed(
                ['{"id": ' + "7" * 5000 + ', "content_text": "x"}'] * 500 + json_items(1, 10)
            ),
            lambda _: json_feed(json_items(500, 5000)),
        ),
        "feed: JSON items dated year 9999": (
            "feed",
            lambda _: json_feed(
                json_items(500, 200, ', "date_published": "9999-12-31T23:00:00-05:00"')
            ),
            lambda _: json_feed(json_items(500, 200, ', "date_published": "2024-05-01T10:00:00Z"')),
        ),
        "feed: JSON Feed of short strings to the cap": (
            "feed",
            lambda _: json_feed(json_items(1, 10)).replace(
                b'"items"', b'"x": [' + b'"ab",' * (feed // 5) + b'"a"], "items"'
            ),
            lambda _: json_feed(json_items(50, fill_to(feed, 50))),
        ),
        "feed: one entry with a million categories": (
            "feed",
            lambda _: rss(
                rss_items(1, 10).replace(
                    "</item>", "<category>c</category>" * (feed // 22) + "</item>"
                )
            ),
            normal_rss(feed),
        ),
        "feed: an element with 1.5M attributes": (
            "feed",
            lambda _: rss(
                rss_items(1, 10).replace(
                    "<description>",
                    "<description" + "".join(f" a{i}='1'" for i in range(feed // 13)) + ">",
                )
            ),
            normal_rss(feed),
        ),
        "feed: markup at the bound, malformed (loose parser)": (
            "feed",
            lambda _: rss(
                "<oops &x;>"
                + ("<item><title>x</title>" + "<category>c</category>" * 390 + "</item>") * 500
            ),
            lambda _: rss(rss_items(500, 10_000)),
        ),
        "feed: JSON Feed nested to the size cap": (
            "feed",
            lambda _: (
                b'{"version": "https://jsonfeed.org/version/1", "items": '
                + b"[" * (feed // 2)
                + b"]" * (feed // 2)
                + b"}"
            ),
            lambda _: json_feed(json_items(50, fill_to(feed, 50))),
        ),
    }


def handle_drop(data: bytes, folder: Path) -> str:
    from services.core.failures import ItemGuard
    from services.poller.drop_folder import DropFolder

    drops = DropFolder(folder, settle_seconds=0, max_bytes=DROP_CAP, batch_size=50)
    path = drops.inbox / "case.json"
    path.write_bytes(data)
    with ItemGuard(None, "drop", path.name) as guard:
        drops._read(path)
    return guard.failure.reason if guard.failure else "ok"


def handle_feed(data: bytes) -> str:
    from services.core.failures import ItemGuard
    from services.poller.feed_entries import FeedLimits, entry_to_article, read_feed
    from services.poller.feeds_config import FeedConfig

    feed = FeedConfig(name="bench", url="https://example.org/feed")
    failed = 0
    with ItemGuard(None, "feed", feed.name) as guard:
        parsed = read_feed(data, {}, feed.url, FeedLimits())
        for raw in parsed.entries:
            with ItemGuard(None, "feed entry", "bench: entry") as entry_guard:
                entry_to_article(feed, parsed.to_entry(raw))
            failed += entry_guard.failure is not None
        return f"{len(parsed.entries)} entries, {failed} failed, {parsed.left_out} left out"
    return guard.failure.reason if guard.failure else "ok"


def child(name: str, which: str, quick: bool) -> dict[str, object]:
    """Build one input and handle it as the poller would; CPU seconds and peak memory."""
    import logging

    logging.disable(logging.CRITICAL)  # the guards' error lines are not the figure
    import services.poller.drop_folder
    import services.poller.feed_entries  # noqa: F401  (imports are not the item's cost)

    kind, hostile, normal = cases(quick)[name]
    data = (hostile if which == "hostile" else normal)(quick)
    with tempfile.TemporaryDirectory() as tmp:
        started = time.process_time()
        outcome = handle_drop(data, Path(tmp)) if kind == "drop" else handle_feed(data)
        seconds = time.process_time() - started
    maxrss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {"seconds": seconds, "maxrss_mb": maxrss_mb, "bytes": len(data), "outcome": outcome}


def measure(name: str, which: str, quick: bool) -> dict[str, object]:
    args = [sys.executable, "-m", "benchmarks.bench_hostile_poller", "child", name, which]
    done = subprocess.run(
        [*args, *(["--quick"] if quick else [])],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=600,
        check=True,
    )
    result: dict[str, object] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def run(quick: bool) -> list[Row]:
    rows = []
    for name in cases(quick):
        hostile, normal = measure(name, "hostile", quick), measure(name, "normal", quick)
        note = (
            f"peak {float(str(hostile['maxrss_mb'])):.0f} MB (normal "
            f"{float(str(normal['maxrss_mb'])):.0f} MB); {int(str(hostile['bytes'])):,} bytes; "
            f"{str(hostile['outcome'])[:70]}"
        )
        rows.append(
            Row(
                "hostile",
                name,
                float(str(hostile["seconds"])),
                float(str(normal["seconds"])),
                "s",
                "<= 10 s CPU, 500 MB",
                note.replace("|", "/"),
            )
        )
    return rows


def main(argv: list[str]) -> None:
    quick = "--quick" in argv
    if argv[:1] == ["child"]:
        print(json.dumps(child(argv[1], argv[2], quick)))
        return
    from benchmarks.harness import format_table

    print(format_table(run(quick)))


if __name__ == "__main__":
    main(sys.argv[1:])
