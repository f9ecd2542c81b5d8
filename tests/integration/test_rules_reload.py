"""A running worker picks up an edited rules.yaml within 5 seconds, and survives a bad edit,
whether or not articles arrive in between.

Real Valkey, the real poller, an RQ worker in burst mode per batch, and one RulesHolder kept
across batches and reloaded by the worker's rules loop thread with the default period, as in
a `newswatch worker` process.
"""

from __future__ import annotations

import logging
import random
import threading
import time
from collections.abc import Iterator
from itertools import count
from pathlib import Path
from typing import Any

import pytest

from services.core import keys
from services.core.failures import read_failures
from services.core.queues import articles_queue, make_worker
from services.core.settings import Settings
from services.core.stats import read_stats
from services.poller.service import Poller
from services.status import collect_status, rules_line
from tests.support.pipeline import delivered_alerts, run_notifier
from workers import context
from workers.process import start_rules_loop
from workers.rules.loader import RulesHolder
from workers.rules.state import publish_rules_state

RELOAD_DEADLINE_SECONDS = 5.0
SHOUKRY_RULE = "  - name: shoukry-talks\n    query: Shoukry NEAR/5 talks\n"
CONTEXT = (
    "The delegations met at the foreign ministry on Monday morning and discussed trade, "
    "regional security and water. Officials said the meeting lasted four hours."
)
_numbers = count()


def batch(redis: Any, settings: Settings, holder: RulesHolder, text: str) -> list[str]:
    """Drop one new article, run it through poller, worker and notifier; the rules alerted."""
    settings.inbox_dir.mkdir(parents=True, exist_ok=True)
    n = next(_numbers)
    # Each article its own story (workers alert once per story): the context words reshuffled.
    context_words = random.Random(n).sample(CONTEXT.split(), len(CONTEXT.split()))
    body = f"Talks in Cairo, part {n}\n\n{text} {' '.join(context_words)} Meeting {n}.\n"
    (settings.inbox_dir / f"article-{n}.txt").write_text(body, encoding="utf-8")
    before = len(delivered_alerts(settings))
    Poller(settings, redis).run_once(threading.Event())
    context.install(context.WorkerContext(redis=redis, rules=holder))
    make_worker(redis, articles_queue(redis), "reload-worker").work(burst=True)
    run_notifier(redis, settings)
    return [a["rule"] for a in delivered_alerts(settings)[before:]]


def edit(path: Path, text: str) -> None:
    path.write_text(text, encoding="utf-8")


def rules_state(redis: Any) -> dict[str, str]:
    return {k.decode(): v.decode() for k, v in redis.hgetall(keys.rules_state()).items()}


@pytest.fixture
def holder(redis: Any, settings: Settings) -> Iterator[RulesHolder]:
    """The worker's rules, reloaded by its rules loop thread until the test ends."""
    rules = RulesHolder(settings.config_dir / "rules.yaml", settings.rules_reload_seconds)
    rules.reload()
    stop = threading.Event()
    thread = start_rules_loop(redis, rules, stop)
    yield rules
    stop.set()
    thread.join(timeout=30)


def wait_for(condition: Any, what: str, limit: float = 30.0) -> None:
    """Poll until ``condition()``; ``limit`` only stops a broken test from hanging."""
    started = time.monotonic()
    while not condition():
        assert time.monotonic() - started < limit, f"{what} never happened"
        time.sleep(0.1)


def test_edited_rules_apply_within_five_seconds_and_bad_edits_keep_the_old_rules(
    redis: Any, settings: Settings, holder: RulesHolder
) -> None:
    rules_file = settings.config_dir / "rules.yaml"
    original = rules_file.read_text(encoding="utf-8")
    shoukry = "Foreign minister Shoukry opened the talks."

    assert batch(redis, settings, holder, shoukry) == []
    wait_for(lambda: rules_state(redis).get("version"), "first rules state")
    first_version = rules_state(redis)["version"]
    assert rules_state(redis)["stale"] == "0"

    edit(rules_file, original + SHOUKRY_RULE)
    edited_at = time.monotonic()
    while batch(redis, settings, holder, shoukry) != ["shoukry-talks"]:
        assert time.monotonic() - edited_at < RELOAD_DEADLINE_SECONDS, "edit not picked up"
        time.sleep(0.2)
    state = rules_state(redis)
    assert state["version"] != first_version and state["stale"] == "0"

    edit(rules_file, original + SHOUKRY_RULE + "  - name: broken\n    query: Shoukry AND (\n")
    edited_at = time.monotonic()
    while rules_state(redis)["stale"] != "1":
        assert time.monotonic() - edited_at < RELOAD_DEADLINE_SECONDS, "bad edit not noticed"
        assert batch(redis, settings, holder, shoukry) == ["shoukry-talks"]
        time.sleep(0.2)
    assert batch(redis, settings, holder, shoukry) == ["shoukry-talks"]
    stale = rules_state(redis)
    assert stale["version"] == state["version"]
    line = len((original + SHOUKRY_RULE).splitlines()) + 2
    assert f"{rules_file}:{line}:25: rule 'broken': the query ends where" in stale["error"]
    assert rules_line(collect_status(redis).rules).startswith("rules: STALE since ")


def test_a_valid_edit_then_a_typo_with_no_article_between_keeps_the_valid_edit(
    redis: Any, settings: Settings, holder: RulesHolder, caplog: pytest.LogCaptureFixture
) -> None:
    rules_file = settings.config_dir / "rules.yaml"
    original = rules_file.read_text(encoding="utf-8")
    first_version = holder.current().version
    wait_for(lambda: rules_state(redis).get("version") == first_version, "first rules state")

    edit(rules_file, original + SHOUKRY_RULE)
    wait_for(lambda: holder.current().version != first_version, "the valid edit loaded")
    edited_version = holder.current().version
    with caplog.at_level(logging.ERROR, logger="workers.rules.loader"):
        edit(rules_file, original + SHOUKRY_RULE + "  - name: broken\n    query: Shoukry AND (\n")
        wait_for(lambda: rules_state(redis).get("stale") == "1", "stale shown")
        time.sleep(3 * settings.rules_reload_seconds)  # more passes: still logged once
    state = rules_state(redis)
    assert state["version"] == edited_version
    line = len((original + SHOUKRY_RULE).splitlines()) + 2
    assert f"{rules_file}:{line}:25: rule 'broken'" in state["error"]
    [logged] = [r.getMessage() for r in caplog.records if "invalid rules edit" in r.getMessage()]
    assert f"{rules_file}:{line}:25:" in logged
    assert batch(redis, settings, holder, "Foreign minister Shoukry opened the talks.") == [
        "shoukry-talks"
    ]


def test_an_invalid_edit_is_one_failed_item_however_many_workers_see_it(
    redis: Any, settings: Settings, holder: RulesHolder
) -> None:
    rules_file = settings.config_dir / "rules.yaml"
    second_worker = RulesHolder(rules_file, settings.rules_reload_seconds)
    second_worker.reload()
    original = rules_file.read_text(encoding="utf-8")
    edit(rules_file, original + "  - name: b\n    query: a AND (\n")
    wait_for(lambda: rules_state(redis).get("stale") == "1", "stale shown")
    second_worker.reload()
    publish_rules_state(redis, second_worker)
    publish_rules_state(redis, second_worker)
    [item] = [f for f in read_failures(redis) if f.kind == "rules"]
    assert item.name == "rules.yaml"
    line = len(original.splitlines()) + 2
    assert f"rules.yaml:{line}:19: rule 'b': the query ends where a term" in item.reason
    assert read_stats(redis).errors == 1


HOSTILE_EDITS = [
    "  - name: deep\n    query: " + "(" * 300 + "a" + ")" * 300 + "\n",
    "  - name: near\n    query: Lavrov NEAR/1000000 terror*\n",
    "  - name: digits\n    query: Lavrov NEAR/" + "9" * 5000 + " terror*\n",
    "  - name: nots\n    query: " + "NOT " * 1000 + "a\n",
]


@pytest.mark.parametrize("bad", HOSTILE_EDITS, ids=["parens", "near", "near-digits", "nots"])
def test_a_hostile_hot_reload_is_shown_stale_and_jobs_keep_working(
    redis: Any, settings: Settings, holder: RulesHolder, bad: str
) -> None:
    rules_file = settings.config_dir / "rules.yaml"
    version = holder.current().version
    edit(rules_file, rules_file.read_text(encoding="utf-8") + bad)
    wait_for(lambda: rules_state(redis).get("stale") == "1", "stale shown")
    assert rules_state(redis)["version"] == version
    assert f"{rules_file}:" in rules_state(redis)["error"]
    lavrov = "Foreign Minister Lavrov condemned the terrorists."
    assert batch(redis, settings, holder, lavrov) == ["lavrov-terrorism"]
