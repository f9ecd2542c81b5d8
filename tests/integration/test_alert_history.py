"""Alert history: every decision and every delivery outcome per target is recorded, on a
real Valkey with the real notifier jobs, lanes and senders and a real webhook on loopback."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from services.cli import main
from services.core import keys
from services.history import alert_query, mutes
from services.history.records import AlertRecord
from tests.support.http import Recorded, local_server
from tests.support.notifier import drain, enqueue, install, make_alert, write_channels
from workers.alerts import claim_alerts

Reply = tuple[int, dict[str, str], bytes]


def replies(*statuses: int) -> Any:
    queue = list(statuses)

    def respond(_: Recorded) -> Reply:
        return (queue.pop(0) if queue else 200), {}, b"{}"

    return respond


def quiet_now() -> dict[str, Any]:
    now = datetime.now(UTC)
    start, end = (now - timedelta(hours=1)).time(), (now + timedelta(hours=1)).time()
    return {"quiet_hours": {"start": start.isoformat(), "end": end.isoformat(), "timezone": "UTC"}}


def decisions(redis: Any, alert_id: str) -> list[AlertRecord]:
    alert = alert_query.get_alert(redis, alert_id)
    assert alert is not None, f"no history for {alert_id}"
    return [r for r in alert.records if r.kind == "decision"]


@pytest.mark.parametrize(
    ("fields", "event", "reason", "sent"),
    [
        ({}, "queued", "to 1 target(s)", 1),
        ({"delivery": {"mode": "digest", "digest_every": 3600}}, "held", "digest due", 0),
        ({"delivery": quiet_now()}, "quiet-hours", "quiet hours until", 0),
        ({"notify": ["nobody"]}, "no-channel", "no channel has tag(s) nobody", 0),
    ],
)
def test_each_notifier_decision_is_recorded(redis, settings, fields, event, reason, sent):
    with local_server() as server:
        server.routes["/hook"] = replies()
        write_channels(settings, (f"json://127.0.0.1:{server.port}/hook", "team"))
        install(redis, settings)
        enqueue(redis, make_alert(1, **fields))
        drain(redis)
        assert len(server.requests) == sent
    [record] = decisions(redis, "alert-1")
    assert (record.event, record.rule, record.story_id) == (event, "lavrov-terrorism", "story-1")
    assert reason in record.reason


def test_a_second_alert_within_min_interval_is_held_with_its_reason(redis, settings):
    with local_server() as server:
        server.routes["/hook"] = replies()
        write_channels(settings, (f"json://127.0.0.1:{server.port}/hook", "team"))
        install(redis, settings)
        policy = {"delivery": {"min_interval": 3600}}
        enqueue(redis, make_alert(1, **policy), make_alert(2, **policy))
        drain(redis)
    assert [r.event for r in decisions(redis, "alert-1")] == ["queued"]
    [held] = decisions(redis, "alert-2")
    assert held.event == "held" and "min_interval" in held.reason


def test_a_muted_story_is_not_sent_and_recorded_muted(redis, settings):
    mutes.mute(redis, "lavrov-terrorism", "story-1", reason="not relevant")
    with local_server() as server:
        server.routes["/hook"] = replies()
        write_channels(settings, (f"json://127.0.0.1:{server.port}/hook", "team"))
        install(redis, settings)
        enqueue(redis, make_alert(1), make_alert(2))
        drain(redis)
        assert [json.loads(r.body)["title"] for r in server.requests] == [
            "[newswatch] lavrov-terrorism: Lavrov speaks on terrorism (2)"
        ]
    assert [r.event for r in decisions(redis, "alert-1")] == ["muted"]
    assert not settings.alerts_log.exists() or "alert-1" not in settings.alerts_log.read_text()


def test_an_unmuted_story_alerts_again(redis, settings):
    mutes.mute(redis, "lavrov-terrorism", "story-1")
    assert mutes.is_muted(redis, "lavrov-terrorism", "story-1")
    assert [m.story_id for m in mutes.list_mutes(redis)] == ["story-1"]
    assert mutes.unmute(redis, "lavrov-terrorism", "story-1")
    assert not mutes.is_muted(redis, "lavrov-terrorism", "story-1")
    assert mutes.list_mutes(redis) == []
    assert not mutes.unmute(redis, "lavrov-terrorism", "story-1")


def test_an_alert_muted_while_held_is_left_out_of_the_digest(redis, settings):
    from services.notifier import digests
    from services.notifier.outbox import rule_key

    with local_server() as server:
        server.routes["/hook"] = replies()
        write_channels(settings, (f"json://127.0.0.1:{server.port}/hook", "team"))
        ctx = install(redis, settings)
        policy = {"delivery": {"mode": "digest", "digest_every": 3600}}
        enqueue(redis, make_alert(1, **policy), make_alert(2, **policy))
        drain(redis)
        mutes.mute(redis, "lavrov-terrorism", "story-2")
        key = rule_key("lavrov-terrorism")
        due = int(redis.zscore(keys.DIGESTS_DUE, key))
        ctx.clock = lambda: due + 1.0
        digests.send_digest(ctx, key, due)
        drain(redis)
        assert len(server.requests) == 1
        assert "1 match" in json.loads(server.requests[0].body)["title"]
    assert [r.event for r in decisions(redis, "alert-1")] == ["held", "queued"]
    assert [r.event for r in decisions(redis, "alert-2")] == ["held", "muted"]
    sent = alert_query.get_alert(redis, "alert-1")
    assert sent is not None and {t.outcome for t in sent.targets} == {"sent"}


def test_a_copy_of_an_alerted_story_is_recorded_duplicate(redis):
    first = make_alert(1, alert_id="same", story_id="story-1", article_id="article-a")
    copy = make_alert(1, alert_id="same", story_id="story-1", article_id="article-b")
    assert claim_alerts(redis, [first]) == [first]
    assert claim_alerts(redis, [copy]) == []
    [record] = decisions(redis, "same")
    assert record.event == "duplicate" and record.article_id == "article-b"
    assert "already alerted (by article article-a)" in record.reason


@pytest.mark.parametrize(
    ("statuses", "outcomes"),
    [
        ((), ["sent"]),
        ((503,), ["retrying", "sent"]),
        ((500, 500), ["retrying", "parked"]),
        ((404,), ["parked"]),
    ],
)
def test_each_delivery_outcome_is_recorded_per_target(redis, settings, statuses, outcomes):
    with local_server() as server:
        server.routes["/hook"] = replies(*statuses)
        server.routes["/other"] = replies()
        write_channels(
            settings,
            (f"json://127.0.0.1:{server.port}/hook", "team"),
            (f"json://127.0.0.1:{server.port}/other", "team"),
        )
        install(redis, settings, attempts=2, backoff_seconds=0.01)
        enqueue(redis, make_alert(1))
        drain(redis, wait_seconds=5)
    alert = alert_query.get_alert(redis, "alert-1")
    assert alert is not None
    deliveries = [r for r in alert.records if r.kind == "delivery" and r.target != "alert-log"]
    by_target: dict[str | None, list[str]] = {}
    for item in deliveries:
        by_target.setdefault(item.target_id, []).append(item.event)
    assert sorted(by_target.values()) == sorted([outcomes, ["sent"]])
    assert all(r.target == f"json 127.0.0.1:{server.port}" for r in deliveries)
    latest = {t.target_id: t.outcome for t in alert.targets if t.target != "alert-log"}
    assert sorted(latest.values()) == sorted([outcomes[-1], "sent"])
    if outcomes[-1] == "parked":
        parked = next(r for r in deliveries if r.event == "parked")
        assert parked.reason and parked.attempt is not None


def test_no_secret_of_a_target_is_in_any_record(redis, settings):
    password, token = "hunter2-secret-pw", "Tok3nTok3nTok3nTok3nTok3n"
    with local_server() as server:
        server.routes[f"/hook/{token}"] = replies(503)
        url = f"json://alerts:{password}@127.0.0.1:{server.port}/hook/{token}?+X-Key=HeaderSecret9"
        write_channels(settings, (url, "team"))
        install(redis, settings, attempts=2, backoff_seconds=0.01)
        enqueue(redis, make_alert(1))
        drain(redis, wait_seconds=5)
    stored = b"".join(redis.lrange(keys.alert_history("alert-1"), 0, -1)).decode()
    assert '"event":"retrying"' in stored and '"event":"sent"' in stored
    for secret in (password, token, "HeaderSecret9", "json://", "/hook"):
        assert secret not in stored


def test_the_alert_log_is_written_without_other_channels(redis, settings):
    install(redis, settings)
    enqueue(redis, make_alert(1))
    drain(redis)
    lines = settings.alerts_log.read_text(encoding="utf-8").splitlines()
    assert [json.loads(line)["alert_id"] for line in lines] == ["alert-1"]
    alert = alert_query.get_alert(redis, "alert-1")
    assert alert is not None and alert.decision == "queued"
    assert [(t.target, t.outcome) for t in alert.targets] == [("alert-log", "sent")]


def test_the_alert_log_is_written_beside_other_channels_once(redis, settings):
    with local_server() as server:
        server.routes["/hook"] = replies()
        write_channels(settings, (f"json://127.0.0.1:{server.port}/hook", "team"))
        install(redis, settings)
        enqueue(redis, make_alert(1))
        drain(redis)
        enqueue(redis, make_alert(1))  # a duplicate copy of the job
        drain(redis)
        assert len(server.requests) == 1
    lines = settings.alerts_log.read_text(encoding="utf-8").splitlines()
    assert [json.loads(line)["alert_id"] for line in lines] == ["alert-1"]


def test_a_failure_to_record_never_fails_the_delivery(redis, settings):
    redis.set(keys.alert_history("alert-1"), "not a list")  # every RPUSH to it fails
    with local_server() as server:
        server.routes["/hook"] = replies()
        write_channels(settings, (f"json://127.0.0.1:{server.port}/hook", "team"))
        install(redis, settings)
        enqueue(redis, make_alert(1))
        drain(redis)
        assert len(server.requests) == 1
    failed = [json.loads(x) for x in redis.lrange(keys.FAILED_ITEMS, 0, -1)]
    assert failed and all(f["kind"] == "alert history" for f in failed)


def test_history_is_listed_newest_first_and_filtered(redis, settings):
    install(redis, settings)
    enqueue(
        redis,
        make_alert(1, source="tass.com"),
        make_alert(2, source="sana.sy", title="Cairo talks"),
        make_alert(3, rule="egypt-talks", source="sana.sy"),
    )
    drain(redis)

    def ids(**filters: Any) -> list[str]:
        return [a.alert_id for a in alert_query.list_alerts(redis, **filters).alerts]

    assert sorted(ids()) == ["alert-1", "alert-2", "alert-3"]
    assert ids(rule="egypt-talks") == ["alert-3"]
    assert sorted(ids(source="SANA.sy")) == ["alert-2", "alert-3"]
    assert ids(text="cairo") == ["alert-2"]
    first = alert_query.list_alerts(redis, limit=2)
    rest = alert_query.list_alerts(redis, limit=2, offset=first.next_offset or 0)
    assert len(first.alerts) == 2 and first.next_offset == 2 and rest.next_offset is None
    assert {a.alert_id for a in first.alerts + rest.alerts} == {"alert-1", "alert-2", "alert-3"}
    times = [a.last_at for a in first.alerts + rest.alerts]
    assert times == sorted(times, reverse=True)


def test_history_is_capped_at_its_count_bound(redis):
    from services.history.alert_log import TRIM_SLACK, record
    from services.history.records import HistoryBounds, decision

    bounds = HistoryBounds(max_alerts=10)
    for n in range(10 + TRIM_SLACK + 1):
        record(redis, [decision(make_alert(n), "queued", at=1_000_000.0 + n)], bounds)
    assert redis.zcard(keys.ALERT_HISTORY_BY_TIME) == 10
    assert not redis.exists(keys.alert_history("alert-0"))
    assert redis.ttl(keys.alert_history(f"alert-{10 + TRIM_SLACK}")) > 0


def test_history_cli_lists_alerts_with_outcomes(settings, redis, monkeypatch, capsys):
    monkeypatch.setenv("NEWSWATCH_REDIS_URL", settings.redis_url_value())
    monkeypatch.setenv("NEWSWATCH_STATE_DIR", str(settings.state_dir))
    monkeypatch.setenv("NEWSWATCH_CONFIG_DIR", str(settings.config_dir))
    install(redis, settings)
    enqueue(redis, make_alert(1), make_alert(2, rule="egypt-talks"))
    drain(redis)
    capsys.readouterr()
    assert main(["alerts", "history", "--json", "--rule", "egypt-talks"]) == 0
    [line] = capsys.readouterr().out.splitlines()
    alert = json.loads(line)
    assert (alert["alert_id"], alert["decision"]) == ("alert-2", "queued")
    assert [(t["target"], t["outcome"]) for t in alert["targets"]] == [("alert-log", "sent")]
    assert main(["alerts", "mute", "lavrov-terrorism", "story-1"]) == 0
    assert main(["alerts", "mutes"]) == 0
    assert "lavrov-terrorism  story-1" in capsys.readouterr().out
    assert main(["alerts", "unmute", "lavrov-terrorism", "story-1"]) == 0
    assert main(["alerts", "unmute", "lavrov-terrorism", "story-1"]) == 1
    assert main(["alerts", "mute", "lavrov-terrorism", "not a story!"]) != 0
    capsys.readouterr()
    assert main(["alerts", "show", "alert-1"]) == 0
    shown = capsys.readouterr().out
    assert "lavrov-terrorism  queued" in shown and "sent → alert-log" in shown
    assert main(["alerts", "show", "no-such-alert"]) == 1


def test_an_unwritable_alert_log_does_not_fail_the_other_channels(redis, settings):
    blocker = settings.state_dir / "blocker"
    blocker.parent.mkdir(parents=True, exist_ok=True)
    blocker.write_text("a file where a folder should be", encoding="utf-8")
    with local_server() as server:
        server.routes["/hook"] = replies()
        write_channels(settings, (f"json://127.0.0.1:{server.port}/hook", "team"))
        install(redis, settings, alert_log=blocker / "alerts.jsonl")
        enqueue(redis, make_alert(1))
        drain(redis)
        assert len(server.requests) == 1
    failed = [json.loads(x) for x in redis.lrange(keys.FAILED_ITEMS, 0, -1)]
    assert [f["kind"] for f in failed] == ["alert log"]


def test_a_filtered_walk_stops_at_its_bound_and_says_so(redis, settings, monkeypatch):
    install(redis, settings)
    enqueue(redis, *(make_alert(n) for n in range(1, 4)))
    drain(redis)
    monkeypatch.setattr(alert_query, "MAX_SCANNED", 2)
    page = alert_query.list_alerts(redis, text="no such words")
    assert (page.alerts, page.next_offset, page.complete) == ([], None, False)
    assert alert_query.list_alerts(redis, text="no such words", since=2e9).complete
