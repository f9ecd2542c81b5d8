"""Example articles put through the real intake and workers, so the archive holds them."""

from __future__ import annotations

from typing import Any

from services.core.models import ArticleMessage
from services.core.settings import Settings
from services.poller.intake import Intake
from tests.conftest import SEEDS
from tests.support.pipeline import run_workers

TASS_PAGE = (SEEDS / "tass-lavrov-terrorists-migration.txt").read_text("utf-8")
SANA_PAGE = (SEEDS / "sana-lavrov-cairo.txt").read_text("utf-8")


def message(article_id: str, page: str, source: str = "tass.com") -> ArticleMessage:
    """A feed entry's article message carrying ``page`` as its text."""
    return ArticleMessage(
        id=article_id,
        origin="feed",
        source=source,
        origin_ref=f"entry-{article_id}",
        content_type="text",
        encoding="utf-8",
        content=page,
    )


def process(redis: Any, settings: Settings, *messages: ArticleMessage) -> None:
    """Queue ``messages`` and run the workers until they are processed (and archived)."""
    Intake(redis, batch_size=50, seen_ttl_seconds=3600).submit(messages)
    run_workers(redis, settings)
