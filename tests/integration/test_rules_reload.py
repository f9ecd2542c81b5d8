"""A running worker picks up an edited rules.yaml within 5 seconds, and survives a bad edit.

Real Valkey, the real poller, an RQ worker in burst mode per batch, and one RulesHolder kept
across batches with the default reload period, as in a `newswatch worker` process.
"""

from __future__ import annotations

import random
import threading
import time
from itertools import count
from pathlib import Path
from typing import Any

from services.core import keys
from services.core.queues import articles_queue, make_worker
from services.core.settings import Settings
from services.poller.service import Poller
from services.status import collect_status, rules_line
from tests.support.pipeline import delivered_alerts, run_notifier
from workers import context
from workers.rules.loader import RulesHolder

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


def test_edited_rules_apply_within_five_seconds_and_bad_edits_keep_the_old_rules(
    redis: Any, settings: Settings
) -> None:
    rules_file = settings.config_dir / "rules.yaml"
    original = rules_file.read_text(encoding="utf-8")
    holder = RulesHolder(rules_file, settings.rules_reload_seconds)
    shoukry = "Foreign minister Shoukry opened the talks."

    assert batch(redis, settings, holder, shoukry) == []
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
