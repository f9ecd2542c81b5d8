"""Stories through the real pipeline: intake, workers, notifier. One alert per story."""

from __future__ import annotations

import threading
import time

from services.core import keys
from services.core.models import ArticleBatch, ArticleMessage
from services.poller.intake import Intake
from tests.conftest import SEEDS
from tests.support.pipeline import delivered_alerts, run_notifier, run_workers
from workers import context as worker_context
from workers.cleaning import clean_text_drop
from workers.jobs import process_batch
from workers.rules.loader import RulesHolder
from workers.stories import StoryConfig, recent_stories

TASS_PAGE = (SEEDS / "tass-lavrov-terrorists-migration.txt").read_text("utf-8")
SANA_PAGE = (SEEDS / "sana-lavrov-cairo.txt").read_text("utf-8")
DROPPED = '"Now the key forefront of this battle is ongoing in Iraq and neighboring Syria,"'

# Two agencies on the same talks: same people, place, day and subject, their own sentences.
# (A text drop holds one paragraph per line, as a browser copies it.)
REPORT_A = "\n\n".join(
    [
        "Lavrov urges united front against terrorism after Baghdad talks",
        "Russian Foreign Minister Sergey Lavrov on Monday called on all countries to stop "
        "terrorist fighters from escaping to new regions once they are defeated in Syria and "
        "Iraq. Speaking after a meeting with Iraqi Foreign Minister Ibrahim al-Jaafari, Lavrov "
        "said the two ministers had spent most of the session on the fight against terrorism.",
        "Moscow, he said, backs Baghdad's efforts to rebuild the country through a dialogue that "
        "includes every ethnic and religious community. Al-Jaafari thanked Russia for its help.",
    ]
)
REPORT_B = "\n\n".join(
    [
        "Iraq and Russia discuss counter-terror cooperation",
        "Iraqi Foreign Minister Ibrahim al-Jaafari met his Russian counterpart Sergey Lavrov on "
        "Monday for talks dominated by security. Officials from both delegations described the "
        "discussion of terrorism as frank, and said the militants' possible flight from Iraq and "
        "Syria worried both.",
        "Al-Jaafari told journalists that Iraq would need international help with reconstruction. "
        "Lavrov repeated Moscow's proposal for a broad coalition against extremist groups and said "
        "Russian companies were ready to return to Iraqi oil fields.",
    ]
)


def mirror_copy(page: str = TASS_PAGE) -> str:
    """The TASS story as another site runs it: its own menus and headline, one sentence cut."""
    article = clean_text_drop(page)
    paragraphs = list(article.paragraphs)
    paragraphs[1] = paragraphs[1].split(f" {DROPPED}")[0]
    lines = ["MIRROR DAILY", "Home", "World", "Europe", "Markets", "Opinion", "Sign in", ""]
    lines += ["Russia's Lavrov: stop terrorists moving on after Syria and Iraq defeats", ""]
    lines += ["24 Oct 2017 | Mirror Daily staff", ""]
    for paragraph in paragraphs:
        lines += [paragraph, ""]
    lines += ["Most read", "Oil prices slip…", "Cup final tickets sold out…", "© Mirror Daily"]
    return "\n".join(lines) + "\n"


def message(article_id: str, source: str, page: str) -> ArticleMessage:
    return ArticleMessage(
        id=article_id,
        origin="feed",
        source=source,
        origin_ref=article_id,
        content_type="text",
        encoding="utf-8",
        content=page,
    )


def deliver(redis, settings, *messages: ArticleMessage) -> list[dict]:
    """Queue the messages as one batch, run workers and notifier; every alert so far."""
    Intake(redis, batch_size=50, seen_ttl_seconds=3600).submit(messages)
    run_workers(redis, settings)
    run_notifier(redis, settings)
    return delivered_alerts(settings)


def write_rules(settings, body: str) -> None:
    (settings.config_dir / "rules.yaml").write_text(f"version: 1\nrules:\n{body}", "utf-8")


def test_the_copy_is_built_as_the_issue_describes():
    copy = mirror_copy()
    assert DROPPED in TASS_PAGE and DROPPED not in copy
    assert "Back to Main page" in TASS_PAGE and "Back to Main page" not in copy


def test_seed_and_its_copy_from_another_site_are_one_story_and_one_alert(redis, settings):
    deliver(redis, settings, message("tass1", "tass.com", TASS_PAGE))
    alerts = deliver(redis, settings, message("mirror1", "mirror.example", mirror_copy()))
    assert [(a["rule"], a["story_id"], a["source"]) for a in alerts] == [
        ("lavrov-terrorism", "tass1", "tass.com")
    ]
    (story,) = recent_stories(redis, 3600)
    assert (story.story_id, story.sources) == ("tass1", ["tass.com", "mirror.example"])
    assert story.rules == ["lavrov-terrorism"]


def test_the_two_seeds_are_two_stories(redis, settings):
    alerts = deliver(
        redis,
        settings,
        message("tass1", "tass.com", TASS_PAGE),
        message("sana1", "sana.sy", SANA_PAGE),
    )
    assert sorted(a["story_id"] for a in alerts) == ["sana1", "tass1"]


def test_independent_reports_of_one_event_stay_separate(redis, settings):
    alerts = deliver(
        redis, settings, message("a1", "agency-a", REPORT_A), message("b1", "agency-b", REPORT_B)
    )
    assert sorted(a["story_id"] for a in alerts) == ["a1", "b1"]


def test_a_later_alert_of_the_story_says_where_else_it_ran(redis, settings):
    write_rules(
        settings, "  - name: lavrov\n    query: Lavrov\n  - name: moves\n    query: moving\n"
    )
    deliver(redis, settings, message("tass1", "tass.com", TASS_PAGE.replace("moving", "going")))
    alerts = deliver(redis, settings, message("mirror1", "mirror.example", mirror_copy()))
    assert [(a["rule"], a["also_reported_by"]) for a in alerts] == [
        ("lavrov", []),
        ("moves", ["tass.com"]),
    ]


def test_two_copies_in_one_batch_alert_once(redis, settings):
    alerts = deliver(
        redis,
        settings,
        message("tass1", "tass.com", TASS_PAGE),
        message("mirror1", "mirror.example", mirror_copy()),
    )
    assert len(alerts) == 1


def test_two_copies_in_two_batches_on_two_workers_alert_once(redis, settings):
    """Both workers start their batch at the same moment (one job each)."""
    rules = RulesHolder(settings.config_dir / "rules.yaml", period=0.0)
    rules.reload()  # what the worker's rules loop does before jobs
    worker_context.install(worker_context.WorkerContext(redis=redis, rules=rules))
    copies = [message("tass1", "tass.com", TASS_PAGE), message("m1", "mirror", mirror_copy())]
    for m in copies:
        redis.set(keys.article(m.id), m.model_dump_json())
    barrier = threading.Barrier(2)

    def worker(article_id: str) -> None:
        barrier.wait()
        process_batch(ArticleBatch(article_ids=[article_id]).model_dump(mode="json"))

    threads = [threading.Thread(target=worker, args=(m.id,)) for m in copies]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    run_notifier(redis, settings)
    assert len(delivered_alerts(settings)) == 1
    assert len(recent_stories(redis, 3600)) == 1


def test_a_material_update_realerts_only_rules_that_ask(redis, settings):
    write_rules(
        settings,
        "  - name: once\n    query: Lavrov\n"
        "  - name: updates\n    query: Lavrov\n    realert_on_update: true\n",
    )
    first = TASS_PAGE.split('"We support the efforts')[0].split('"The task of all')[0]
    deliver(redis, settings, message("v1", "tass.com", first))
    deliver(redis, settings, message("v2", "tass.com", TASS_PAGE))  # grew by more than a third
    alerts = deliver(redis, settings, message("m1", "mirror", mirror_copy()))
    assert [(a["rule"], a["article_id"], a["story_version"]) for a in alerts] == [
        ("once", "v1", 0),
        ("updates", "v1", 0),
        ("updates", "v2", 1),
    ]
    assert alerts[1]["alert_id"] != alerts[2]["alert_id"]


def test_after_the_story_window_a_copy_alerts_again(redis, settings):
    settings = settings.model_copy(update={"story_window_days": 0.5 / 86400})
    assert StoryConfig.from_settings(settings).window_ms == 500
    deliver(redis, settings, message("tass1", "tass.com", TASS_PAGE))
    time.sleep(0.6)
    alerts = deliver(redis, settings, message("mirror1", "mirror.example", mirror_copy()))
    assert [a["story_id"] for a in alerts] == ["tass1", "mirror1"]
