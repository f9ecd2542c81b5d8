"""What a backtest reports per rule: matches in the time range, stories, alerts, edits."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from services.history import archive
from services.history.archive import ArchiveEntry, encode_entry
from workers.history.backtest import run_backtest
from workers.history.entries import word_filter
from workers.query import Document
from workers.rules.loader import parse_rules
from workers.rules.matcher import RuleSet

NOW = datetime.now(UTC)


def store(redis, article_id: str, body: str, story: str, version: int = 0, hours: float = 0):
    entry = ArchiveEntry(
        article_id=article_id,
        source="agency",
        title="",
        body=body,
        received_at=NOW - timedelta(hours=hours),
        story_id=story,
        story_version=version,
    )
    pipe = redis.pipeline()
    archive.add_entries(pipe, [encode_entry(entry, word_filter(Document("", body, "agency")))])
    pipe.execute()


def rules(body: str) -> RuleSet:
    return parse_rules(f"version: 1\nrules:\n{body}".encode(), "test.yaml")


def test_copies_of_one_story_are_one_alert(redis):
    store(redis, "a1", "Lavrov spoke on terrorism.", "s1")
    store(redis, "a2", "Lavrov spoke on terrorism again.", "s1")
    store(redis, "a3", "Lavrov and terrorists elsewhere.", "s3")
    (outcome,) = run_backtest(redis, rules("  - name: r\n    query: Lavrov\n")).outcomes
    assert (len(outcome.matches), sorted(outcome.stories)) == (3, ["s1", "s3"])
    assert len(outcome.alert_times()) == 2


def test_realert_on_update_alerts_once_per_story_version(redis):
    store(redis, "a1", "Lavrov spoke.", "s1", version=0)
    store(redis, "a2", "Lavrov spoke at length.", "s1", version=1)
    ruleset = rules("  - name: r\n    query: Lavrov\n    realert_on_update: true\n")
    (outcome,) = run_backtest(redis, ruleset).outcomes
    assert len(outcome.alert_times()) == 2


def test_since_leaves_older_articles_out(redis):
    store(redis, "new", "Lavrov today.", "s1", hours=1)
    store(redis, "old", "Lavrov last week.", "s2", hours=100)
    since = NOW - timedelta(hours=24)
    report = run_backtest(redis, rules("  - name: r\n    query: Lavrov\n"), since=since)
    assert [m.article_id for m in report.outcomes[0].matches] == ["new"]
    assert report.scanned == 1


def test_each_rule_of_a_file_gets_its_own_outcome(redis):
    store(redis, "a1", "Lavrov on terrorism.", "s1")
    store(redis, "a2", "Shoukry on talks.", "s2")
    ruleset = rules("  - name: lavrov\n    query: Lavrov\n  - name: talks\n    query: talks\n")
    report = run_backtest(redis, ruleset)
    assert {o.rule.name: [m.article_id for m in o.matches] for o in report.outcomes} == {
        "lavrov": ["a1"],
        "talks": ["a2"],
    }


def test_an_edit_lists_added_and_removed_against_the_live_version(redis):
    store(redis, "a1", "Lavrov on terrorism.", "s1")
    store(redis, "a2", "Lavrov on football.", "s2")
    store(redis, "a3", "Shoukry on terrorism.", "s3")
    edited = rules("  - name: r\n    query: Lavrov AND football\n")
    live = rules("  - name: r\n    query: Lavrov AND terror*\n")
    (outcome,) = run_backtest(redis, edited, baseline=live).outcomes
    assert [m.article_id for m in outcome.added or []] == ["a2"]
    assert [m.article_id for m in outcome.removed or []] == ["a1"]
