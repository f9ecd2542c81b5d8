"""A drop file travels the whole pipeline to a delivered alert, exactly once."""

from __future__ import annotations

import shutil
import threading
from pathlib import Path

from services.core.stats import read_stats
from services.poller.service import Poller
from tests.conftest import SEEDS
from tests.support.pipeline import delivered_alerts, run_notifier, run_workers


def drop_seeds(settings) -> list[Path]:
    settings.inbox_dir.mkdir(parents=True, exist_ok=True)
    copies = []
    for seed in sorted(SEEDS.iterdir()):
        copies.append(Path(shutil.copy(seed, settings.inbox_dir / seed.name)))
    return copies


def run_pipeline(redis, settings) -> None:
    Poller(settings, redis).run_once(threading.Event())
    run_workers(redis, settings)
    run_notifier(redis, settings)


def test_each_seed_drop_raises_one_alert(redis, settings):
    drop_seeds(settings)
    run_pipeline(redis, settings)
    alerts = delivered_alerts(settings)
    assert [a["rule"] for a in alerts] == ["lavrov-terrorism", "lavrov-terrorism"]
    assert {a["article_id"] for a in alerts} == {a["story_id"] for a in alerts}
    assert all("lavrov" in a["matched_terms"] for a in alerts)


def test_handled_drops_move_to_processed(redis, settings):
    copies = drop_seeds(settings)
    run_pipeline(redis, settings)
    assert not any(p.exists() for p in copies)
    assert sorted(p.name for p in (settings.drop_dir / "processed").iterdir()) == sorted(
        p.name for p in copies
    )


def test_same_content_dropped_again_does_not_alert_again(redis, settings):
    drop_seeds(settings)
    run_pipeline(redis, settings)
    drop_seeds(settings)
    run_pipeline(redis, settings)
    assert len(delivered_alerts(settings)) == 2
    assert read_stats(redis).duplicates == 2


def test_reprocessing_a_queued_article_does_not_alert_twice(redis, settings):
    """A crash after queueing but before marking seen re-queues the article: still one alert."""
    drop_seeds(settings)
    Poller(settings, redis).run_once(threading.Event())
    redis.delete(*redis.keys("nw:seen:*"))
    drop_seeds(settings)
    Poller(settings, redis).run_once(threading.Event())
    run_workers(redis, settings)
    run_notifier(redis, settings)
    assert len(delivered_alerts(settings)) == 2


def test_article_not_matching_raises_no_alert(redis, settings):
    settings.inbox_dir.mkdir(parents=True)
    (settings.inbox_dir / "football.txt").write_text(
        "Cup final\n\nThe home side won 2-1 after extra time.\n", encoding="utf-8"
    )
    run_pipeline(redis, settings)
    assert delivered_alerts(settings) == []
    assert read_stats(redis).processed == 1


def test_alert_explains_itself(redis, settings):
    settings.inbox_dir.mkdir(parents=True)
    (settings.inbox_dir / "a.txt").write_text(
        "Minister speaks\n\nThe talks in Cairo lasted for four hours on Monday afternoon. "
        "Lavrov condemned terrorism in Cairo.\n\n"
        "Both sides agreed to meet again before the end of the year in Moscow.\n",
        encoding="utf-8",
    )
    run_pipeline(redis, settings)
    (alert,) = delivered_alerts(settings)
    assert alert["title"] == "Minister speaks"
    assert alert["snippet"] == "«Lavrov» condemned «terrorism» in Cairo."
    assert alert["matched_terms"] == ["lavrov", "terrorism"]
    assert alert["rules_version"]
    assert alert["language"] == "en"
