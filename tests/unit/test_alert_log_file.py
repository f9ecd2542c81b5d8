"""var/alerts.jsonl: one JSON line per alert, renamed to alerts.jsonl.1 before it grows past
its byte cap, so the log takes at most twice the cap."""

from __future__ import annotations

import json

from services.notifier.alert_log import append_alert, rotated
from tests.support.notifier import make_alert


def test_each_alert_is_one_json_line(tmp_path):
    path = tmp_path / "var" / "alerts.jsonl"
    append_alert(path, make_alert(1))
    append_alert(path, make_alert(2))
    lines = path.read_text(encoding="utf-8").splitlines()
    assert [json.loads(line)["alert_id"] for line in lines] == ["alert-1", "alert-2"]


def test_the_log_is_rotated_before_it_passes_its_cap(tmp_path):
    path = tmp_path / "alerts.jsonl"
    cap = 2000
    for n in range(20):
        append_alert(path, make_alert(n), max_bytes=cap)
        assert path.stat().st_size <= cap
    assert rotated(path).exists() and rotated(path).stat().st_size <= cap
    newest = [json.loads(line)["alert_id"] for line in path.read_text().splitlines()]
    assert newest[-1] == "alert-19"
    older = [json.loads(line)["alert_id"] for line in rotated(path).read_text().splitlines()]
    assert older[-1] == f"alert-{int(newest[0].split('-')[1]) - 1}"  # nothing lost in between


def test_a_line_larger_than_the_cap_still_gets_written(tmp_path):
    path = tmp_path / "alerts.jsonl"
    append_alert(path, make_alert(1, title="x" * 5000), max_bytes=1000)
    append_alert(path, make_alert(2, title="y" * 5000), max_bytes=1000)
    assert json.loads(path.read_text())["alert_id"] == "alert-2"
    assert json.loads(rotated(path).read_text())["alert_id"] == "alert-1"
