"""`newswatch archive`: the newest archived articles, and the rejected ones with their reason."""

from __future__ import annotations

import json

import pytest

from services.cli import main
from services.core.models import ArticleMessage
from services.poller.intake import Intake
from tests.conftest import SEEDS
from tests.support.pipeline import run_workers

TASS_PAGE = (SEEDS / "tass-lavrov-terrorists-migration.txt").read_text("utf-8")


def message(article_id: str, page: str) -> ArticleMessage:
    return ArticleMessage(
        id=article_id,
        origin="feed",
        source="tass.com",
        origin_ref=f"entry-{article_id}",
        content_type="text",
        encoding="utf-8",
        content=page,
    )


@pytest.fixture
def archived(redis, settings, monkeypatch):
    """Two articles processed by a worker: one good, one rejected; the CLI pointed at them."""
    messages = [message("good1", TASS_PAGE), message("bad1", "binary\x00content")]
    Intake(redis, batch_size=50, seen_ttl_seconds=3600).submit(messages)
    run_workers(redis, settings)
    monkeypatch.setenv("NEWSWATCH_REDIS_URL", settings.redis_url_value())
    monkeypatch.setenv("NEWSWATCH_CONFIG_DIR", str(settings.config_dir))
    monkeypatch.setenv("NEWSWATCH_STATE_DIR", str(settings.state_dir))


def lines(capsys) -> list[dict]:
    return [json.loads(line) for line in capsys.readouterr().out.splitlines()]


def test_the_archive_lists_every_article_then_a_summary(archived, capsys):
    assert main(["archive", "--json"]) == 0
    *entries, summary = lines(capsys)
    assert sorted(e["article_id"] for e in entries) == ["bad1", "good1"]
    assert (summary["articles"], summary["bytes"] > 0) == (2, True)


def test_rejected_articles_are_listed_with_their_reason(archived, capsys):
    assert main(["archive", "--rejected", "--json"]) == 0
    (entry, _summary) = lines(capsys)
    assert (entry["article_id"], entry["status"]) == ("bad1", "rejected")
    assert "binary content" in entry["reason"]


def test_the_text_listing_says_what_became_of_each(archived, capsys):
    assert main(["archive"]) == 0
    out = capsys.readouterr().out
    assert "(lavrov-terrorism)" in out
    assert "(rejected: " in out
