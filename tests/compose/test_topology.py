"""The production topology under docker compose, end to end (`make test-compose`).

From a fresh copy of the checkout, with its own config (no feeds; the only channel a webhook
receiver inside the project's network, its password the secret that must stay out of images),
its own project name and image tag: build, `up -d`, then the checks below in file order (they
share one running topology, each step building on the previous one), then `down -v` and the
image removed (NEWSWATCH_COMPOSE_KEEP_IMAGE=1 keeps it for the next run).

Needs Docker: in CI (CI set) its absence fails the test, elsewhere it skips. Base images come
from PYTHON_IMAGE / VALKEY_IMAGE like the compose file's (.ci/run builds local stand-ins when no
registry is reachable).
"""

from __future__ import annotations

import json
import os
import random
import shutil
import string
import subprocess
import time
import urllib.request
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest
from prometheus_client.parser import text_string_to_metric_families

from tests.compose.harness import (
    Project,
    docker_or_skip,
    fresh_copy,
    image_holds,
    wait_for,
)
from tests.support.receivers import free_port

pytestmark = pytest.mark.compose

SECRET = "s3cret-" + "".join(random.choices(string.ascii_lowercase, k=16))
# A line of the code the image must hold: proves the image search sees file contents.
IN_IMAGE = b"An RQ worker running one job beats only when the job starts"
SERVICES = ("valkey", "poller", "worker", "notifier", "receiver", "web")
EXAMPLE_DROPS = 2
KILL_DROPS = 300
# Long enough that a batch of 50 takes a moment to match: the kill lands on one in hand.
BODY_WORDS = 800
SETTLED_SECONDS = 45
RECOVERY_SECONDS = 60
QUIET_SECONDS = 15
RULE = "lavrov-terrorism"


@pytest.fixture(scope="module")
def project(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Project]:
    client = docker_or_skip()
    folder = fresh_copy(tmp_path_factory.mktemp("checkout"))
    write_test_config(folder / "config")
    (folder / "received").mkdir()
    name = f"nwcompose{os.getpid()}"
    image = f"newswatch-compose-test:{name}"
    env = {
        "NEWSWATCH_IMAGE": image,
        "TEST_UID": str(os.getuid()),
        "TEST_GID": str(os.getgid()),
        # The console on a free host port (on 127.0.0.1 only, as the compose file publishes it).
        "NEWSWATCH_WEB_PORT": str(free_port()),
    }
    proj = Project(client, folder, name, env)
    try:
        # The image compiles the query engine (mypyc, minutes on two cores): on a loaded
        # machine 600 s was too short once, and a slow build is no failure of the topology.
        proj.compose("build", timeout=1800)
        proj.compose("up", "-d")
        proj.started = time.monotonic()
        yield proj
    finally:
        proj.compose("down", "-v", "--remove-orphans", check=False)
        if not os.environ.get("NEWSWATCH_COMPOSE_KEEP_IMAGE"):
            subprocess.run(["docker", "rmi", "-f", image], capture_output=True, check=False)
        shutil.rmtree(folder, ignore_errors=True)


def write_test_config(config: Path) -> None:
    """No feeds; alerts to the receiver, with a password that must never be in an image."""
    (config / "feeds.yaml").write_text("version: 1\nfeeds: []\n", encoding="utf-8")
    (config / "apprise.yaml").write_text(
        f"version: 1\nurls:\n  - json://newswatch:{SECRET}@receiver:8080/hook\n",
        encoding="utf-8",
    )


def received(project: Project) -> list[str]:
    """The body of every alert the receiver got, in order."""
    path = project.folder / "received" / "bodies.jsonl"
    if not path.exists():
        return []
    lines = path.read_text(encoding="utf-8").splitlines()
    return [json.loads(line)["body"] for line in lines if line.strip()]


def titles(bodies: list[str]) -> Counter[str]:
    """How often each alerted article title was received."""
    return Counter(json.loads(body)["title"] for body in bodies)


def put_drops(project: Project, drops: dict[str, str]) -> None:
    """Write drop files atomically into the inbox (a hidden temp name, then a rename)."""
    inbox = project.folder / "drops" / "inbox"
    for name, text in drops.items():
        temp = inbox.parent / f".{name}.tmp"
        temp.write_text(text, encoding="utf-8")
        temp.rename(inbox / name)


def distinct_articles(count: int) -> dict[str, str]:
    """`count` matching articles, each its own story (no shared shingles beyond the topic)."""
    return {
        f"kill-{n:03d}.txt": matching_article(f"Lavrov on terrorism, report {n}", seed=1000 + n)
        for n in range(count)
    }


def matching_article(title: str, seed: int) -> str:
    """A drop that the shipped rule matches, its body random words: a story of its own."""
    rng = random.Random(seed)
    body = " ".join("".join(rng.choices(string.ascii_lowercase, k=7)) for _ in range(BODY_WORDS))
    return f"{title}\n\nSergey Lavrov spoke about terrorism. {body}.\n"


def test_every_service_is_running_without_restarts_45s_after_up(project):
    time.sleep(max(0.0, project.started + SETTLED_SECONDS - time.monotonic()))
    states = {
        name: (c["State"]["Status"], c["RestartCount"]) for name, c in project.containers().items()
    }
    assert states == {name: ("running", 0) for name in SERVICES}


def test_services_run_as_the_unprivileged_service_user(project):
    users = {
        name: project.exec(name, "sh", "-c", "stat -c %u /proc/1").strip()
        for name in ("poller", "worker", "notifier", "web")
    }
    assert "0" not in users.values(), users


def test_the_worker_runs_the_query_engine_compiled(project):
    # The image's build stage compiles it (Dockerfile, workers/query/native.py).
    code = (
        "import types, workers.query.native as n, workers.query.index as i,"
        " workers.query.names.capitals as c;"
        "print(n.fresh_build(), i.__file__.endswith('.py'),"
        " isinstance(c.as_names, types.FunctionType))"
    )
    assert project.exec("worker", "/opt/newswatch/bin/python", "-c", code).split() == [
        "True",
        "False",
        "False",
    ]


def test_example_drops_alert_exactly_once_each(project):
    examples = project.folder / "config" / "examples" / "drops"
    put_drops(project, {p.name: p.read_text(encoding="utf-8") for p in examples.iterdir()})
    wait_for("two example alerts", lambda: len(received(project)) >= EXAMPLE_DROPS, 60)
    time.sleep(QUIET_SECONDS)
    counts = titles(received(project))
    assert len(counts) == EXAMPLE_DROPS
    assert set(counts.values()) == {1}


def test_console_is_healthy_and_its_metrics_equal_status(project):
    assert healthy(project, "web")
    port = project.env["NEWSWATCH_WEB_PORT"]
    with urllib.request.urlopen(f"http://127.0.0.1:{port}/metrics", timeout=10) as response:
        metrics = response.read().decode()
    sent = [
        s.value
        for family in text_string_to_metric_families(metrics)
        for s in family.samples
        if s.name == "newswatch_alerts_sent_total"
    ]
    assert sent == [project.status()["stats"]["alerts_sent"]] == [EXAMPLE_DROPS]


def test_worker_killed_mid_batch_loses_nothing_and_repeats_nothing(project):
    worker_pid = project.main_pid("worker")
    put_drops(project, distinct_articles(KILL_DROPS))
    # The worker holds a batch (RQ's started registry) while later batches wait in the queue.
    project.wait_in_valkey("ZCARD rq:wip:articles", "LLEN rq:queue:articles", timeout=60)
    os.kill(worker_pid, 9)  # from the host, as the kernel's OOM killer does
    expected = EXAMPLE_DROPS + KILL_DROPS
    recovered = wait_for(
        f"{expected} alerts received",
        lambda: len(received(project)) >= expected,
        RECOVERY_SECONDS,
        every=1,
        detail=lambda: f"(received {len(received(project))}; {project.status()['stats']})",
    )
    print(f"\ncompose: {KILL_DROPS} drops alerted {recovered:.1f}s after kill -9 of the worker")
    time.sleep(QUIET_SECONDS)
    counts = titles(received(project))
    stats = project.status()["stats"]
    assert project.containers()["worker"]["RestartCount"] == 1
    assert [t for t, n in counts.items() if n > 1] == []
    assert len(counts) == expected
    assert (stats["articles_in"], stats["processed"], stats["alerts_sent"]) == (expected,) * 3


def test_down_then_up_keeps_the_counters_and_sends_nothing_again(project):
    before_stats = project.status()["stats"]
    before_bodies = len(received(project))
    project.compose("down")
    project.compose("up", "-d")
    wait_for("the notifier is back", lambda: healthy(project, "notifier"), 60, every=2)
    wait_for("a worker is back", lambda: healthy(project, "worker"), 60, every=2)
    time.sleep(QUIET_SECONDS)
    assert project.status()["stats"] == before_stats
    assert len(received(project)) == before_bodies


def healthy(project: Project, role: str) -> bool:
    out = project.compose("exec", "-T", role, "newswatch", "health", "--role", role, check=False)
    return out.startswith("healthy")


@pytest.mark.parametrize(("service", "seed"), [("poller", 1), ("notifier", 2), ("worker", 3)])
def test_killed_service_restarts_and_works_again_at_once(project, service, seed):
    restarts = project.containers()[service]["RestartCount"]
    os.kill(project.main_pid(service), 9)
    wait_for(
        f"{service} restarted",
        lambda: project.containers()[service]["RestartCount"] == restarts + 1,
        30,
    )
    title = f"Lavrov on terrorism after the {service} was killed"
    put_drops(project, {f"after-{service}.txt": matching_article(title, seed=seed)})
    wait_for(f"an alert after the {service} restart", lambda: alerts_for(project, title) > 0, 60)
    time.sleep(QUIET_SECONDS)
    assert alerts_for(project, title) == 1


def alerts_for(project: Project, title: str) -> int:
    return sum(n for alerted, n in titles(received(project)).items() if title in alerted)


def test_opml_put_in_config_imports_through_exec(project):
    opml = (
        '<?xml version="1.0"?><opml version="2.0"><head><title>t</title></head><body>'
        '<outline type="rss" text="Inside" xmlUrl="http://receiver:8080/feed.xml"/>'
        "</body></opml>"
    )
    (project.folder / "config" / "my.opml").write_text(opml, encoding="utf-8")
    project.exec("poller", "newswatch", "feeds", "import", "config/my.opml")
    feeds = (project.folder / "config" / "feeds.yaml").read_text(encoding="utf-8")
    assert "http://receiver:8080/feed.xml" in feeds


def test_no_image_built_holds_the_channel_secret(project):
    image = project.env["NEWSWATCH_IMAGE"]
    assert image_holds(image, [SECRET.encode(), IN_IMAGE]) == [IN_IMAGE]
