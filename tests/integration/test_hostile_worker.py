"""Hostile articles through the real worker pipeline on a real Valkey: each bad article fails
alone, visibly, with its reason; the good article in the same batch still alerts; the worker
takes the next batch.

Articles are queued as the poller queues them (Intake: stored message + batch job), or, for a
corrupt stored message, written as raw JSON the way a broken producer would.
"""

from __future__ import annotations

import base64
import hashlib
import os
import subprocess
import sys
import time
from collections.abc import Callable
from typing import Any

import pytest
from rq.registry import FailedJobRegistry

from services.core import keys
from services.core.failures import read_failures
from services.core.models import ArticleBatch, ArticleMessage
from services.core.queues import alerts_queue, articles_queue, batch_job_data
from services.core.settings import Settings
from services.poller.intake import Intake
from tests.support.pipeline import delivered_alerts, run_notifier, run_workers
from tests.support.processes import settings_environment

GOOD_TEXT = (
    "Lavrov condemns terrorism at Cairo talks\n\n"
    "Foreign Minister Sergey Lavrov condemned the terrorist attack on Monday and said the "
    "talks in Cairo would go on. He spoke after meeting his Egyptian counterpart, who "
    "called for calm and a joint investigation into the attack on the border post.\n"
)


def message(name: str, content: str, content_type: str = "text", **extra: Any) -> ArticleMessage:
    article_id = hashlib.sha256(f"{name}\x00{content[:1000]}".encode()).hexdigest()[:32]
    encoding = extra.pop("encoding", "utf-8")
    return ArticleMessage(
        id=article_id,
        origin="drop",
        source="hostile-test",
        origin_ref=name,
        content_type=content_type,  # type: ignore[arg-type]
        encoding=encoding,
        content=content,
        **extra,
    )


def attribute_bomb() -> str:
    attributes = " ".join(f"a{i}=x" for i in range(500_000))
    return f"<html><body><div {attributes}></div></body></html>"


def deep_nesting() -> str:
    return "<html><body>" + "<div>" * 100_000 + "x" + "</div>" * 100_000 + "</body></html>"


# (origin_ref, content, content_type, extra, the reason the failed-items list must show)
REJECTED = [
    ("attribute-bomb.html", attribute_bomb(), "html", {}, "no article text found"),
    ("deep-nesting.html", deep_nesting(), "html", {}, "cut at nesting depth"),
    ("binary.bin", base64.b64encode(os.urandom(3000)).decode(), "text", {"encoding": "base64"}, ""),
    ("nul.txt", "Lavrov\x00terror", "text", {}, "binary content"),
]


def queue_articles(redis: Any, settings: Settings, articles: list[ArticleMessage]) -> None:
    Intake(redis, batch_size=50, seen_ttl_seconds=3600).submit(articles)


def failures_by_name(redis: Any) -> dict[str, str]:
    return {f.name: f.reason for f in read_failures(redis) if f.kind == "article"}


def test_each_bad_article_fails_alone_and_the_good_one_alerts(
    redis: Any, settings: Settings
) -> None:
    bad = [message(ref, content, kind, **dict(extra)) for ref, content, kind, extra, _ in REJECTED]
    good = message("good.txt", GOOD_TEXT)
    queue_articles(redis, settings, [*bad[:2], good, *bad[2:]])
    run_workers(redis, settings)
    run_notifier(redis, settings)
    assert [a["article_id"] for a in delivered_alerts(settings)] == [good.id]
    assert FailedJobRegistry(queue=articles_queue(redis)).count == 0
    failures = failures_by_name(redis)
    for article, (ref, _, _, _, reason) in zip(bad, REJECTED, strict=True):
        [name] = [n for n in failures if n.startswith(article.id)]
        assert ref in name and reason in failures[name]


def test_a_corrupt_stored_message_fails_alone(redis: Any, settings: Settings) -> None:
    good = message("good.txt", GOOD_TEXT)
    redis.set(keys.article(good.id), good.model_dump_json())
    redis.set(keys.article("corrupt01"), '{"id": "corrupt01", "content": 5')
    job = batch_job_data(ArticleBatch(article_ids=["corrupt01", good.id]))
    articles_queue(redis).enqueue_many([job])
    run_workers(redis, settings)
    run_notifier(redis, settings)
    assert [a["article_id"] for a in delivered_alerts(settings)] == [good.id]
    assert "ValidationError" in failures_by_name(redis)["corrupt01"]


def test_the_worker_takes_the_next_batch_after_hostile_articles(
    redis: Any, settings: Settings
) -> None:
    queue_articles(redis, settings, [message("deep.html", deep_nesting(), "html")])
    run_workers(redis, settings)
    later = message("later.txt", GOOD_TEXT.replace("Monday", "Tuesday"))
    queue_articles(redis, settings, [later])
    run_workers(redis, settings)
    run_notifier(redis, settings)
    assert [a["article_id"] for a in delivered_alerts(settings)] == [later.id]


@pytest.mark.parametrize(
    ("name", "content", "kind"),
    [
        ("million-lines.txt", GOOD_TEXT + "x\n" * 1_000_000, "text"),
        ("giant-line.txt", GOOD_TEXT + "word " * 900_000, "text"),
        ("many-elements.html", f"<p>{GOOD_TEXT}</p>" + "<b>x</b>" * 400_000, "html"),
    ],
)
def test_an_oversized_article_is_cut_and_still_matched(
    redis: Any, settings: Settings, name: str, content: str, kind: str
) -> None:
    article = message(name, content, kind, title="Lavrov condemns terrorism")
    queue_articles(redis, settings, [article])
    run_workers(redis, settings)
    run_notifier(redis, settings)
    assert [a["article_id"] for a in delivered_alerts(settings)] == [article.id]
    assert failures_by_name(redis) == {}


def start_worker(settings: Settings, redis_url: str) -> subprocess.Popen[str]:
    """A real `newswatch worker` process on the test's Valkey and config folder."""
    environment = settings_environment(settings, redis_url, NEWSWATCH_RULES_RELOAD_SECONDS="0.5")
    return subprocess.Popen(
        [sys.executable, "-m", "services", "worker"],
        cwd=settings.state_dir.parent,
        env=environment,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )


def wait_for(condition: Callable[[], bool], what: str, proc: subprocess.Popen[str]) -> None:
    """Poll until ``condition()``; the limit only stops a broken test from hanging."""
    started = time.monotonic()
    while not condition():
        assert proc.poll() is None, f"worker exited while waiting for {what}"
        assert time.monotonic() - started < 120, f"{what} never happened"
        time.sleep(0.2)


def test_a_worker_process_keeps_running_through_hostile_articles_and_rules(
    redis: Any, redis_url: str, settings: Settings
) -> None:
    settings.state_dir.mkdir(parents=True, exist_ok=True)
    proc = start_worker(settings, redis_url)
    try:
        wait_for(lambda: redis.hget(keys.rules_state(), "version") is not None, "rules", proc)
        bad = [message(r, c, k, **dict(x)) for r, c, k, x, _ in REJECTED]
        good = message("good.txt", GOOD_TEXT)
        queue_articles(redis, settings, [*bad, good])
        wait_for(lambda: alerts_queue(redis).count >= 1, "the good article's alert", proc)
        assert len(failures_by_name(redis)) == len(bad)

        rules = settings.config_dir / "rules.yaml"
        rules.write_text(rules.read_text() + "  - name: d\n    query: " + "(" * 300 + "a\n")
        wait_for(lambda: redis.hget(keys.rules_state(), "stale") == b"1", "stale rules", proc)
        assert proc.poll() is None
    finally:
        proc.terminate()
        output, _ = proc.communicate(timeout=60)
    assert "Traceback" not in output
    assert output.count("invalid rules edit") == 1
