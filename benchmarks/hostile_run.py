"""Every hostile drop and feed at once in front of a real `newswatch run`, for minutes.

    .venv/bin/python -m benchmarks.hostile_run --minutes 10

Puts each bad drop of the hostile test modules (deep and huge JSON, odd and non-UTF-8
names, attribute and nesting bombs, a 5 MB drop...) in the inbox and serves each bad feed
(bad links, huge ids, far dates, floods, entity bombs in other encodings, deep JSON,
attribute bombs) from a loopback server, starts `newswatch run` on its embedded Valkey in a
temporary project, then drops one good article and adds one good feed entry each minute.
Prints, for every good item, the seconds until its alert was written; at the end whether
the service still runs, each process's memory, and what `newswatch status` shows of every
bad item. Not part of `make bench` (it takes minutes); the issue's acceptance check.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from services.core.logs import escape
from tests.integration.test_hostile_poller import DROP_CASES, FEED_CASES, item, rss
from tests.support.http import LocalServer, Recorded, local_server

REPO = Path(__file__).resolve().parents[1]
WORDS = [
    "ministry",
    "council",
    "delegation",
    "summit",
    "border",
    "harbour",
    "energy",
    "grain",
    "railway",
    "bank",
    "court",
    "parliament",
    "envoy",
    "treaty",
    "coalition",
    "pipeline",
    "airport",
    "province",
    "festival",
    "museum",
    "university",
    "hospital",
    "reactor",
    "satellite",
    "frigate",
    "convoy",
    "refinery",
    "tariff",
    "census",
]


def article_text(n: int) -> str:
    """A distinct article about Lavrov and terrorism (its own story: other words)."""
    rng = random.Random(n)
    sentences = [
        " ".join(rng.choice(WORDS) for _ in range(12)).capitalize() + "." for _ in range(8)
    ]
    sentences.insert(2, f"Lavrov spoke about terrorism in dispatch {n}.")
    return f"Lavrov on terrorism, dispatch {n}\n\n" + "\n\n".join(sentences) + "\n"


def worker_bombs() -> dict[str, bytes]:
    """Drops that are hard on the workers rather than the poller."""
    deep = b"<html><body>" + b"<div>" * 100_000 + b"Lavrov" + b"</div>" * 100_000
    attrs = b"<html><body><p " + b" ".join(b"a%d=''" % i for i in range(400_000)) + b">x</p>"
    words = " ".join(random.Random(1).choice(WORDS) for _ in range(700_000)).encode()
    return {
        "deep-nesting.html": deep + b"</body></html>",
        "attribute-bomb.html": attrs + b"</body></html>",
        "five-mb.txt": (b"Lavrov terrorism " + words)[: 5 * 1024 * 1024 - 100],
        "one-long-word.txt": b"Lavrov terror " + b"a" * 1_000_000 + b"b",
    }


@contextmanager
def feeds_server(live: list[str]) -> Iterator[LocalServer]:
    with local_server() as server:
        for name, case in FEED_CASES.items():
            server.routes[f"/{name}"] = lambda _r, body=case.body: (200, {}, body)

        def live_feed(_: Recorded) -> tuple[int, dict[str, str], bytes]:
            return 200, {"Content-Type": "application/rss+xml"}, rss("".join(live))

        server.routes["/live"] = live_feed
        yield server


def write_project(root: Path, server: LocalServer) -> dict[str, str]:
    config = root / "config"
    config.mkdir(parents=True)
    shutil.copy(REPO / "config" / "rules.yaml", config / "rules.yaml")
    names = [*FEED_CASES, "live"]
    lines = ["version: 1", "feeds:"]
    for name in names:
        lines += [f"  - name: {name}", f"    url: {server.url('/' + name)}", "    interval: 60"]
    (config / "feeds.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if not k.startswith("NEWSWATCH_")}
    env.pop("REDIS_URL", None)
    env.update(
        NEWSWATCH_CONFIG_DIR=str(config),
        NEWSWATCH_STATE_DIR=str(root / "var"),
        NEWSWATCH_DROP_DIR=str(root / "drops"),
        NEWSWATCH_EXAMPLE_DROPS="false",
        NEWSWATCH_FETCH_ALLOWED_NETWORKS="127.0.0.0/8",
        NEWSWATCH_DROP_SETTLE_SECONDS="0.5",
    )
    return env


def place_bad_drops(inbox: Path) -> list[str]:
    inbox.mkdir(parents=True, exist_ok=True)
    names = []
    for case in DROP_CASES.values():
        case.make(inbox / case.name)
        names.append(case.name)
    for name, data in worker_bombs().items():
        (inbox / name).write_bytes(data)
        names.append(name)
    return names


def alerted_texts(log: Path) -> list[str]:
    """Title and snippet of every alert in var/alerts.jsonl so far."""
    if not log.exists():
        return []
    texts = []
    for line in log.read_text(encoding="utf-8", errors="replace").splitlines():
        try:
            alert = json.loads(line)
        except ValueError:
            continue
        texts.append(f"{alert.get('title', '')} {alert.get('snippet', '')}")
    return texts


def rss_kb(pid: int) -> int:
    """Resident memory of a process and its children, in KiB."""
    out = subprocess.run(
        ["ps", "-o", "rss=", "--ppid", str(pid), "-p", str(pid)],
        capture_output=True,
        text=True,
        check=False,
    ).stdout
    return sum(int(x) for x in out.split())


def status_json(env: dict[str, str], root: Path) -> dict[str, Any]:
    done = subprocess.run(
        [sys.executable, "-m", "services", "status", "--json"],
        env=env,
        cwd=root,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    return dict(json.loads(done.stdout)) if done.returncode == 0 else {}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--minutes", type=float, default=10.0)
    args = parser.parse_args(argv)
    live: list[str] = []
    root = Path(tempfile.mkdtemp(prefix="newswatch-hostile-"))
    with feeds_server(live) as server:
        env = write_project(root, server)
        bad = place_bad_drops(root / "drops" / "inbox")
        process = subprocess.Popen(
            [sys.executable, "-m", "services", "run"],
            env=env,
            cwd=root,
            stdout=subprocess.DEVNULL,
            stderr=(root / "run.log").open("wb"),
        )
        latencies, memory = run_minutes(root, live, server, process, args.minutes)
        status = status_json(env, root)
        alive = process.poll() is None
        process.send_signal(signal.SIGTERM)
        code = process.wait(timeout=120)
    report(bad, latencies, memory, status, alive, code, root)
    return 0 if alive and all(v is not None for v in latencies.values()) else 1


def run_minutes(
    root: Path,
    live: list[str],
    server: LocalServer,
    process: subprocess.Popen[bytes],
    minutes: float,
) -> tuple[dict[str, float | None], list[int]]:
    """One good drop and one good feed entry a minute; seconds until each alerted (a feed
    entry from the first poll of its feed that could see it: feeds poll every 60 s)."""
    placed: dict[str, float] = {}
    pending_feed: dict[str, int] = {}  # title -> requests recorded when it was added
    alerted: dict[str, float] = {}
    memory = []
    end = time.time() + minutes * 60
    n = 0
    next_item = time.time() + 5
    while time.time() < end and process.poll() is None:
        if time.time() >= next_item:
            n += 1
            drop_text = article_text(2 * n)
            (root / "drops" / "inbox" / f"good-{n}.txt").write_text(drop_text, encoding="utf-8")
            placed[f"dispatch {2 * n}"] = time.time()
            title = f"Lavrov on terrorism, feed entry {n}"
            body = article_text(2 * n + 1).split("\n\n", 1)[1]
            live.append(
                item(f"live-{n}", title=title).replace(
                    "</item>", f"<description>{body}</description></item>"
                )
            )
            pending_feed[f"feed entry {n}"] = len(server.requests)
            next_item += 60
            memory.append(rss_kb(process.pid))
        for key, count in list(pending_feed.items()):
            polled = [r for r in server.requests[count:] if r.path == "/live"]
            if polled:
                placed[key] = polled[0].at
                del pending_feed[key]
        texts = alerted_texts(root / "var" / "alerts.jsonl")
        for key, when in placed.items():
            # The cleaner picks its own headline: find the item by its marker anywhere.
            if key not in alerted and any(f"{key}." in t or f"{key} " in t for t in texts):
                alerted[key] = time.time() - when
        time.sleep(0.5)
    return {t: alerted.get(t) for t in [*placed, *pending_feed]}, memory


def report(
    bad: list[str],
    latencies: dict[str, float | None],
    memory: list[int],
    status: dict[str, Any],
    alive: bool,
    code: int,
    root: Path,
) -> None:
    print(f"service still running at the end: {alive} (exit code after SIGTERM: {code})")
    if memory:
        first, last = memory[0] // 1024, memory[-1] // 1024
        print(f"memory of the process tree: first {first} MiB, last {last} MiB")
    print("| good item (marker in its text) | seconds to alert |")
    print("|---|---:|")
    for title, seconds in latencies.items():
        print(f"| {title} | {'never' if seconds is None else f'{seconds:.1f}'} |")
    failed = status.get("failed_items", [])
    print(f"\nstatus lists {len(failed)} failed item(s):")
    for entry in failed:
        print(f"  {entry['kind']}: {entry['name'][:60]}: {entry['reason'][:100]}")
    feeds = status.get("feeds", {})
    for name, state in sorted(feeds.items()):
        if state.get("last_error") or state.get("failed_entries", "0") != "0":
            error, entries = state.get("last_error", "")[:100], state.get("failed_entries", "0")
            print(f"  feed {name}: {error} (failed entries: {entries})")
    shown = {entry["name"] for entry in failed}
    taken = [n for n in bad if not any(escape(os.fsencode(n))[:20] in s for s in shown)]
    print(f"hostile drops taken as articles within the bounds (not failures): {taken or 'none'}")
    print(f"project kept in {root}")


if __name__ == "__main__":
    raise SystemExit(main())
